using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// The graph's edge collection walks a symbol's menu dependency once, although the finalizer ANDed the
/// same object into every prompt and default condition (issue 12). The edges it keeps, in their order,
/// must be what a plain walk of every property lists.
/// </summary>
public sealed class DependencyGraphEdgesTests
{
    private const string NestedTree = """
        config A
        	bool "a"
        config B
        	bool "b"
        	depends on A
        menu "m"
        	depends on B || C
        if A && !D
        config C
        	tristate "c" if E
        	default y if F
        	default m if B
        	default n
        	select G if H
        	imply I
        	depends on J && (K = "x" || L != 3)
        config C
        	bool
        	depends on M
        choice
        	prompt "pick" if N
        	default P if Q
        config P
        	bool "p"
        	depends on R
        config Q
        	bool "q"
        endchoice
        config S
        	int "s"
        	range T U if V
        	default W if X
        endif
        endmenu
        """;

    [Fact]
    public void Edges_of_a_nested_tree_with_a_symbol_defined_twice_are_those_of_a_walk_of_every_property()
    {
        var model = KconfigParser.ParseText(NestedTree.Replace("\r\n", "\n", StringComparison.Ordinal), "Kconfig");

        AssertEdgesAsWalked(model);
    }

    [SharedDataFact]
    public void Edges_of_the_nuttx_tree_are_those_of_a_walk_of_every_property()
    {
        AssertEdgesAsWalked(NuttxCorpus.Parse());
    }

    [Fact]
    public void Marks_left_on_the_expression_nodes_by_others_change_no_edge()
    {
        // Every && / || node carries a text cache's mark (ExprTextCache); the edge walk keeps what it knows of the
        // shared nodes in arrays by their dependency ids (SharedSubtreeItems), so no mark may change an edge.
        var model = KconfigParser.ParseText(SharedMenuTree, "Kconfig");
        var marks = new[] { -1, -2, -1, 0, -3, 7, -1, -(1 << 29), -2, -(1 << 29) - 1, int.MinValue, int.MaxValue };
        var next = 0;
        foreach (var node in EveryOperator(model))
        {
            var mark = marks[next++ % marks.Length];
            if (node is AndExpr and)
            {
                and.TextMark = mark;
            }
            else
            {
                ((OrExpr)node).TextMark = mark;
            }
        }

        AssertEdgesAsWalked(model);
    }

    [Fact]
    public void A_graph_built_again_on_the_same_model_has_the_same_edges()
    {
        var model = KconfigParser.ParseText(SharedMenuTree, "Kconfig");
        AssertEdgesAsWalked(model);
        _ = KconfigEngine.Resolve(model, []).WithDescriptionsWritten();

        model.DependencyGraphSlot = null;

        AssertEdgesAsWalked(model);
    }

    // Three menus deep, several entries each: each menu's dependency chain is met by many dependents.
    private static readonly string SharedMenuTree = string.Concat(
        "config A\n\tbool \"a\"\nconfig B\n\ttristate \"b\"\nconfig C\n\tint \"c\"\n",
        "menu \"one\"\n\tdepends on A || B\n",
        string.Concat(Enumerable.Range(0, 4).Select(i => $"config X{i}\n\tbool \"x\"\n\tdefault y if B\n\tselect A if C > {i}\n")),
        "menu \"two\"\n\tdepends on X1 && !X2\n",
        string.Concat(Enumerable.Range(0, 4).Select(i => $"config Y{i}\n\ttristate \"y\" if X{i}\n\tdepends on C = {i} || X3\n\timply X{i}\n")),
        "if Y0 || (Y1 && Y2)\n",
        string.Concat(Enumerable.Range(0, 4).Select(i => $"config Z{i}\n\tint \"z\"\n\trange 0 C if Y{i}\n\tdefault C\n")),
        "endif\nendmenu\nendmenu\n");

    private static IEnumerable<Expr> EveryOperator(KconfigModel model)
    {
        var roots = new List<Expr>();
        foreach (var symbol in model.DefinedSymbols)
        {
            foreach (var prompt in symbol.PromptsView)
            {
                roots.Add(prompt.Condition);
            }

            foreach (var def in symbol.DefaultsView)
            {
                roots.Add(def.Value);
                roots.Add(def.Condition);
            }

            foreach (var range in symbol.RangesView)
            {
                roots.Add(range.Condition);
            }

            roots.Add(symbol.ReverseDependency);
            roots.Add(symbol.WeakReverseDependency);
            roots.Add(symbol.DirectDependency);
        }

        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Expr>(roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is not (AndExpr or OrExpr or NotExpr) || !seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case NotExpr not:
                    pending.Push(not.Operand);
                    continue;
                case AndExpr and:
                    pending.Push(and.Left);
                    pending.Push(and.Right);
                    break;
                case OrExpr or:
                    pending.Push(or.Left);
                    pending.Push(or.Right);
                    break;
            }

            yield return node;
        }
    }

    private static void AssertEdgesAsWalked(KconfigModel model)
    {
        var graph = DependencyGraph.Of(model);

        // What each dependent reads, as a plain walk of every property lists it, and the order in which
        // the whole walk first meets each item.
        var reads = new List<int>[graph.ItemCount];
        var firstUse = new Dictionary<int, int>();
        foreach (var symbol in model.DefinedSymbols)
        {
            var exprs = new List<Expr>();
            foreach (var prompt in symbol.PromptsView)
            {
                exprs.Add(prompt.Condition);
            }

            foreach (var def in symbol.DefaultsView)
            {
                exprs.Add(def.Value);
                exprs.Add(def.Condition);
            }

            exprs.Add(symbol.ReverseDependency);
            exprs.Add(symbol.WeakReverseDependency);
            var items = new List<int>();
            foreach (var expr in exprs)
            {
                AddLeaves(graph, expr, items);
            }

            foreach (var range in symbol.RangesView)
            {
                AddSymbol(range.Low, items);
                AddSymbol(range.High, items);
                AddLeaves(graph, range.Condition, items);
            }

            AddLeaves(graph, symbol.DirectDependency, items);
            reads[symbol.Id] = Distinct(items, firstUse);
        }

        foreach (var choice in model.Choices)
        {
            var items = new List<int>();
            foreach (var prompt in choice.Prompts)
            {
                AddLeaves(graph, prompt.Condition, items);
            }

            foreach (var def in choice.Defaults)
            {
                AddLeaves(graph, def.Condition, items);
            }

            reads[graph.ItemOf(choice)] = Distinct(items, firstUse);
        }

        // The graph keeps, for each item, what it reads, ordered by the items' first use.
        var edges = 0;
        for (var item = 0; item < graph.ItemCount; item++)
        {
            var expected = (reads[item] ?? []).OrderBy(read => firstUse[read]).ToList();
            var actual = Enumerable.Range(graph.Dependencies.Start(item), graph.Dependencies.Count(item)).Select(graph.Dependencies.Target);
            Assert.Equal(expected, actual);
            edges += expected.Count;
        }

        Assert.True(edges > 0);
    }

    private static List<int> Distinct(List<int> items, Dictionary<int, int> firstUse)
    {
        foreach (var item in items)
        {
            firstUse.TryAdd(item, firstUse.Count);
        }

        return items.Distinct().ToList();
    }

    private static void AddLeaves(DependencyGraph graph, Expr expr, List<int> items)
    {
        foreach (var leaf in ExprLeaves.Of(expr))
        {
            switch (leaf)
            {
                case SymbolExpr symbol:
                    AddSymbol(symbol.Symbol, items);
                    break;
                case ChoiceExpr choice:
                    items.Add(graph.ItemOf(choice.Choice));
                    break;
                case ComparisonExpr comparison:
                    AddSymbol(comparison.Left, items);
                    AddSymbol(comparison.Right, items);
                    break;
            }
        }
    }

    private static void AddSymbol(Symbol symbol, List<int> items)
    {
        if (!symbol.IsConstant)
        {
            items.Add(symbol.Id);
        }
    }
}
