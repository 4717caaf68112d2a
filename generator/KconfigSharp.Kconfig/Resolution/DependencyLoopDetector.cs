using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
    [MethodImpl(HotPath.Optimized)]
    internal static (List<object>? Loop, Symbol? Start) FindLoop(KconfigModel model, DependencyGraph graph, Adjacency dependents)
    {
        var state = RentedArray.Cleared<byte>(graph.ItemCount);
        var path = new Frame[16];
        try
        {
            foreach (var symbol in model.DefinedSymbols)
            {
                var loop = VisitSymbol(symbol.Id, graph, dependents, state, ref path);
                if (loop is not null)
                {
                    return (loop, symbol);
                }
            }

            return (null, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(state);
        }
    }

    // state: 0 = unvisited, 1 = on the current path, 2 = known not to be in a loop.
    // A depth-first walk with an explicit stack of frames (a 100,000-symbol chain is a 100,000-deep
    // path): a symbol frame visits its dependents, then its choice (unless entered from that
    // choice); a choice frame visits its members except the one it was entered from.
    [MethodImpl(HotPath.Optimized)]
    private static List<object>? VisitSymbol(int root, DependencyGraph graph, Adjacency dependents, byte[] state, ref Frame[] path)
    {
        if (state[root] == 2)
        {
            return null;
        }

        state[root] = 1;
        path[0] = new Frame(root, ignoreChoice: false, skip: -1);
        var depth = 1;
        while (depth > 0)
        {
            var child = NextChild(ref path[depth - 1], graph, dependents, out var ignoreChoice, out var skip);
            if (child < 0)
            {
                state[path[depth - 1].Item] = 2;
                depth--;
                continue;
            }

            var mark = state[child];
            if (mark == 2)
            {
                continue;
            }

            if (mark == 1)
            {
                List<object> loop = [graph.ItemAt(child)];
                for (var i = depth - 1; i >= 0; i--)
                {
                    loop = Found(loop, graph.ItemAt(path[i].Item));
                }

                return loop;
            }

            state[child] = 1;
            if (depth == path.Length)
            {
                Array.Resize(ref path, path.Length * 2);
            }

            path[depth++] = new Frame(child, ignoreChoice, skip);
        }

        return null;
    }

    // The next item the frame's item leads to, or -1 when it has none left.
    private static int NextChild(ref Frame frame, DependencyGraph graph, Adjacency dependents, out bool ignoreChoice, out int skip)
    {
        ignoreChoice = false;
        skip = -1;
        if (graph.IsChoice(frame.Item))
        {
            var members = graph.ChoiceAt(frame.Item).Members;
            while (frame.Index < members.Count)
            {
                var member = members[frame.Index++].Id;
                if (member != frame.Skip)
                {
                    // Entering a member from its choice must not re-enter the choice through it.
                    ignoreChoice = true;
                    return member;
                }
            }

            return -1;
        }

        var count = dependents.Count(frame.Item);
        if (frame.Index < count)
        {
            return dependents.Target(dependents.Start(frame.Item) + frame.Index++);
        }

        if (frame.Index == count && graph.SymbolAt(frame.Item).Choice is { } owner && !frame.IgnoreChoice)
        {
            frame.Index++;
            skip = frame.Item;
            return graph.ItemOf(owner);
        }

        return -1;
    }

    private struct Frame(int item, bool ignoreChoice, int skip)
    {
        public readonly int Item = item;

        public readonly bool IgnoreChoice = ignoreChoice;

        // The member a choice frame was entered from (-1: none).
        public readonly int Skip = skip;

        public int Index;
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
