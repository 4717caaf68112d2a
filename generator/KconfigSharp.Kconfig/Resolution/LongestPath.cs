using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The number of items on the longest path of an acyclic graph (<see cref="Adjacency"/>), by removing items
/// whose every predecessor is gone (Kahn's order): each edge is read once, in array order, with no path kept.
/// A path read backwards is a path of the reversed graph, so the "is used by" edges give the longest "reads" chain.
/// </summary>
internal static class LongestPath
{
    /// <summary>The items on the longest path of <paramref name="edges"/>, or -1 when the graph has a cycle.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static int Of(Adjacency edges, int itemCount)
    {
        var predecessors = RentedArray.Cleared<int>(itemCount);
        var length = RentedArray.Cleared<int>(itemCount);
        var ready = ArrayPool<int>.Shared.Rent(Math.Max(1, itemCount));
        try
        {
            for (var item = 0; item < itemCount; item++)
            {
                var start = edges.Start(item);
                var end = start + edges.Count(item);
                for (var k = start; k < end; k++)
                {
                    predecessors[edges.Target(k)]++;
                }
            }

            // ready[0 .. added) holds every item whose predecessors are all taken; taken advances through it.
            var added = 0;
            for (var item = 0; item < itemCount; item++)
            {
                if (predecessors[item] == 0)
                {
                    length[item] = 1;
                    ready[added++] = item;
                }
            }

            var longest = 0;
            for (var taken = 0; taken < added; taken++)
            {
                var item = ready[taken];
                var next = length[item] + 1;
                longest = Math.Max(longest, length[item]);
                var start = edges.Start(item);
                var end = start + edges.Count(item);
                for (var k = start; k < end; k++)
                {
                    var target = edges.Target(k);
                    if (length[target] < next)
                    {
                        length[target] = next;
                    }

                    if (--predecessors[target] == 0)
                    {
                        ready[added++] = target;
                    }
                }
            }

            // Items on a cycle (or behind one) never lose all their predecessors.
            return added == itemCount ? longest : -1;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(predecessors);
            ArrayPool<int>.Shared.Return(length);
            ArrayPool<int>.Shared.Return(ready);
        }
    }
}
