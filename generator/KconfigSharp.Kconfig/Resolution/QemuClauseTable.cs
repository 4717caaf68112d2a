namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The clauses of a QEMU resolve, numbered in the order they were added, stored in chunks of 256: one
/// exact array would be a large object for a QEMU target's ≈ 3,000 clauses (and large objects start
/// gen2 collections), and a list would copy its array as it grows. The table outlives the resolve: a
/// value's origin is described from its clause when first read.
/// </summary>
internal sealed class QemuClauseTable
{
    private const int ChunkShift = 8;
    private const int ChunkSize = 1 << ChunkShift;
    private QemuClause[][] _chunks = new QemuClause[16][];

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

        (_chunks[chunk] ??= new QemuClause[ChunkSize])[number & (ChunkSize - 1)] = clause;
        Count++;
        return number;
    }
}
