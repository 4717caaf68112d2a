using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

public sealed class ConstructTests
{
    private static KconfigModel Parse(string text, KconfigParseOptions? options = null) => KconfigParser.ParseText(text, options: options);

    private static MenuNode NodeOf(KconfigModel model, string symbol) => model.FindSymbol(symbol)!.Nodes[0];

    [Fact]
    public void Option_env_takes_the_value_from_the_macros_and_adds_a_default()
    {
        var model = Parse("config BINDIR\n\tstring\n\toption env=\"BINDIR\"\n", new KconfigParseOptions { Macros = new Dictionary<string, string> { ["BINDIR"] = "out" } });

        var symbol = model.FindSymbol("BINDIR")!;
        Assert.Equal("BINDIR", symbol.EnvironmentVariable);
        Assert.Equal("\"out\"", Assert.Single(symbol.Nodes[0].Defaults).Value.ToString());
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Option_env_of_an_unset_macro_is_KCONF133()
    {
        var model = Parse("config BINDIR\n\tstring\n\toption env=\"BINDIR\"\n");

        Assert.Empty(model.FindSymbol("BINDIR")!.Nodes[0].Defaults);
        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.UndefinedEnvironmentVariable.Id);
    }

    [Fact]
    public void Option_defconfig_list_and_allnoconfig_y_are_recorded()
    {
        var model = Parse("config D\n\tstring\n\toption defconfig_list\nconfig Y\n\tbool\n\toption allnoconfig_y\n");

        Assert.True(model.FindSymbol("D")!.IsDefconfigList);
        Assert.True(model.FindSymbol("Y")!.IsAllNoConfigY);
    }

    [Theory]
    [InlineData("config MODULES\n\tbool\n\tmodules\n")]
    [InlineData("config MODULES\n\tbool\n\toption modules\n")]
    public void Modules_marks_the_modules_symbol(string text)
    {
        Assert.Equal("MODULES", Parse(text).ModulesSymbol?.Name);
    }

    [Fact]
    public void Unknown_option_is_KCONF115()
    {
        Assert.Contains(Parse("config A\n\tbool\n\toption frobnicate\n").Diagnostics, d => d.Id == KconfigDiagnostics.AttributeNotAllowed.Id);
    }

    [Fact]
    public void Transitional_with_type_and_help_is_accepted()
    {
        var model = Parse("config OLD\n\tbool\n\ttransitional\n\thelp\n\t  Renamed.\n");

        Assert.True(model.FindSymbol("OLD")!.IsTransitional);
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Transitional_with_a_prompt_is_the_error_KCONF116()
    {
        var model = Parse("config OLD\n\tbool \"old\"\n\ttransitional\n");

        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.TransitionalWithProperties.Id && d.Severity == KconfigSeverity.Error);
    }

    [Fact]
    public void Depends_on_with_if_applies_only_where_the_guard_holds()
    {
        var model = Parse("config A\n\tbool\n\tdepends on B if C\n");

        Assert.IsType<OrExpr>(NodeOf(model, "A").OwnDependency);
    }

    [Fact]
    public void Named_choice_definitions_merge()
    {
        var model = Parse("choice C\n\tbool \"c\"\nconfig X\n\tbool \"x\"\nendchoice\nchoice C\nconfig Y\n\tbool \"y\"\nendchoice\n");

        var choice = Assert.Single(model.Choices);
        Assert.Equal(2, choice.Nodes.Count);
    }

    [Fact]
    public void Optional_choice_is_marked()
    {
        Assert.True(Parse("choice\n\tbool \"c\"\n\toptional\nconfig X\n\tbool \"x\"\nendchoice\n").Choices[0].IsOptional);
    }

    [Fact]
    public void String_choice_is_KCONF114()
    {
        Assert.Contains(Parse("choice\n\tstring \"c\"\nendchoice\n").Diagnostics, d => d.Id == KconfigDiagnostics.ChoiceProblem.Id);
    }

    [Fact]
    public void Visible_if_is_recorded_on_a_menu()
    {
        var model = Parse("menu \"M\"\n\tvisible if A\nendmenu\n");

        Assert.False(model.Root.Children[0].VisibleIf!.IsConstant("y"));
    }

    [Fact]
    public void Visible_if_on_a_config_is_KCONF115()
    {
        Assert.Contains(Parse("config A\n\tbool\n\tvisible if B\n").Diagnostics, d => d.Id == KconfigDiagnostics.AttributeNotAllowed.Id);
    }

    [Fact]
    public void Select_and_imply_keep_their_conditions()
    {
        var node = NodeOf(Parse("config A\n\tbool\n\tselect S if C\n\timply I\n"), "A");

        Assert.Equal("S", Assert.Single(node.Selects).Target.Name);
        Assert.False(node.Selects[0].WrittenCondition.IsConstant("y"));
        Assert.Equal("I", Assert.Single(node.Implies).Target.Name);
    }

    [Fact]
    public void Range_reads_two_operands_and_a_condition()
    {
        var range = Assert.Single(NodeOf(Parse("config N\n\tint\n\trange 1 0x10 if A\n"), "N").Ranges);

        Assert.Equal(("1", "0x10"), (range.Low.Name, range.High.Name));
    }

    [Fact]
    public void Quoted_and_unquoted_constants_differ()
    {
        var model = Parse("config A\n\tstring\n\tdefault \"B\"\nconfig C\n\tstring\n\tdefault B\n");

        var quoted = (SymbolExpr)NodeOf(model, "A").Defaults[0].Value;
        var unquoted = (SymbolExpr)NodeOf(model, "C").Defaults[0].Value;
        Assert.True(quoted.Symbol.IsConstant);
        Assert.False(unquoted.Symbol.IsConstant);
    }

    [Theory]
    [InlineData("=", ComparisonOperator.Equal)]
    [InlineData("!=", ComparisonOperator.NotEqual)]
    [InlineData("<", ComparisonOperator.Less)]
    [InlineData("<=", ComparisonOperator.LessOrEqual)]
    [InlineData(">", ComparisonOperator.Greater)]
    [InlineData(">=", ComparisonOperator.GreaterOrEqual)]
    public void Relations_parse_to_comparisons(string op, ComparisonOperator expected)
    {
        var dependency = NodeOf(Parse($"config A\n\tbool\n\tdepends on B {op} 3\n"), "A").OwnDependency;

        Assert.Equal(expected, Assert.IsType<ComparisonExpr>(dependency).Operator);
    }

    [Fact]
    public void Negation_binds_tighter_than_and()
    {
        Assert.IsType<AndExpr>(NodeOf(Parse("config A\n\tbool\n\tdepends on !B && C\n"), "A").OwnDependency);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("---help---")]
    [InlineData("-help---")]
    [InlineData("--help--")]
    public void Every_help_spelling_starts_help_text(string keyword)
    {
        Assert.Equal("Text.", NodeOf(Parse($"config A\n\tbool\n\t{keyword}\n\t  Text.\n"), "A").Help);
    }

    [Fact]
    public void Help_whose_first_line_is_not_indented_is_empty()
    {
        var model = Parse("config A\n\tbool\n\thelp\nconfig B\n\tbool\n");

        Assert.Equal(string.Empty, NodeOf(model, "A").Help);
        Assert.True(model.FindSymbol("B")!.IsDefined);
    }

    [Fact]
    public void Help_counts_tabs_to_the_next_multiple_of_eight()
    {
        Assert.Equal("a\nb", NodeOf(Parse("config A\n\tbool\n\thelp\n\t  a\n          b\n"), "A").Help);
    }

    [Fact]
    public void Unknown_keyword_is_KCONF102_with_line_and_column()
    {
        var error = Assert.Single(Parse("config A\n\tbool\nfrob X\n").Diagnostics);

        Assert.Equal((KconfigDiagnostics.UnknownKeyword.Id, 3, 1), (error.Id, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Unknown_keyword_message_lists_what_was_expected()
    {
        Assert.Contains("expected config, menuconfig", Assert.Single(Parse("frob\n").Diagnostics).Message);
    }

    [Fact]
    public void Include_is_a_qemu_only_keyword()
    {
        Assert.Contains(Parse("include foo\n").Diagnostics, d => d.Id == KconfigDiagnostics.UnknownKeyword.Id);
    }

    [Fact]
    public void Missing_endchoice_is_KCONF104_naming_the_opening_line()
    {
        var error = Assert.Single(Parse("\nchoice\n\tbool \"c\"\nconfig X\n\tbool \"x\"\n").Diagnostics, d => d.Id == KconfigDiagnostics.UnbalancedBlock.Id);

        Assert.Contains("missing 'endchoice'", error.Message);
        Assert.Contains(":2", error.Message);
    }

    [Fact]
    public void Qemu_assignment_line_records_a_config_assignment()
    {
        var model = Parse("config A\n\tbool\nCONFIG_A=y\n", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

        Assert.Equal(("A", "y"), (model.Assignments[0].Symbol.Name, model.Assignments[0].Value));
    }

    [Fact]
    public void Qemu_dialect_rejects_non_bool_types()
    {
        Assert.Contains(Parse("config A\n\tint\n", new KconfigParseOptions { Dialect = KconfigDialect.Qemu }).Diagnostics, d => d.Id == KconfigDiagnostics.SyntaxError.Id);
    }

    [Fact]
    public void Qemu_untyped_config_is_a_bool()
    {
        Assert.Equal(KconfigType.Bool, Parse("config A\n", new KconfigParseOptions { Dialect = KconfigDialect.Qemu }).FindSymbol("A")!.Type);
    }

    [Fact]
    public void Attribute_outside_an_entry_is_KCONF103()
    {
        Assert.Contains(Parse("\tdefault y\n").Diagnostics, d => d.Id == KconfigDiagnostics.AttributeOutsideEntry.Id);
    }

    [Fact]
    public void Type_redefinition_is_KCONF112()
    {
        Assert.Contains(Parse("config A\n\tbool\nconfig A\n\tint\n").Diagnostics, d => d.Id == KconfigDiagnostics.TypeRedefinition.Id);
    }

    [Fact]
    public void Missing_on_after_depends_says_what_was_expected()
    {
        var error = Assert.Single(Parse("config A\n\tbool\n\tdepends B\n").Diagnostics);

        Assert.Contains("expected 'on'", error.Message);
    }

    [Fact]
    public void Missing_operand_says_what_was_expected()
    {
        Assert.Contains(Parse("config A\n\tbool\n\tdepends on B &&\n").Diagnostics, d => d.Message.Contains("expected a symbol or constant"));
    }

    [Fact]
    public void Junk_after_a_prompt_is_an_error_at_its_column()
    {
        var error = Assert.Single(Parse("config A\n\tbool \"a\" junk\n").Diagnostics);

        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
    }
}
