using System.Buffers;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Clauses of a QEMU resolve, numbered in the order they were added, stored in chunks of 256: one
/// exact array would be a large object for a QEMU target's ≈ 3,000 clauses (and large objects start
/// gen2 collections), and a list would copy its array as it grows. A rented table's chunks come from
/// the array pool and go back on <see cref="Release"/>; a kept one outlives the resolve (the clauses a
/// value's origin is described from when first read).
/// </summary>
internal sealed class QemuClauseTable(bool rented)
{
    private const int ChunkShift = 8;
    private const int ChunkSize = 1 << ChunkShift;
    private QemuClause[][] _chunks = new QemuClause[4][];

    /// <summary>How many clauses were added.</summary>
    public int Count { get; private set; }

    /// <summary>The clause numbered <paramref name="number"/>, in place.</summary>
    public ref QemuClause this[int number] => ref _chunks[number >> ChunkShift][number & (ChunkSize - 1)];

    /// <summary>Adds <paramref name="clause"/> and returns its number.</summary>
    public int Add(in QemuClause clause)
    {
        var number = Count;
        var chunk = number >> ChunkShift;
        if (chunk == _chunks.Length)
        {
            System.Array.Resize(ref _chunks, chunk * 2);
        }

        (_chunks[chunk] ??= rented ? ArrayPool<QemuClause>.Shared.Rent(ChunkSize) : new QemuClause[ChunkSize])[number & (ChunkSize - 1)] = clause;
        Count++;
        return number;
    }

    /// <summary>Gives a rented table's chunks back to the pool, their used part cleared (so the pool keeps no symbol alive); the table is not read again.</summary>
    public void Release()
    {
        if (!rented)
        {
            return;
        }

        for (var chunk = 0; chunk < _chunks.Length && _chunks[chunk] is { } clauses; chunk++)
        {
            System.Array.Clear(clauses, 0, System.Math.Min(ChunkSize, Count - (chunk << ChunkShift)));
            ArrayPool<QemuClause>.Shared.Return(clauses);
            _chunks[chunk] = null!;
        }
    }
}
