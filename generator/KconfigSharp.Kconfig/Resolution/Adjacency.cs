using System.Buffers;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Edges of a graph over dense item numbers, packed (compressed sparse rows): item <c>i</c>'s
/// targets are <c>Target(Start(i))</c> up to <c>Target(Start(i + 1) - 1)</c>. Two arrays for the
/// whole graph instead of a list per item.
/// </summary>
internal sealed class Adjacency
{
    private readonly int[] _start;
    private readonly int[] _targets;
    private readonly bool _rented;

    private Adjacency(int[] start, int[] targets, bool rented)
    {
        _start = start;
        _targets = targets;
        _rented = rented;
    }

    /// <summary>Where <paramref name="item"/>'s targets begin.</summary>
    public int Start(int item) => _start[item];

    /// <summary>How many targets <paramref name="item"/> has.</summary>
    public int Count(int item) => _start[item + 1] - _start[item];

    /// <summary>The target at a position from <see cref="Start"/>.</summary>
    public int Target(int position) => _targets[position];

    /// <summary>
    /// Packs the first <paramref name="edgeCount"/> edges <c>from[k] → to[k]</c>; each item's
    /// targets keep the order they have in the arrays. A <paramref name="rented"/> adjacency is working
    /// memory from the array pool, read only until <see cref="Release"/>.
    /// </summary>
    public static Adjacency FromEdges(int itemCount, int[] from, int[] to, int edgeCount, bool rented = false)
    {
        var start = rented ? ArrayPool<int>.Shared.Rent(itemCount + 1) : new int[itemCount + 1];
        System.Array.Clear(start, 0, itemCount + 1);
        for (var k = 0; k < edgeCount; k++)
        {
            start[from[k] + 1]++;
        }

        for (var i = 0; i < itemCount; i++)
        {
            start[i + 1] += start[i];
        }

        // Where each item's next target goes: a working array, rented.
        var next = ArrayPool<int>.Shared.Rent(itemCount);
        System.Array.Copy(start, next, itemCount);
        var targets = rented ? ArrayPool<int>.Shared.Rent(edgeCount) : new int[edgeCount];
        for (var k = 0; k < edgeCount; k++)
        {
            targets[next[from[k]]++] = to[k];
        }

        ArrayPool<int>.Shared.Return(next);
        return new Adjacency(start, targets, rented);
    }

    /// <summary>Gives a rented adjacency's arrays back to the pool; it is not read again.</summary>
    public void Release()
    {
        if (_rented)
        {
            ArrayPool<int>.Shared.Return(_start);
            ArrayPool<int>.Shared.Return(_targets);
        }
    }
}
