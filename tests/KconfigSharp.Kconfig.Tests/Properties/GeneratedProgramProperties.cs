using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>Properties of random valid programs generated from the Kconfig grammar.</summary>
public sealed class GeneratedProgramProperties
{
    private static readonly KconfigParseOptions KconfigOptions = new() { Dialect = KconfigDialect.Kconfig };

    [Fact]
    public void Generated_programs_parse_without_errors_and_diagnostics_lie_inside_the_file()
    {
        KconfigProgramGen.Program.Sample(text =>
        {
            var model = KconfigParser.ParseText(text, "Kconfig", KconfigOptions);
            Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics) + "\n" + text);
            Invariants.DiagnosticsLieInsideTheirFiles(model.Diagnostics, new Dictionary<string, string> { ["Kconfig"] = text });
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void Parse_print_parse_gives_the_same_model()
    {
        KconfigProgramGen.Program.Sample(text =>
        {
            var first = KconfigParser.ParseText(text, "Kconfig", KconfigOptions);
            var printed = ModelPrinter.Print(first);
            var second = KconfigParser.ParseText(printed, "Kconfig", KconfigOptions);

            Assert.False(second.HasErrors, string.Join("\n", second.Diagnostics) + "\n" + printed);
            Assert.Equal(ModelPrinter.Describe(first), ModelPrinter.Describe(second));
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void Each_symbol_property_is_its_definitions_property_with_the_definitions_dependency_anded_in()
    {
        // One object per property (issue 12, late session): the node's list and the symbol's hold the same
        // one; WrittenCondition is what the node says, Condition what the symbol's lists always meant.
        KconfigProgramGen.Program.Sample(text =>
        {
            var model = KconfigParser.ParseText(text, "Kconfig", KconfigOptions);
            foreach (var symbol in model.DefinedSymbols)
            {
                var defaults = new List<DefaultProperty>();
                var selects = new List<RelationProperty>();
                var implies = new List<RelationProperty>();
                var ranges = new List<RangeProperty>();
                var prompts = new List<PromptProperty>();
                foreach (var node in symbol.Nodes)
                {
                    var dependency = node.Dependency;
                    foreach (var def in node.Defaults)
                    {
                        Assert.Equal(Expr.And(def.WrittenCondition, dependency).ToString(), def.Condition.ToString());
                        defaults.Add(def);
                    }

                    foreach (var select in node.Selects)
                    {
                        Assert.Equal(Expr.And(select.WrittenCondition, dependency).ToString(), select.Condition.ToString());
                        Assert.Contains(select, select.Target.SelectedBy);
                        selects.Add(select);
                    }

                    foreach (var imply in node.Implies)
                    {
                        Assert.Equal(Expr.And(imply.WrittenCondition, dependency).ToString(), imply.Condition.ToString());
                        Assert.Contains(imply, imply.Target.ImpliedBy);
                        implies.Add(imply);
                    }

                    foreach (var range in node.Ranges)
                    {
                        Assert.Equal(Expr.And(range.WrittenCondition, dependency).ToString(), range.Condition.ToString());
                        ranges.Add(range);
                    }

                    if (node.Prompt is { } prompt)
                    {
                        Assert.Equal(Expr.And(Expr.And(prompt.WrittenCondition, dependency), MenuVisibility(node, model)).ToString(), prompt.Condition.ToString());
                        prompts.Add(prompt);
                    }
                }

                AssertSameItems(defaults, symbol.Defaults);
                AssertSameItems(selects, symbol.Selects);
                AssertSameItems(implies, symbol.Implies);
                AssertSameItems(ranges, symbol.Ranges);
                AssertSameItems(prompts, symbol.Prompts);
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    // The enclosing menus' 'visible if' conditions, outermost first, ANDed (y when none).
    private static Expr MenuVisibility(MenuNode node, KconfigModel model)
    {
        Expr visibility = model.Constants.YesExpr;
        var menus = new Stack<MenuNode>();
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            menus.Push(parent);
        }

        foreach (var menu in menus)
        {
            if (menu.Kind == MenuNodeKind.Menu && menu.VisibleIf is { } visibleIf)
            {
                visibility = Expr.And(visibility, visibleIf);
            }
        }

        return visibility;
    }

    private static void AssertSameItems<T>(List<T> expected, List<T> actual)
        where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Resolution_terminates_in_both_dialects_and_every_mode()
    {
        KconfigProgramGen.Program.Sample(text =>
        {
            foreach (var dialect in new[] { KconfigDialect.Kconfig, KconfigDialect.Qemu })
            {
                var model = KconfigParser.ParseText(text, "Kconfig", new KconfigParseOptions { Dialect = dialect });
                foreach (var mode in new[] { ResolveMode.Defconfig, ResolveMode.AllNoConfig, ResolveMode.AllYesConfig })
                {
                    var resolved = KconfigEngine.Resolve(model, Array.Empty<ValueAssignment>(), new ResolveOptions { Mode = mode });
                    Invariants.DiagnosticsLieInsideTheirFiles(resolved.Diagnostics, new Dictionary<string, string> { ["Kconfig"] = text });
                }
            }
        }, iter: PropertyBudget.Iterations(150), seed: PropertyBudget.Seed, threads: 1);
    }
}
