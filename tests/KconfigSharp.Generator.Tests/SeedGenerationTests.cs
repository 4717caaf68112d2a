using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Generator.Tests;

public sealed class SeedGenerationTests
{
    private static string Snapshot(string name) => name.EndsWith(".g.cs", StringComparison.Ordinal)
        ? Infrastructure.Snapshot.Read(name)
        : File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Snapshots", name));

    [Fact]
    public void Seed_snapshot_matches_a_raw_driver_run()
    {
        var (output, _, run) = Infrastructure.GeneratorHarness.Run(
            [new("/src/Kconfig.host", Snapshot("Kconfig.host")), new("/src/config-host.mak", "CONFIG_LINUX=y\nCONFIG_MULTIPROCESS_ALLOWED=y\nCONFIG_FUZZ=y\n")],
            new Dictionary<string, string> { ["KconfigDialect"] = "qemu", ["RootNamespace"] = "SampleApp" });
        Assert.Empty(Infrastructure.GeneratorHarness.CompileErrors(output));
        Infrastructure.Snapshot.Match("Seed.FeatureFlags.g.cs", Infrastructure.GeneratorHarness.FeatureFlags(run));
    }

    [Fact]
    public async Task Seed_with_config_host_mak_generates_the_pinned_FeatureFlags()
    {
        var test = new CSharpSourceGeneratorTest<KconfigGenerator, DefaultVerifier>
        {
            TestState =
            {
                Sources = { "namespace SampleApp; internal static class Program { private static void Main() { } }" },
                AdditionalFiles =
                {
                    ("/src/Kconfig.host", Snapshot("Kconfig.host")),
                    ("/src/config-host.mak", "CONFIG_LINUX=y\nCONFIG_MULTIPROCESS_ALLOWED=y\nCONFIG_FUZZ=y\n"),
                },
                AnalyzerConfigFiles =
                {
                    ("/.globalconfig", "is_global = true\nbuild_property.KconfigDialect = qemu\nbuild_property.RootNamespace = SampleApp\n"),
                },
                GeneratedSources =
                {
                    (typeof(KconfigGenerator), FeatureFlagsAttributes.HintName, SourceText.From(FeatureFlagsAttributes.AttributesText, System.Text.Encoding.UTF8)),
                    (typeof(KconfigGenerator), FeatureFlagsWriter.HintName, SourceText.From(Snapshot("Seed.FeatureFlags.g.cs"), System.Text.Encoding.UTF8)),
                    (typeof(KconfigGenerator), FeatureFlagsAttributes.SupportHintName, SourceText.From(FeatureFlagsAttributes.SupportTypes(isPublic: false), System.Text.Encoding.UTF8)),
                },
                ExpectedDiagnostics =
                {
                    new DiagnosticResult("KCONF110", DiagnosticSeverity.Warning).WithSpan("/src/Kconfig.host", 43, 11, 43, 11).WithArguments("undefined symbol MULTIPROCESS: referenced but defined in none of the Kconfig files; it behaves as a bool without a prompt"),
                    new DiagnosticResult("KCONF110", DiagnosticSeverity.Warning).WithSpan("/src/Kconfig.host", 47, 12, 47, 12).WithArguments("undefined symbol SPARSE_MEM: referenced but defined in none of the Kconfig files; it behaves as a bool without a prompt"),
                    new DiagnosticResult("KCONF110", DiagnosticSeverity.Warning).WithSpan("/src/Kconfig.host", 51, 11, 51, 11).WithArguments("undefined symbol VFIO_USER_SERVER: referenced but defined in none of the Kconfig files; it behaves as a bool without a prompt"),
                },
            },
        };

        await test.RunAsync();
    }
}
