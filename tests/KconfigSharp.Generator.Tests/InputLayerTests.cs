using KconfigSharp.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// The generator reads inputs through the core's input layer (file provider with globbing, root
/// discovery, shell-results reader): what works in <c>kconfig</c> works in the build.
/// </summary>
public sealed class InputLayerTests
{
    private static readonly Dictionary<string, string> Properties = new() { ["RootNamespace"] = "App", ["ProjectDir"] = "/src/" };

    [Fact]
    public void A_glob_source_reads_every_matching_AdditionalFile()
    {
        var files = new List<InMemoryAdditionalText>
        {
            new("/src/Kconfig", "config TOP\n\tbool \"top\"\n\tdefault y\nsource \"drivers/*/Kconfig\"\n"),
            new("/src/drivers/net/Kconfig", "config NET\n\tbool \"net\"\n\tdefault y\n"),
            new("/src/drivers/usb/Kconfig", "config USB\n\tbool \"usb\"\n\tdefault TOP\n"),
        };

        var (output, diagnostics, _) = GeneratorHarness.Run(files, Properties);
        var symbols = CorpusTests.ReadSymbols(GeneratorHarness.Load(output), "App.FeatureFlags");

        Assert.Empty(diagnostics);
        Assert.Equal(("y", "y", "y"), (symbols["TOP"], symbols["NET"], symbols["USB"]));
    }

    [Fact]
    public void A_glob_source_that_matches_nothing_is_KCONF120()
    {
        var files = new List<InMemoryAdditionalText> { new("/src/Kconfig", "config TOP\n\tbool\nsource \"drivers/*/Kconfig\"\n") };

        var (_, diagnostics, _) = GeneratorHarness.Run(files, Properties);

        Assert.Equal("KCONF120", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_shell_results_file_with_a_byte_order_mark_and_CRLF_replays()
    {
        var files = new List<InMemoryAdditionalText>
        {
            new("/src/Kconfig", "config GREETING\n\tstring \"greeting\"\n\tdefault \"$(shell,echo hi)\"\n"),
            new("/src/shell.tsv", "\uFEFFCommand\tOutput\r\necho hi\thello\r\n", "shell-results"),
        };

        var (output, diagnostics, _) = GeneratorHarness.Run(files, Properties);
        var symbols = CorpusTests.ReadSymbols(GeneratorHarness.Load(output), "App.FeatureFlags");

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("hello", symbols["GREETING"]);
    }
}
