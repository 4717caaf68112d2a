using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A depth-first walk over <see cref="DependencyLoopDetector.BuildDependencies"/> (what each value
/// reads), from each defined symbol in definition order, with an explicit stack. Each symbol is
/// finished after everything it reads (a loop's back edge aside), so a resolver that computes
/// values as they finish finds what each reads already memoized: a 100,000-symbol
/// <c>depends on</c> chain resolves without a 100,000-deep recursion.
/// </summary>
internal static class DependencyOrder
{
    /// <summary>The longest path of the walk: how deep an on-demand resolution could recurse.</summary>
    public static int Depth(KconfigModel model, Dictionary<object, List<object>> dependencies) =>
        Walk(model, dependencies, onPath: new HashSet<Symbol>(), finished: null);

    /// <summary>
    /// Walks the graph: a symbol is in <paramref name="onPath"/> while the walk is below it (as a
    /// symbol whose on-demand computation is in progress would be), and <paramref name="finished"/>
    /// is called for it once it has left the path. Returns the longest path.
    /// </summary>
    public static int Walk(KconfigModel model, Dictionary<object, List<object>> dependencies, HashSet<Symbol> onPath, Action<Symbol>? finished)
    {
        var visited = new HashSet<object>(GraphItemComparer.Instance);
        var path = new List<(object Item, int Next)>();
        var depth = 0;
        foreach (var root in model.DefinedSymbols)
        {
            if (!visited.Add(root))
            {
                continue;
            }

            Enter(root);
            while (path.Count > 0)
            {
                depth = Math.Max(depth, path.Count);
                var (item, next) = path[path.Count - 1];
                if (dependencies.TryGetValue(item, out var reads) && next < reads.Count)
                {
                    path[path.Count - 1] = (item, next + 1);
                    if (visited.Add(reads[next]))
                    {
                        Enter(reads[next]);
                    }

                    continue;
                }

                path.RemoveAt(path.Count - 1);
                if (item is Symbol symbol)
                {
                    onPath.Remove(symbol);
                    finished?.Invoke(symbol);
                }
            }
        }

        return depth;

        void Enter(object item)
        {
            path.Add((item, 0));
            if (item is Symbol symbol)
            {
                onPath.Add(symbol);
            }
        }
    }
}
