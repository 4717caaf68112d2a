using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Preprocessing;

public sealed class MacroExpansionTests
{
    private static KconfigModel Parse(string text, KconfigParseOptions? options = null) => KconfigParser.ParseText(text, options: options);

    private static KconfigParseOptions WithMacros(params (string Name, string Value)[] macros) =>
        new() { Macros = macros.ToDictionary(m => m.Name, m => m.Value) };

    private static string? PromptOf(KconfigModel model, string symbol) => model.FindSymbol(symbol)!.Nodes[0].Prompt?.Text;

    private static IEnumerable<KconfigDiagnostic> WithId(KconfigModel model, KconfigDiagnosticDescriptor descriptor) =>
        model.Diagnostics.Where(d => d.Id == descriptor.Id);

    [Fact]
    public void Reference_to_a_caller_macro_expands_in_a_prompt()
    {
        var model = Parse("config A\n\tbool \"arch $(ARCH)\"\n", WithMacros(("ARCH", "arm")));

        Assert.Equal("arch arm", PromptOf(model, "A"));
    }

    [Fact]
    public void Kconfig_variable_wins_over_a_caller_macro()
    {
        var model = Parse("ARCH := x86\nconfig A\n\tbool \"$(ARCH)\"\n", WithMacros(("ARCH", "arm")));

        Assert.Equal("x86", PromptOf(model, "A"));
    }

    [Fact]
    public void Recursive_variable_is_expanded_at_each_use()
    {
        var model = Parse("X = $(Y)\nY := early\nconfig A\n\tbool \"$(X)\"\nY := late\nconfig B\n\tbool \"$(X)\"\n");

        Assert.Equal(("early", "late"), (PromptOf(model, "A"), PromptOf(model, "B")));
    }

    [Fact]
    public void Simple_variable_is_expanded_when_assigned()
    {
        var model = Parse("Y := early\nX := $(Y)\nY := late\nconfig A\n\tbool \"$(X)\"\n");

        Assert.Equal("early", PromptOf(model, "A"));
    }

    [Fact]
    public void Append_adds_a_space_and_keeps_the_flavor()
    {
        var model = Parse("Y := 1\nX := a\nX += $(Y)\nY := 2\nconfig A\n\tbool \"$(X)\"\n");

        Assert.Equal("a 1", PromptOf(model, "A"));
    }

    [Fact]
    public void Append_to_an_undefined_variable_makes_it_recursive()
    {
        var model = Parse("X += $(Y)\nY := late\nconfig A\n\tbool \"$(X)\"\n");

        Assert.Equal("late", PromptOf(model, "A"));
    }

    [Fact]
    public void User_defined_function_receives_its_arguments()
    {
        var model = Parse("greet = hello $(1) and $(2)\nconfig A\n\tbool \"$(greet,x,y)\"\n");

        Assert.Equal("hello x and y", PromptOf(model, "A"));
    }

    [Fact]
    public void Nested_call_arguments_are_split_only_at_top_level_commas()
    {
        var model = Parse("first = $(1)\npair = $(1)+$(2)\nconfig A\n\tbool \"$(first,$(pair,a,b))\"\n");

        Assert.Equal("a+b", PromptOf(model, "A"));
    }

    [Fact]
    public void Undefined_reference_expands_to_nothing_silently()
    {
        var model = Parse("config A\n\tbool \"[$(NOPE)]\"\n");

        Assert.Equal("[]", PromptOf(model, "A"));
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Macro_expanding_to_an_expression_is_tokenised()
    {
        var model = Parse("DEP := B && C\nconfig A\n\tbool\n\tdepends on $(DEP)\n");

        Assert.IsType<AndExpr>(model.FindSymbol("A")!.Nodes[0].OwnDependency);
    }

    [Fact]
    public void Macro_can_produce_a_whole_entry_line()
    {
        var model = Parse("KW := config\n$(KW) FROM_MACRO\n\tbool\n");

        Assert.True(model.FindSymbol("FROM_MACRO")!.IsDefined);
    }

    [Fact]
    public void Info_reports_a_KCONF131_message_and_expands_to_nothing()
    {
        var model = Parse("$(info,hello there)\n");

        var message = Assert.Single(WithId(model, KconfigDiagnostics.MacroMessage));
        Assert.Equal("hello there", message.Message);
        Assert.Equal(1, message.Location.Line);
    }

    [Fact]
    public void Warning_if_reports_only_when_the_condition_is_y()
    {
        var model = Parse("$(warning-if,y,shown)\n$(warning-if,n,hidden)\n");

        Assert.Equal("shown", Assert.Single(WithId(model, KconfigDiagnostics.MacroMessage)).Message);
    }

    [Fact]
    public void Error_if_reports_a_KCONF130_error_only_when_the_condition_is_y()
    {
        var model = Parse("$(error-if,y,broken)\n$(error-if,n,fine)\n");

        Assert.Equal("broken", Assert.Single(WithId(model, KconfigDiagnostics.MacroError)).Message);
    }

    [Fact]
    public void Filename_and_lineno_expand_to_the_current_location()
    {
        var model = KconfigParser.ParseText("\nconfig A\n\tbool \"$(filename):$(lineno)\"\n", "sub/Kconfig");

        Assert.Equal("sub/Kconfig:3", PromptOf(model, "A"));
    }

    [Fact]
    public void Builtin_with_the_wrong_number_of_arguments_is_a_KCONF130_error()
    {
        var model = Parse("config A\n\tbool \"$(lineno,extra)\"\n");

        Assert.Contains("takes 0 arguments", Assert.Single(WithId(model, KconfigDiagnostics.MacroError)).Message);
    }

    [Fact]
    public void Shell_uses_the_recorded_result_first()
    {
        var options = new KconfigParseOptions
        {
            ShellResults = new Dictionary<string, string> { ["echo hi"] = "hi\n" },
            ShellRunner = _ => "runner",
        };

        var model = Parse("config A\n\tbool \"$(shell,echo hi)\"\n", options);

        Assert.Equal("hi", PromptOf(model, "A"));
    }

    [Fact]
    public void Shell_calls_the_runner_when_nothing_is_recorded_and_joins_lines()
    {
        var model = Parse("config A\n\tbool \"$(shell,ls)\"\n", new KconfigParseOptions { ShellRunner = _ => "a\nb\n" });

        Assert.Equal("a b", PromptOf(model, "A"));
    }

    [Fact]
    public void Shell_without_result_or_runner_is_empty_with_one_KCONF132_warning()
    {
        var model = Parse("config A\n\tbool\n\tdefault $(shell,true)\n");

        Assert.Equal(KconfigDiagnostics.ShellNotRun.Id, Assert.Single(model.Diagnostics).Id);
    }

    [Fact]
    public void Expression_emptied_by_an_unrun_shell_reads_as_n()
    {
        var model = Parse("if-success = $(shell,{ $(1); } && echo \"$(2)\" || echo \"$(3)\")\nsuccess = $(if-success,$(1),y,n)\nconfig A\n\tdef_bool $(success,true)\n\tdepends on $(shell,false) if $(shell,x)\n");

        var value = Assert.IsType<SymbolExpr>(model.FindSymbol("A")!.Nodes[0].Defaults[0].Value);
        Assert.Equal("n", value.Symbol.Name);
        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
    }

    [Fact]
    public void Same_unrun_shell_command_twice_on_a_line_warns_once()
    {
        var model = Parse("V = $(shell,uname)\nconfig A\n\tbool \"$(V) $(V)\"\n");

        Assert.Single(WithId(model, KconfigDiagnostics.ShellNotRun));
    }

    [Fact]
    public void Shell_runner_that_throws_is_a_diagnostic_not_an_exception()
    {
        var model = Parse("config A\n\tbool \"$(shell,boom)\"\n", new KconfigParseOptions { ShellRunner = _ => throw new InvalidOperationException("no") });

        Assert.Single(WithId(model, KconfigDiagnostics.ShellNotRun));
        Assert.Equal(string.Empty, PromptOf(model, "A"));
    }

    [Fact]
    public void Self_referencing_variable_ends_in_a_KCONF130_error()
    {
        var model = Parse("X = a $(X)\nconfig A\n\tbool \"$(X)\"\n");

        Assert.Contains("references itself", Assert.Single(WithId(model, KconfigDiagnostics.MacroError)).Message);
    }

    [Fact]
    public void Mutually_recursive_variables_end_in_a_KCONF130_error()
    {
        var model = Parse("X = $(Y)\nY = $(X)\nconfig A\n\tbool \"$(X)\"\n");

        Assert.Single(WithId(model, KconfigDiagnostics.MacroError));
    }

    [Fact]
    public void Recursive_function_call_ends_in_a_diagnostic()
    {
        var model = Parse("f = $(f,$(1)x)\nconfig A\n\tbool \"$(f,a)\"\n");

        Assert.NotEmpty(model.Diagnostics);
    }

    [Fact]
    public void Doubling_expansion_stops_at_the_size_limit_with_KCONF160()
    {
        var text = new System.Text.StringBuilder("V0 := 0123456789abcdef0123456789abcdef\n");
        for (var i = 1; i <= 30; i++)
        {
            text.Append($"V{i} := $(V{i - 1})$(V{i - 1})\n");
        }

        var model = Parse(text.ToString());

        Assert.NotEmpty(WithId(model, KconfigDiagnostics.LimitExceeded));
    }

    [Fact]
    public void Empty_exponential_expansion_stops_at_the_work_limit_with_KCONF160()
    {
        var text = new System.Text.StringBuilder("V0 =\n");
        for (var i = 1; i <= 40; i++)
        {
            text.Append($"V{i} = $(V{i - 1})$(V{i - 1})\n");
        }

        text.Append("config A\n\tbool \"$(V40)\"\n");

        var model = Parse(text.ToString());

        Assert.Single(WithId(model, KconfigDiagnostics.LimitExceeded));
    }

    [Fact]
    public void Deep_nesting_of_references_stops_at_the_depth_limit_with_KCONF160()
    {
        var text = new System.Text.StringBuilder("V0 = x\n");
        for (var i = 1; i <= 100; i++)
        {
            text.Append($"V{i} = $(V{i - 1})\n");
        }

        text.Append("config A\n\tbool \"$(V100)\"\n");

        var model = Parse(text.ToString());

        Assert.Single(WithId(model, KconfigDiagnostics.LimitExceeded));
    }

    [Fact]
    public void Five_thousand_nested_references_in_one_line_end_in_KCONF160()
    {
        var text = "config A\n\tbool \"" + string.Concat(Enumerable.Repeat("$(", 5000)) + "X" + new string(')', 5000) + "\"\n";

        Assert.Single(WithId(Parse(text), KconfigDiagnostics.LimitExceeded));
    }

    [Fact]
    public void Macro_limits_come_from_the_parse_options()
    {
        var model = Parse("A := 0123456789\nB := $(A)$(A)\n", new KconfigParseOptions { MaxMacroOutputLength = 15 });

        Assert.Single(WithId(model, KconfigDiagnostics.LimitExceeded));
    }

    [Fact]
    public void Unterminated_reference_is_a_KCONF130_error()
    {
        var model = Parse("config A\n\tbool \"$(ARCH\"\n");

        Assert.Contains("missing ')'", Assert.Single(WithId(model, KconfigDiagnostics.MacroError)).Message);
    }

    [Fact]
    public void Help_text_is_not_expanded()
    {
        var model = Parse("config A\n\tbool\n\thelp\n\t  run $(MAKE) -C $(TOPDIR)\n");

        Assert.Equal("run $(MAKE) -C $(TOPDIR)", model.FindSymbol("A")!.Nodes[0].Help);
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Comments_are_not_expanded()
    {
        var model = Parse("# $(error-if,y,no)\nconfig A # $(error-if,y,no)\n\tbool\n");

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Dollar_without_parenthesis_is_literal_in_the_macro_language()
    {
        var model = Parse("config A\n\tstring \"cost $5\"\n");

        Assert.Equal("cost $5", PromptOf(model, "A"));
    }

    [Fact]
    public void Macros_are_not_expanded_in_the_qemu_dialect()
    {
        var model = Parse("config A\n\tbool\n", new KconfigParseOptions { Dialect = KconfigDialect.Qemu, Macros = new Dictionary<string, string> { ["X"] = "y" } });

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Lines_after_and_between_expanded_ones_expand_wherever_their_dollar_is()
    {
        // The lexer searches for the next '$' once and skips the lines before it; an expansion that
        // lengthens or shortens its line, a '$' inside a help text and a comment, and lines far from any
        // '$' must all read as a line-by-line search read them.
        var text = "LONG := a-value-much-longer-than-its-reference\nconfig A\n\tbool \"$(LONG)\"\n" +
            string.Concat(Enumerable.Range(0, 40).Select(i => $"config F{i}\n\tbool \"plain {i}\"\n")) +
            "config B\n\tbool \"b $(S) end\"\n\thelp\n\t  costs $(NOT_EXPANDED) in help\n\n# $(NOR) in a comment\n" +
            "config C\n\tbool \"$(S)$(LONG)\"\nconfig D\n\tbool \"d\"\nconfig E\n\tbool \"$(S)\"\n";

        var model = Parse(text, WithMacros(("S", "s")));

        Assert.Equal("a-value-much-longer-than-its-reference", PromptOf(model, "A"));
        Assert.Equal("plain 39", PromptOf(model, "F39"));
        Assert.Equal("b s end", PromptOf(model, "B"));
        Assert.Equal("costs $(NOT_EXPANDED) in help", model.FindSymbol("B")!.Nodes[0].Help);
        Assert.Equal("sa-value-much-longer-than-its-reference", PromptOf(model, "C"));
        Assert.Equal(("d", "s"), (PromptOf(model, "D"), PromptOf(model, "E")));
        Assert.Equal(80 + 14, model.FindSymbol("E")!.Nodes[0].Location.Line);
    }
}
