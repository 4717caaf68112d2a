using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Generator.Tests.Infrastructure;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Tests;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// Only full docs emit help texts, so the model step keeps them for <c>KconfigDocs=full</c>, skips them for
/// <c>brief</c> and <c>none</c>, and by default skips them on a tree too big for full docs (reading it again
/// with them when it turns out small enough after all).
/// </summary>
public sealed class HelpTextsOptionTests
{
    private const string Help = "The network stack.";

    private static string Tree(int paddingCharacters)
    {
        var text = new System.Text.StringBuilder("config NET\n\tbool \"Networking\"\n\tdefault y\n\thelp\n\t  " + Help + "\n");
        while (text.Length < paddingCharacters)
        {
            text.Append("# a comment line that only makes the file big, as a big tree's files are\n");
        }

        return text.Append("config NET_TCP\n\tbool \"TCP\"\n\tdepends on NET\n").ToString();
    }

    private static KconfigSharp.Kconfig.Resolution.ResolvedConfiguration Model(string tree, string? docs)
    {
        var files = new[] { new InputFile("/src/Kconfig", InputRole.Kconfig, tree, 0) }.ToEquatableArray();
        var result = ConfigurationStep.Run(files, new GeneratorOptions(null, null, null, null, null, "/src/", Docs: docs), CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Configuration!;
    }

    [Theory]
    [InlineData("full", 0, "Kept")]
    [InlineData(" FULL ", 2_000_000, "Kept")]
    [InlineData("brief", 0, "Skipped")]
    [InlineData("None", 0, "Skipped")]
    [InlineData(null, 0, "Kept")]
    [InlineData(null, 2_000_000, "SkippedUnlessFullDocs")]
    [InlineData("verbose", 2_000_000, "SkippedUnlessFullDocs")]
    public void Help_texts_are_kept_only_where_full_docs_may_be_emitted(string? docs, int characters, string expected)
    {
        var texts = new List<KeyValuePair<string, string>> { new("/src/Kconfig", new string('#', characters)) };
        Assert.Equal(expected, ConfigurationStep.HelpTextsFor(docs, texts).ToString());
    }

    [Fact]
    public void Brief_and_none_models_carry_no_help_and_full_ones_do()
    {
        Assert.Equal(Help, Model(Tree(0), "full").Find("NET")!.Help);
        Assert.Equal(Help, Model(Tree(0), null).Find("NET")!.Help);
        Assert.Null(Model(Tree(0), "brief").Find("NET")!.Help);
        Assert.Null(Model(Tree(0), "none").Find("NET")!.Help);
    }

    [Fact]
    public void A_big_tree_with_few_symbols_is_read_again_with_help_texts_for_its_default_full_docs()
    {
        var tree = Tree(ConfigurationStep.HelpSkipCharacters + 1000);
        Assert.Equal(Help, Model(tree, null).Find("NET")!.Help);

        var (output, diagnostics, run) = GeneratorHarness.Run([new("/src/Kconfig", tree)], new Dictionary<string, string>());
        Assert.Empty(diagnostics);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Contains("/// " + Help, GeneratorHarness.FeatureFlags(run), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void NuttX_by_default_skips_help_texts_and_emits_what_it_emitted_with_them()
    {
        var root = SharedData.PathOf("corpus", "nuttx");
        var files = Directory.EnumerateFiles(root, "Kconfig*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select((path, order) => new InputFile(path.Replace('\\', '/'), InputRole.Kconfig, File.ReadAllText(path), order))
            .ToEquatableArray();
        ModelResult Model(string? docs) => ConfigurationStep.Run(
            files,
            new GeneratorOptions(null, null, "BINDIR=_stubs/BINDIR;APPSBINDIR=_stubs/APPSBINDIR;EXTERNALDIR=_stubs/EXTERNALDIR;APPSDIR=../apps", null, ".", root + "/", Docs: docs),
            CancellationToken.None);

        var skipped = Model(null);
        var kept = Model("full");
        Assert.DoesNotContain(skipped.Configuration!.Symbols, s => s.Help is not null);
        Assert.Contains(kept.Configuration!.Symbols, s => s.Help is not null);
        Assert.Equal(kept.Diagnostics, skipped.Diagnostics);

        // Both emitted with the default docs, which are brief for a tree this size.
        var settings = new EmitSettings("NuttX", null, null, null, null, null);
        var fromSkipped = EmitStep.Run(skipped, settings);
        var fromKept = EmitStep.Run(kept, settings);
        Assert.NotNull(fromSkipped.Source);
        Assert.Equal(fromKept.Source!.ToString(), fromSkipped.Source!.ToString());
        Assert.Equal(fromKept.Diagnostics, fromSkipped.Diagnostics);
    }
}
