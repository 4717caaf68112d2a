using System.Collections.Generic;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// Every symbol reference of one parse in fixed-size chunks: a location and the index of the same
/// symbol's next reference. A symbol keeps only its first and last index, so the 65,000 references
/// of a NuttX parse cost a few chunks instead of a <c>List</c> and its array per symbol (chunks are
/// never copied when they fill). The core only asks whether a symbol has references and for the
/// first one; <see cref="Symbol.References"/> builds the list when read.
/// </summary>
internal sealed class SymbolReferences
{
    // 2,048 locations (48 KB): below the large object heap's 85 KB, whose budget, once exceeded,
    // triggers a full collection of the whole model.
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;
    private const int FirstChunkSize = 16;

    private readonly List<SourceLocation[]> _locations = [];
    private readonly List<int[]> _next = [];
    private int _count;

    /// <summary>Appends <paramref name="location"/> after <paramref name="last"/> (-1: the symbol's first) and returns its index.</summary>
    public int Add(int last, SourceLocation location)
    {
        var offset = _count & ChunkMask;
        if (offset == 0)
        {
            // The first chunk starts small and doubles (a one-expression parse makes a handful of references).
            var size = _count == 0 ? FirstChunkSize : ChunkSize;
            _locations.Add(new SourceLocation[size]);
            _next.Add(new int[size]);
        }
        else if (offset == _locations[_locations.Count - 1].Length)
        {
            var chunk = _locations.Count - 1;
            var locations = _locations[chunk];
            var next = _next[chunk];
            System.Array.Resize(ref locations, offset * 2);
            System.Array.Resize(ref next, offset * 2);
            _locations[chunk] = locations;
            _next[chunk] = next;
        }

        var index = _count++;
        _locations[index >> ChunkShift][index & ChunkMask] = location;
        _next[index >> ChunkShift][index & ChunkMask] = -1;
        if (last >= 0)
        {
            _next[last >> ChunkShift][last & ChunkMask] = index;
        }

        return index;
    }

    public SourceLocation this[int index] => _locations[index >> ChunkShift][index & ChunkMask];

    /// <summary>The locations of the chain that starts at <paramref name="first"/>, in the order they were added.</summary>
    public SourceLocation[] Chain(int first, int count)
    {
        var result = new SourceLocation[count];
        for (int i = 0, index = first; i < count; i++, index = _next[index >> ChunkShift][index & ChunkMask])
        {
            result[i] = this[index];
        }

        return result;
    }
}
