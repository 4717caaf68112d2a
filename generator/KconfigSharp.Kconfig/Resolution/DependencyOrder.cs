using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A depth-first walk over <see cref="DependencyGraph.Dependencies"/> (what each value
/// reads), from each defined symbol in definition order, with an explicit stack. Each symbol is
/// finished after everything it reads (a loop's back edge aside), so a resolver that computes
/// values as they finish finds what each reads already memoized: a 100,000-symbol
/// <c>depends on</c> chain resolves without a 100,000-deep recursion.
/// </summary>
internal static class DependencyOrder
{
    /// <summary>The longest path of the walk: how deep an on-demand resolution could recurse.</summary>
    public static int Depth(KconfigModel model, DependencyGraph graph) => Walk(model, graph, entered: null, finished: null);

    /// <summary>
    /// Walks the graph: <paramref name="entered"/> is called for a symbol as the walk enters it and
    /// <paramref name="finished"/> once it has left the path again (between the two it is on the path, as
    /// a symbol whose on-demand computation is in progress would be). Returns the longest path.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static int Walk(KconfigModel model, DependencyGraph graph, Action<Symbol>? entered, Action<Symbol>? finished)
    {
        var dependencies = graph.Dependencies;
        var visited = RentedArray.Cleared<bool>(graph.ItemCount);
        var path = new (int Item, int Next)[16];
        var count = 0;
        var depth = 0;
        foreach (var root in model.DefinedSymbols)
        {
            if (visited[root.Id])
            {
                continue;
            }

            visited[root.Id] = true;
            Enter(root.Id);
            while (count > 0)
            {
                depth = Math.Max(depth, count);
                var (item, next) = path[count - 1];
                if (next < dependencies.Count(item))
                {
                    path[count - 1].Next = next + 1;
                    var read = dependencies.Target(dependencies.Start(item) + next);
                    if (!visited[read])
                    {
                        visited[read] = true;
                        Enter(read);
                    }

                    continue;
                }

                count--;
                if (!graph.IsChoice(item))
                {
                    var symbol = graph.SymbolAt(item);
                    finished?.Invoke(symbol);
                }
            }
        }

        ArrayPool<bool>.Shared.Return(visited);
        return depth;

        void Enter(int item)
        {
            if (count == path.Length)
            {
                Array.Resize(ref path, path.Length * 2);
            }

            path[count++] = (item, 0);
            if (!graph.IsChoice(item))
            {
                entered?.Invoke(graph.SymbolAt(item));
            }
        }
    }
}
