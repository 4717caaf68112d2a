using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Tests;

public sealed class RobustnessTests
{
    [Fact]
    public void Unexpected_exception_becomes_one_KCONF299_and_never_CS8785()
    {
        var faulty = new KconfigGenerator(_ => throw new InvalidOperationException("injected fault"));

        var (output, diagnostics, run) = GeneratorHarness.Run([new("/fault/Kconfig", "config A\n\tbool\n")], generator: faulty);

        Assert.Null(run.Results[0].Exception);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KCONF299", diagnostic.Id);
        Assert.Contains("injected fault", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
    }

    [Fact]
    public void Kconfig_diagnostics_are_located_at_the_kconfig_line()
    {
        var (_, diagnostics, _) = GeneratorHarness.Run([new("/src/Kconfig", "config A\n\tbool \"A\"\n\tselect MISSING\n")]);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "KCONF110");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/src/Kconfig", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
    }

    [Fact]
    public void Missing_sourced_file_names_the_AdditionalFiles_glob_to_add()
    {
        var (_, diagnostics, _) = GeneratorHarness.Run(
            [new("/proj/Kconfig", "source \"hw/i386/Kconfig\"\nconfig A\n\tbool \"A\"\n")],
            new Dictionary<string, string> { ["ProjectDir"] = "/proj/" });

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "KCONF120");
        Assert.Contains("<AdditionalFiles Include=\"hw/**/Kconfig\" />", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("KconfigDialect", "minikconf")]
    [InlineData("KconfigMode", "randconfig")]
    [InlineData("KconfigVisibility", "private")]
    [InlineData("KconfigConstants", "static")]
    [InlineData("KconfigMemberNames", "snake")]
    [InlineData("KconfigClassName", "Feature Flags")]
    [InlineData("KconfigNamespace", "My..App")]
    [InlineData("KconfigMacros", "NOEQUALS")]
    public void Bad_option_value_is_KCONF201_and_generation_falls_back(string property, string value)
    {
        var (output, diagnostics, run) = GeneratorHarness.Run(
            [new("/src/Kconfig", "config A\n\tbool \"A\"\n\tdefault y\n")],
            new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KCONF201", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.NotNull(GeneratorHarness.FeatureFlags(run));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void A_bad_option_is_located_at_the_project_file_and_causes_no_follow_on_warnings()
    {
        // Under the fallback dialect the define of an int symbol to a string would be a KCONF153.
        var (_, diagnostics, _) = GeneratorHarness.Run(
            [new("/proj/Kconfig", "config COUNT\n\tint \"Count\"\n\trange 0 10\n\tdefault 1\n")],
            new Dictionary<string, string> { ["KconfigDialect"] = "foo", ["KconfigDefines"] = "COUNT=99", ["MSBuildProjectFullPath"] = "/proj/App.csproj" });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KCONF201", diagnostic.Id);
        Assert.Equal("/proj/App.csproj", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("set in the project file", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_define_diagnostic_is_located_at_the_project_file_and_names_its_source()
    {
        var (_, diagnostics, _) = GeneratorHarness.Run(
            [new("/proj/Kconfig", "config COUNT\n\tint \"Count\"\n\trange 0 10\n\tdefault 1\n")],
            new Dictionary<string, string> { ["KconfigDefines"] = "COUNT=99", ["MSBuildProjectFullPath"] = "/proj/App.csproj" });

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal("/proj/App.csproj", d.Location.GetLineSpan().Path);
            Assert.Contains("KconfigDefines", d.GetMessage(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Values_without_kconfig_is_KCONF202_and_generates_nothing()
    {
        var (_, diagnostics, run) = GeneratorHarness.Run([new("/src/.config", "CONFIG_A=y\n")]);

        Assert.Equal("KCONF202", Assert.Single(diagnostics).Id);
        Assert.Null(GeneratorHarness.FeatureFlags(run));
    }

    [Fact]
    public void No_kconfig_files_generates_only_the_attributes()
    {
        var (output, diagnostics, run) = GeneratorHarness.Run([]);

        Assert.Empty(diagnostics);
        Assert.Null(GeneratorHarness.FeatureFlags(run));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
