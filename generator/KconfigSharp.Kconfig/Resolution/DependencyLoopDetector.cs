using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Finds a dependency loop (Kconfiglib <c>_check_dep_loop_sym</c>): a depth-first walk over
/// "is used by" edges (a symbol's prompts, defaults, selects/implies, ranges and direct
/// dependencies make it depend on every item they mention). Choice members reach their choice,
/// and a choice reaches its other members. The first loop is reported as KCONF140 with the whole
/// chain printed as Kconfiglib prints it, since a loop makes every value on it undefined.
/// </summary>
internal static class DependencyLoopDetector
{
    /// <summary>
    /// Reports the model's first dependency loop (KCONF140). The search runs once per model
    /// (<see cref="DependencyGraph.Of"/>), not once per resolve.
    /// </summary>
    public static bool Check(KconfigModel model, DiagnosticBag diagnostics)
    {
        var graph = DependencyGraph.Of(model);
        if (graph.Loop is not { } loop)
        {
            return false;
        }

        diagnostics.Add(KconfigDiagnostics.DependencyLoop, graph.LoopStart!.Nodes[0].Location, Describe(loop));
        return true;
    }

    /// <summary>The first loop met walking from each defined symbol in definition order and the symbol that walk started from, or nulls.</summary>
    internal static (List<object>? Loop, Symbol? Start) FindLoop(KconfigModel model, Dictionary<object, List<object>> dependents)
    {
        var state = new Dictionary<object, int>(model.Symbols.Count + model.Choices.Count, GraphItemComparer.Instance);
        foreach (var symbol in model.DefinedSymbols)
        {
            var loop = VisitSymbol(symbol, dependents, state);
            if (loop is not null)
            {
                return (loop, symbol);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The same graph the other way round: for each symbol or choice, the symbols and choices its
    /// value reads (prompts, defaults, select/imply, ranges, direct dependencies).
    /// </summary>
    public static Dictionary<object, List<object>> BuildDependencies(KconfigModel model) => DependencyGraph.Of(model).Dependencies;

    /// <summary>The graph with every edge turned round, in the same order.</summary>
    internal static Dictionary<object, List<object>> Invert(Dictionary<object, List<object>> dependents)
    {
        var dependencies = new Dictionary<object, List<object>>(dependents.Count, GraphItemComparer.Instance);
        foreach (var pair in dependents)
        {
            foreach (var dependent in pair.Value)
            {
                if (!dependencies.TryGetValue(dependent, out var list))
                {
                    list = [];
                    dependencies[dependent] = list;
                }

                list.Add(pair.Key);
            }
        }

        return dependencies;
    }

    /// <summary>For each symbol or choice, the symbols and choices whose value reads it, each once, in first-use order.</summary>
    internal static Dictionary<object, List<object>> BuildDependents(KconfigModel model)
    {
        var dependents = new Dictionary<object, List<object>>(model.Symbols.Count + model.Choices.Count, GraphItemComparer.Instance);
        var leaves = new List<Expr>();
        var pending = new Stack<Expr>();
        foreach (var symbol in model.DefinedSymbols)
        {
            foreach (var prompt in symbol.PromptsView)
            {
                DependOn(symbol, prompt.Condition, dependents, leaves, pending);
            }

            foreach (var def in symbol.DefaultsView)
            {
                DependOn(symbol, def.Value, dependents, leaves, pending);
                DependOn(symbol, def.Condition, dependents, leaves, pending);
            }

            DependOn(symbol, symbol.ReverseDependency, dependents, leaves, pending);
            DependOn(symbol, symbol.WeakReverseDependency, dependents, leaves, pending);
            foreach (var range in symbol.RangesView)
            {
                AddItem(symbol, range.Low, dependents);
                AddItem(symbol, range.High, dependents);
                DependOn(symbol, range.Condition, dependents, leaves, pending);
            }

            DependOn(symbol, symbol.DirectDependency, dependents, leaves, pending);
        }

        foreach (var choice in model.Choices)
        {
            foreach (var prompt in choice.Prompts)
            {
                DependOn(choice, prompt.Condition, dependents, leaves, pending);
            }

            foreach (var def in choice.Defaults)
            {
                DependOn(choice, def.Condition, dependents, leaves, pending);
            }
        }

        return dependents;
    }

    // Leaves in the order a recursive walk would list them, without recursion (ExprLeaves).
    private static void DependOn(object dependent, Expr expr, Dictionary<object, List<object>> dependents, List<Expr> leaves, Stack<Expr> pending)
    {
        leaves.Clear();
        ExprLeaves.Collect(expr, leaves, pending);
        foreach (var leaf in leaves)
        {
            switch (leaf)
            {
                case SymbolExpr { Symbol: var symbol }:
                    AddItem(dependent, symbol, dependents);
                    break;
                case ChoiceExpr choice:
                    AddItem(dependent, choice.Choice, dependents);
                    break;
                case ComparisonExpr comparison:
                    AddItem(dependent, comparison.Left, dependents);
                    AddItem(dependent, comparison.Right, dependents);
                    break;
            }
        }
    }

    // Every edge of one dependent is added before the next dependent's (BuildDependents walks them
    // one at a time), so "already an edge" is "the item's last dependent is this one": no edge set.
    private static void AddItem(object dependent, object item, Dictionary<object, List<object>> dependents)
    {
        if (item is Symbol { IsConstant: true })
        {
            return;
        }

        if (!dependents.TryGetValue(item, out var list))
        {
            list = [];
            dependents[item] = list;
        }
        else if (list[list.Count - 1] == dependent)
        {
            return;
        }

        list.Add(dependent);
    }

    // state: absent = unvisited, 1 = on the current path, 2 = known not to be in a loop.
    // A depth-first walk with an explicit stack of frames (a 100,000-symbol chain is a 100,000-deep
    // path): a symbol frame visits its dependents, then its choice (unless entered from that
    // choice); a choice frame visits its members except the one it was entered from.
    private static List<object>? VisitSymbol(Symbol root, Dictionary<object, List<object>> dependents, Dictionary<object, int> state)
    {
        state.TryGetValue(root, out var rootMark);
        if (rootMark == 2)
        {
            return null;
        }

        var path = new List<Frame>();
        state[root] = 1;
        path.Add(new Frame(root, ignoreChoice: false, skip: null));
        while (path.Count > 0)
        {
            var frame = path[path.Count - 1];
            var next = NextChild(frame, dependents);
            if (next is null)
            {
                state[frame.Item] = 2;
                path.RemoveAt(path.Count - 1);
                continue;
            }

            var (child, ignoreChoice, skip) = next.Value;
            state.TryGetValue(child, out var mark);
            if (mark == 2)
            {
                continue;
            }

            if (mark == 1)
            {
                List<object> loop = [child];
                for (var i = path.Count - 1; i >= 0; i--)
                {
                    loop = Found(loop, path[i].Item);
                }

                return loop;
            }

            state[child] = 1;
            path.Add(new Frame(child, ignoreChoice, skip));
        }

        return null;
    }

    private static (object Item, bool IgnoreChoice, Symbol? Skip)? NextChild(Frame frame, Dictionary<object, List<object>> dependents)
    {
        if (frame.Item is Choice choice)
        {
            while (frame.Index < choice.Members.Count)
            {
                var member = choice.Members[frame.Index++];
                if (member != frame.Skip)
                {
                    // Entering a member from its choice must not re-enter the choice through it.
                    return (member, true, null);
                }
            }

            return null;
        }

        var symbol = (Symbol)frame.Item;
        var count = dependents.TryGetValue(symbol, out var list) ? list.Count : 0;
        if (frame.Index < count)
        {
            var dependent = list![frame.Index++];
            return (dependent, false, null);
        }

        if (frame.Index == count && symbol.Choice is { } owner && !frame.IgnoreChoice)
        {
            frame.Index++;
            return (owner, false, symbol);
        }

        return null;
    }

    private sealed class Frame(object item, bool ignoreChoice, Symbol? skip)
    {
        public object Item { get; } = item;

        public bool IgnoreChoice { get; } = ignoreChoice;

        public Symbol? Skip { get; } = skip;

        public int Index { get; set; }
    }

    private static List<object> Found(List<object> loop, object current)
    {
        if (loop[loop.Count - 1] is null)
        {
            // Already complete further down (marked by a trailing null); pass it up unchanged.
            return loop;
        }

        // current is where the loop started when it is the first element: the chain is complete.
        loop.Add(loop[0] != current ? current : null!);
        return loop;
    }

    private static string Describe(List<object> loop)
    {
        var text = new StringBuilder("Dependency loop\n===============\n\n");
        var first = loop[0];
        foreach (var item in loop)
        {
            if (item is null)
            {
                break;
            }

            if (item != first)
            {
                text.Append("...depends on ");
                if (item is Symbol { Choice: not null })
                {
                    text.Append("the choice symbol ");
                }
            }

            text.Append(Name(item)).Append(", with definition...\n\n").Append(Definition(item)).Append('\n');
            if (item is Symbol symbol)
            {
                if (!symbol.ReverseDependency.IsConstant("n"))
                {
                    text.Append("(select-related dependencies: ").Append(KconfiglibText.Expr(symbol.ReverseDependency)).Append(")\n\n");
                }

                if (!symbol.WeakReverseDependency.IsConstant("n"))
                {
                    // Kconfiglib prints rev_dep here too (a known quirk); print the imply chain, which is what it means.
                    text.Append("(imply-related dependencies: ").Append(KconfiglibText.Expr(symbol.WeakReverseDependency)).Append(")\n\n");
                }
            }
        }

        text.Append("...depends again on ").Append(Name(first));
        return text.ToString();
    }

    private static string Name(object item) => item is Symbol symbol ? NameAndLocation.Of(symbol) : NameAndLocation.Of((Choice)item);

    private static string Definition(object item)
    {
        var nodes = item is Symbol symbol ? symbol.Nodes : ((Choice)item).Nodes;
        var text = new StringBuilder();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append(KconfiglibText.Node(nodes[i]));
        }

        return text.ToString();
    }
}
