using System;
using System.IO;

namespace KconfigSharp.Kconfig.Text;

/// <summary>
/// An immutable text held in fixed-size chunks, compared by content: what <see cref="ChunkedTextBuilder"/>
/// writes. A big tree's generated source (NuttX: 5.9 M characters) lives in chunks below the large-object
/// size, so it is never copied into one string: the generator hands the chunks to the compiler as they are.
/// </summary>
public sealed class ChunkedText : IEquatable<ChunkedText>
{
    /// <summary>Characters per chunk: a power of two, 32 KB each, below the large-object heap's 85,000 bytes.</summary>
    internal const int ChunkShift = 14;

    internal const int ChunkSize = 1 << ChunkShift;

    private readonly char[][] _chunks;
    private int _hash;

    /// <summary>
    /// Takes <paramref name="chunks"/>: each but the last holds <see cref="ChunkSize"/> characters, the last the rest
    /// of <paramref name="length"/> (and may be shorter than <see cref="ChunkSize"/> when it is the only one).
    /// </summary>
    internal ChunkedText(char[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The character at <paramref name="index"/>.</summary>
    public char this[int index] => (uint)index < (uint)Length
        ? _chunks[index >> ChunkShift][index & (ChunkSize - 1)]
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Copies <paramref name="count"/> characters from <paramref name="sourceIndex"/> on into <paramref name="destination"/>.</summary>
    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        while (count > 0)
        {
            var offset = sourceIndex & (ChunkSize - 1);
            var part = Math.Min(count, ChunkSize - offset);
            Array.Copy(_chunks[sourceIndex >> ChunkShift], offset, destination, destinationIndex, part);
            sourceIndex += part;
            destinationIndex += part;
            count -= part;
        }
    }

    /// <summary>Writes the text to <paramref name="writer"/> chunk by chunk.</summary>
    public void WriteTo(TextWriter writer)
    {
        for (var start = 0; start < Length; start += ChunkSize)
        {
            writer.Write(_chunks[start >> ChunkShift], 0, Math.Min(ChunkSize, Length - start));
        }
    }

    /// <summary>The text as one string (a copy).</summary>
    public override string ToString()
    {
        var all = new char[Length];
        CopyTo(0, all, 0, Length);
        return new string(all);
    }

    /// <summary>Whether <paramref name="other"/> holds the same characters.</summary>
    public bool Equals(ChunkedText? other)
    {
        if (other is null || other.Length != Length)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        for (var start = 0; start < Length; start += ChunkSize)
        {
            var mine = _chunks[start >> ChunkShift];
            var theirs = other._chunks[start >> ChunkShift];
            var count = Math.Min(ChunkSize, Length - start);
            if (!mine.AsSpan(0, count).SequenceEqual(theirs.AsSpan(0, count)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ChunkedText);

    /// <summary>A hash of the whole content, computed on first use (the pipeline compares with <see cref="Equals(ChunkedText)"/>).</summary>
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = Length;
            for (var i = 0; i < Length; i++)
            {
                hash = unchecked((hash * 31) + _chunks[i >> ChunkShift][i & (ChunkSize - 1)]);
            }

            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }
}
