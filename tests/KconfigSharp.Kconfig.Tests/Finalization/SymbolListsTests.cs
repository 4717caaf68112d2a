using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Finalization;

/// <summary>
/// A symbol defined once reads its prompts, defaults and selects from its one node; a symbol defined more than
/// once gathers them (issue 12, session 2026-11-29 morning). Either way, each list must read as the concatenation
/// of its definitions' lists in definition order, through the core's views and the public lists alike, and a
/// public list of the symbol must never be its node's.
/// </summary>
public sealed class SymbolListsTests
{
    /// <summary>A generated definition: which symbol, prompt or not, defaults, selects, and the block around it.</summary>
    private sealed record Definition(int Symbol, bool Prompt, int Defaults, int[] Selects, int[] Implies, char Block);

    private static readonly Gen<Definition> Definitions =
        Gen.Select(Gen.Int[0, 5], Gen.Bool, Gen.Int[0, 2], Gen.Int[0, 5].Array[0, 3], Gen.Int[0, 5].Array[0, 1], Gen.Int[0, 2].Select(i => "-im"[i]), (symbol, prompt, defaults, selects, implies, block) => new Definition(symbol, prompt, defaults, selects, implies, block));

    private static string Program(Definition[] definitions)
    {
        var text = new StringBuilder("config P\n\tbool \"p\"\n");
        var line = 0;
        foreach (var definition in definitions)
        {
            text.Append(definition.Block switch { 'i' => "if P\n", 'm' => "menu \"m\"\n", _ => string.Empty });
            text.Append($"config S{definition.Symbol}\n\tbool\n");
            if (definition.Prompt)
            {
                text.Append($"\tprompt \"s{definition.Symbol} at {line}\"\n");
            }

            for (var i = 0; i < definition.Defaults; i++)
            {
                text.Append($"\tdefault y if P || S{i}\n");
            }

            foreach (var target in definition.Selects)
            {
                text.Append($"\tselect S{target}\n");
            }

            foreach (var target in definition.Implies)
            {
                text.Append($"\timply S{target}\n");
            }

            text.Append(definition.Block switch { 'i' => "endif\n", 'm' => "endmenu\n", _ => string.Empty });
            line++;
        }

        return text.ToString();
    }

    private static IEnumerable<T> Each<T>(ListView<T> view)
        where T : class
    {
        foreach (var item in view)
        {
            yield return item;
        }
    }

    [Fact]
    public void Each_symbol_list_is_its_definitions_lists_in_definition_order()
    {
        Definitions.Array[1, 12].Sample(definitions =>
        {
            var model = KconfigParser.ParseText(Program(definitions));
            foreach (var symbol in model.Symbols.Values)
            {
                var nodes = Each(symbol.NodeList).ToList();
                Assert.Equal(definitions.Count(d => $"S{d.Symbol}" == symbol.Name) + (symbol.Name == "P" ? 1 : 0), nodes.Count);
                var prompts = nodes.Where(n => n.Prompt is not null).Select(n => n.Prompt!).ToList();
                var defaults = nodes.SelectMany(n => Each(n.DefaultsView)).ToList();
                var selects = nodes.SelectMany(n => Each(n.SelectsView)).ToList();

                Assert.Equal(prompts, Each(symbol.PromptsView));
                Assert.Equal(defaults, Each(symbol.DefaultsView));
                Assert.Equal(selects, Each(symbol.SelectsView));
                Assert.Equal(prompts.Count, symbol.PromptsView.Count);
                Assert.Equal(defaults.Count, symbol.DefaultsView.Count);
                Assert.Equal(selects.Count, symbol.SelectsView.Count);
                Assert.All(selects, s => Assert.Same(symbol, s.Source));

                // direct_dep: the OR of the definitions' dependencies (a symbol defined once: its node's own object);
                // weak_rev_dep: the shared n unless something implies the symbol.
                var direct = nodes.Aggregate(model.Constants.NoExpr, (or, node) => Expr.Or(or, node.Dependency)).ToString();
                Assert.Equal(direct, symbol.DirectDependency.ToString());
                if (nodes.Count == 1)
                {
                    Assert.Same(nodes[0].Dependency, symbol.DirectDependency);
                }

                if (symbol.ImpliedBy.Count == 0)
                {
                    Assert.Same(model.Constants.NoExpr, symbol.WeakReverseDependency);
                }
                else
                {
                    Assert.All(symbol.ImpliedBy, imply => Assert.Contains(imply.Source.Name, symbol.WeakReverseDependency.ToString(), StringComparison.Ordinal));
                }

                // The public lists: the same items; then the views read on unchanged.
                Assert.Equal(nodes, symbol.Nodes);
                Assert.Equal(prompts, symbol.Prompts);
                Assert.Equal(defaults, symbol.Defaults);
                Assert.Equal(selects, symbol.Selects);
                Assert.Equal(prompts, Each(symbol.PromptsView));
                Assert.Equal(defaults, Each(symbol.DefaultsView));
                Assert.Equal(selects, Each(symbol.SelectsView));
                Assert.Equal(nodes, Each(symbol.NodeList));
                Assert.Equal(direct, symbol.DirectDependency.ToString());
            }
        });
    }

    [Fact]
    public void A_public_list_of_a_symbol_defined_once_is_not_its_nodes()
    {
        var model = KconfigParser.ParseText("config A\n\tbool \"a\"\n\tdefault y\n\tselect B\nconfig B\n\tbool\n");
        var symbol = model.FindSymbol("A")!;
        var node = symbol.Nodes[0];
        var nodeDefaults = node.Defaults;

        symbol.Defaults.Add(symbol.Defaults[0]);
        symbol.Selects.Clear();
        symbol.Prompts.Clear();

        Assert.NotSame(nodeDefaults, symbol.Defaults);
        Assert.Single(node.Defaults);
        Assert.Single(node.Selects);
        Assert.NotNull(node.Prompt);
        Assert.Equal(2, symbol.DefaultsView.Count);
        Assert.Equal(0, symbol.SelectsView.Count);
        Assert.Equal(0, symbol.PromptsView.Count);
    }

    [Fact]
    public void A_symbol_defined_once_has_its_node_prompt_with_the_propagated_condition()
    {
        var model = KconfigParser.ParseText("config P\n\tbool \"p\"\nif P\nconfig A\n\tbool \"a\"\n\tdefault y\nendif\n");
        var symbol = model.FindSymbol("A")!;

        Assert.Equal("P", symbol.PromptsView[0].Condition.ToString());
        Assert.Equal("P", symbol.DefaultsView[0].Condition.ToString());
        Assert.Same(symbol.Nodes[0].Prompt, symbol.Prompts[0]);
    }

    [Fact]
    public void Rev_dep_and_weak_rev_dep_read_in_either_order_are_their_lists_chains_and_are_kept()
    {
        // Both chains share one object made on the first read of either (issue 12, ids round 2): neither may take
        // the other's place, whichever is read first, and a second read returns the kept chain.
        Gen.Select(Definitions.Array[1, 12], Gen.Bool).Sample((definitions, impliesFirst) =>
        {
            var model = KconfigParser.ParseText(Program(definitions));
            foreach (var symbol in model.Symbols.Values)
            {
                var weak = impliesFirst ? symbol.WeakReverseDependency : null;
                var reverse = symbol.ReverseDependency;
                weak ??= symbol.WeakReverseDependency;

                Assert.Equal(RelationChain.Of(symbol.SelectedByView).ToString(), reverse.ToString());
                Assert.Equal(RelationChain.Of(symbol.ImpliedByView).ToString(), weak.ToString());
                Assert.Same(reverse, symbol.ReverseDependency);
                Assert.Same(weak, symbol.WeakReverseDependency);
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed);
    }
}
