using System;
using System.Buffers;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Edges <c>From[k] → To[k]</c> as they are found, in two arrays rented from the shared pool (working memory of
/// a graph's construction, given back by <see cref="Release"/>); <see cref="Adjacency.FromEdges"/> packs them.
/// </summary>
internal sealed class EdgeList
{
    /// <summary>A list with room for <paramref name="capacity"/> edges before it grows.</summary>
    public EdgeList(int capacity)
    {
        From = ArrayPool<int>.Shared.Rent(Math.Max(16, capacity));
        To = ArrayPool<int>.Shared.Rent(From.Length);
    }

    /// <summary>Each edge's source; at least <see cref="Count"/> long.</summary>
    public int[] From { get; private set; }

    /// <summary>Each edge's target; at least <see cref="Count"/> long.</summary>
    public int[] To { get; private set; }

    /// <summary>How many edges were added.</summary>
    public int Count { get; private set; }

    /// <summary>Appends the edge <paramref name="from"/> → <paramref name="to"/>.</summary>
    public void Add(int from, int to)
    {
        if (Count == From.Length)
        {
            From = RentedArray.Grown(From, Count, Count + 1);
            To = RentedArray.Grown(To, Count, Count + 1);
        }

        From[Count] = from;
        To[Count] = to;
        Count++;
    }

    /// <summary>Gives both arrays back to the pool; the list is not used again.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(From);
        ArrayPool<int>.Shared.Return(To);
    }
}
