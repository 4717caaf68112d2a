using System.Collections.Generic;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// Every symbol reference of one parse in fixed-size chunks: where it is and the index of the same
/// symbol's previous reference. A symbol keeps only its last index and its count, so the 65,000 references
/// of a NuttX parse cost a few chunks instead of a <c>List</c> and its array per symbol (chunks are
/// never copied when they fill). An entry is 16 bytes: the file as a number into the parse's file
/// names, line, column and the link (a <see cref="SourceLocation"/> and a link array were 28).
/// The core only asks whether a symbol has references and for the first one;
/// <see cref="Symbol.References"/> builds the list when read.
/// </summary>
internal sealed class SymbolReferences
{
    // 2,048 entries (32 KB): below the large object heap's 85 KB, whose budget, once exceeded,
    // triggers a full collection of the whole model.
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;
    private const int FirstChunkSize = 16;

    private readonly List<Entry[]> _chunks = [];
    private readonly List<string> _files = [];
    private readonly Dictionary<string, int> _fileIds = new(System.StringComparer.Ordinal);
    private string? _lastFile;
    private int _lastFileId = -1;
    private int _count;

    /// <summary>Appends <paramref name="location"/> after <paramref name="last"/> (-1: the symbol's first) and returns its index.</summary>
    public int Add(int last, SourceLocation location)
    {
        var offset = _count & ChunkMask;
        if (offset == 0)
        {
            // The first chunk starts small and doubles (a one-expression parse makes a handful of references).
            _chunks.Add(new Entry[_count == 0 ? FirstChunkSize : ChunkSize]);
        }
        else if (offset == _chunks[_chunks.Count - 1].Length)
        {
            var chunk = _chunks[_chunks.Count - 1];
            System.Array.Resize(ref chunk, offset * 2);
            _chunks[_chunks.Count - 1] = chunk;
        }

        var index = _count++;
        _chunks[index >> ChunkShift][index & ChunkMask] = new Entry(FileId(location.File), location.Line, location.Column, last);
        return index;
    }

    public SourceLocation this[int index]
    {
        get
        {
            var entry = _chunks[index >> ChunkShift][index & ChunkMask];
            return new SourceLocation(_files[entry.File], entry.Line, entry.Column);
        }
    }

    /// <summary>The <paramref name="count"/> locations of the chain that ends at <paramref name="last"/>, in the order they were added.</summary>
    public SourceLocation[] Chain(int last, int count)
    {
        var result = new SourceLocation[count];
        for (int i = count - 1, index = last; i >= 0; i--, index = Previous(index))
        {
            result[i] = this[index];
        }

        return result;
    }

    /// <summary>The first location of the chain of <paramref name="count"/> that ends at <paramref name="last"/>.</summary>
    public SourceLocation First(int last, int count)
    {
        var index = last;
        for (var i = 1; i < count; i++)
        {
            index = Previous(index);
        }

        return this[index];
    }

    private int Previous(int index) => _chunks[index >> ChunkShift][index & ChunkMask].Previous;

    // References come file by file: the file of the last one is the usual answer.
    private int FileId(string file)
    {
        if (ReferenceEquals(file, _lastFile))
        {
            return _lastFileId;
        }

        if (!_fileIds.TryGetValue(file, out var id))
        {
            id = _files.Count;
            _files.Add(file);
            _fileIds.Add(file, id);
        }

        _lastFile = file;
        _lastFileId = id;
        return id;
    }

    private readonly struct Entry(int file, int line, int column, int previous)
    {
        public readonly int File = file;
        public readonly int Line = line;
        public readonly int Column = column;
        public readonly int Previous = previous;
    }
}
