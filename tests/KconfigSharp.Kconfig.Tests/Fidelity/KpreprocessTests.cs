using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Fidelity;

/// <summary>
/// The two constructs of Kconfiglib's <c>tests/Kpreprocess</c> that KconfigSharp rejected: a macro
/// call with double quotes inside a quoted string, and an assignment whose variable name is built by
/// expansion (expected values from Kconfiglib 14.1: its test suite and <c>Symbol.__str__</c>).
/// </summary>
public sealed class KpreprocessTests
{
    private const string Tree =
        "echo = $(1)\n" +
        "empty =\n" +
        "space = $(empty) $(empty)\n" +
        "foo$(space)bar = value\n" +
        "space-var-res = $(foo bar)\n" +
        "dummy-arg-fn = bar\n" +
        "lhs-indir-1 = lhs-indir-2\n" +
        "lhs-indir-2 = -baz\n" +
        "rhs = value\n" +
        "foo-$(dummy-arg-fn, ignored argument )$($(lhs-indir-1)) = $(rhs)\n" +
        "  $(undefined)  \n" +
        "config PRINT_ME\n" +
        "\tstring \"$(space-var-res) $(foo-bar-baz)\"\n" +
        "\tdefault \"$(echo,\"foo\")\" if \"foo $(echo,\"bar\") baz\" = \"$(undefined)\"\n";

    [Fact]
    public void Tree_parses_without_diagnostics()
    {
        Assert.Empty(KconfigParser.ParseText(Tree).Diagnostics);
    }

    [Fact]
    public void Macro_call_with_quotes_inside_a_string_keeps_the_quotes_as_text()
    {
        var node = KconfigParser.ParseText(Tree).FindSymbol("PRINT_ME")!.Nodes[0];

        // Kconfiglib prints: default "\"foo\"" if "foo \"bar\" baz" = ""
        var value = Assert.IsType<SymbolExpr>(node.Defaults[0].Value);
        Assert.Equal("\"foo\"", value.Symbol.Name);
        var condition = Assert.IsType<ComparisonExpr>(node.Defaults[0].WrittenCondition);
        Assert.Equal("foo \"bar\" baz", condition.Left.Name);
        Assert.Equal(string.Empty, condition.Right.Name);
    }

    [Fact]
    public void Variable_name_built_by_expansion_is_assigned_with_its_value_unexpanded()
    {
        var node = KconfigParser.ParseText(Tree).FindSymbol("PRINT_ME")!.Nodes[0];

        // foo$(space)bar names "foo bar"; foo-$(...)$(...) names foo-bar-baz, whose recursive value
        // $(rhs) expands when used.
        Assert.Equal("value value", node.Prompt!.Text);
    }

    [Theory]
    [InlineData("config A\n\tdef_bool $(ARCH) = x86\n", "y")]
    [InlineData("config A\n\tbool\n\tdefault y if $(ARCH) = x86\n", "y")]
    public void Keyword_line_with_a_reference_before_an_equals_sign_is_not_an_assignment(string kconfig, string expected)
    {
        var model = KconfigParser.ParseText(kconfig, "Kconfig", new KconfigParseOptions { Macros = new Dictionary<string, string> { ["ARCH"] = "x86" } });

        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        Assert.Equal(expected, KconfigEngine.Resolve(model, []).Find("A")!.Value);
    }

    [Fact]
    public void Backslash_from_an_expansion_inside_a_string_stays_a_backslash()
    {
        var model = KconfigParser.ParseText("path = C:\\dir\nconfig A\n\tstring \"$(path)\"\n");

        Assert.Equal("C:\\dir", model.FindSymbol("A")!.Nodes[0].Prompt!.Text);
    }
}
