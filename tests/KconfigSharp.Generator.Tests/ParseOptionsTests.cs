using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Tests;

/// <summary>KconfigMacros and shell-results AdditionalFiles reach the core's parse options (the core expands them).</summary>
public sealed class ParseOptionsTests
{
    private static GeneratorOptions Options(string? macros = null) => new(null, null, macros, null, null, null);

    [Theory]
    [InlineData("BINDIR=_stubs/BINDIR;CC=gcc -m64", "CC", "gcc -m64")]
    [InlineData("BINDIR=_stubs/BINDIR|CC=gcc", "CC", "gcc")]
    [InlineData("EMPTY=", "EMPTY", "")]
    [InlineData("URL=a=b", "URL", "a=b")]
    public void Macros_become_macro_values(string macros, string name, string value)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var options = ConfigurationStep.ParseOptions(EquatableArray<InputFile>.Empty, Options(macros), KconfigDialect.Kconfig, diagnostics, new DiagnosticBag());

        Assert.Empty(diagnostics);
        Assert.Equal(value, options.Macros[name]);
    }

    [Fact]
    public void Shell_results_files_become_recorded_results_later_file_wins()
    {
        var files = new[]
        {
            new InputFile("/src/a.tsv", InputRole.ShellResults, "exit\tcommand\toutput\n0\techo hi\thi\n0\tuname -m\tx86_64\n", 0),
            new InputFile("/src/b.tsv", InputRole.ShellResults, "command\toutput\nuname -m\taarch64\nprintf 'a\\tb'\ta\\tb\\\\n\n", 1),
        }.ToEquatableArray();
        var diagnostics = new List<DiagnosticInfo>();
        var fileDiagnostics = new DiagnosticBag();
        var options = ConfigurationStep.ParseOptions(files, Options(), KconfigDialect.Kconfig, diagnostics, fileDiagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(fileDiagnostics.Items);
        Assert.Equal("hi", options.ShellResults["echo hi"]);
        Assert.Equal("aarch64", options.ShellResults["uname -m"]);
        Assert.Equal("a\tb\\n", options.ShellResults["printf 'a\tb'"]);
    }

    [Fact]
    public void Shell_results_file_without_the_header_is_KCONF155_in_the_file_as_in_the_CLI()
    {
        var files = new[] { new InputFile("/src/a.tsv", InputRole.ShellResults, "echo hi\thi\n", 0) }.ToEquatableArray();
        var diagnostics = new List<DiagnosticInfo>();
        var fileDiagnostics = new DiagnosticBag();
        var options = ConfigurationStep.ParseOptions(files, Options(), KconfigDialect.Kconfig, diagnostics, fileDiagnostics);

        Assert.Empty(diagnostics);
        var problem = Assert.Single(fileDiagnostics.Items);
        Assert.Equal(("KCONF155", "/src/a.tsv", 1), (problem.Id, problem.Location.File, problem.Location.Line));
        Assert.Empty(options.ShellResults);
    }

    [Fact]
    public void Shell_results_role_comes_from_KconfigRole_metadata()
    {
        Assert.Equal(InputRole.ShellResults, InputClassifier.Classify("/src/shell.tsv", "shell-results"));
        Assert.Equal(InputRole.Include, InputClassifier.Classify("/src/i386.mak", "include"));
        Assert.Equal(InputRole.Values, InputClassifier.Classify("/src/default.mak", null));
        Assert.Equal(InputRole.Kconfig, InputClassifier.Classify("/src/Kconfig.host", null));
        Assert.Equal(InputRole.None, InputClassifier.Classify("/src/Kconfig", "none"));
    }
}
