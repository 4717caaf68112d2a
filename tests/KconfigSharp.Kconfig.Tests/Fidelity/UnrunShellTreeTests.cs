using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Fidelity;

/// <summary>
/// SPEC §4 (Shell) on the constructs of a real Linux tree (<c>Fidelity/Trees/linux_unrun_shell</c>):
/// without recorded results every <c>$(shell,...)</c> is empty with a KCONF132 warning, an operand it
/// empties reads as n (also through a <c>:=</c> variable such as <c>cc-version</c>), and the tree
/// parses with 0 errors.
/// </summary>
public sealed class UnrunShellTreeTests
{
    private static readonly string Tree = RepositoryPaths.PathOf("tests", "KconfigSharp.Kconfig.Tests", "Fidelity", "Trees", "linux_unrun_shell");

    [Fact]
    public void Linux_toolchain_tree_parses_with_zero_errors_without_shell_results()
    {
        var model = KconfigParser.Parse("Kconfig", new DirectoryProvider(Tree), new KconfigParseOptions { Macros = new Dictionary<string, string> { ["ARCH"] = "x86" } });

        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        Assert.All(model.Diagnostics, d => Assert.Equal(KconfigDiagnostics.ShellNotRun.Id, d.Id));
        Assert.NotEmpty(model.Diagnostics);
    }

    [Fact]
    public void Operands_emptied_by_unrun_shell_read_as_n()
    {
        var model = KconfigParser.Parse("Kconfig", new DirectoryProvider(Tree), new KconfigParseOptions { Macros = new Dictionary<string, string> { ["ARCH"] = "x86" } });
        var configuration = KconfigEngine.Resolve(model, []);

        // def_bool !$(cc-option,-mcmodel=kernel) && 64BIT: !n && y.
        Assert.Equal("y", configuration.Find("X86_NEED_RELOCS")!.Value);

        // default $(cc-version) if CC_IS_GCC: CC_IS_GCC is n, so the next default, 0, applies.
        Assert.Equal("n", configuration.Find("CC_IS_GCC")!.Value);
        Assert.Equal("0", configuration.Find("GCC_VERSION")!.Value);
    }

    [Theory]
    [InlineData("v := $(shell,cc --version)\nconfig B\n\tbool\nconfig A\n\tint\n\tdefault $(v) if B\n\tdefault 3\n")]
    [InlineData("opt = $(shell,true)\nconfig B\n\tdef_bool y\nconfig A\n\tdef_bool !$(opt) && B\n")]
    [InlineData("config A\n\tbool\n\tdepends on ($(shell,true)) || $(shell,false)\n")]
    [InlineData("config A\n\tint\n\tdefault 1 if $(shell,x) >= 10\n")]
    public void Unrun_shell_leaves_no_syntax_error(string kconfig)
    {
        var model = KconfigParser.ParseText(kconfig);

        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.ShellNotRun.Id);
    }

    [Fact]
    public void Undefined_variable_that_empties_an_operand_is_still_a_syntax_error()
    {
        // Only an unrun $(shell,...) excuses a missing operand; LKC rejects this line too.
        var model = KconfigParser.ParseText("config B\n\tbool\nconfig A\n\tint\n\tdefault $(undefined) if B\n");

        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.SyntaxError.Id);
    }
}
