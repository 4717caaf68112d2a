using System;
using System.IO;
using System.Text;

namespace KconfigSharp.Kconfig.Text;

/// <summary>
/// An immutable text held in fixed-size chunks, compared by content: what <see cref="ChunkedTextBuilder"/>
/// writes. A big tree's generated source (NuttX: 5.9 M characters) lives in chunks below the large-object
/// size, so it is never copied into one string: the generator hands the chunks to the compiler as they are.
/// A chunk whose characters are all ASCII (nearly every one: C# keywords, Kconfig names, tables) is kept one
/// byte per character, half the memory of a <c>char[]</c>; a chunk with any other character is kept as chars.
/// </summary>
public sealed class ChunkedText : IEquatable<ChunkedText>
{
    /// <summary>Characters per chunk: a power of two, 16 KB as bytes, 32 KB as chars, below the large-object heap's 85,000 bytes.</summary>
    internal const int ChunkSize = 1 << ChunkShift;

    internal const int ChunkShift = 14;

    // Chunk k is _ascii[k] (one byte per character) or, when that is null, _wide[k].
    private readonly byte[]?[] _ascii;
    private readonly char[]?[] _wide;
    private int _hash;

    /// <summary>
    /// Takes the chunks: each but the last holds <see cref="ChunkSize"/> characters, the last the rest of
    /// <paramref name="length"/>; chunk k is <paramref name="ascii"/>[k] or, when that is null, <paramref name="wide"/>[k].
    /// </summary>
    internal ChunkedText(byte[]?[] ascii, char[]?[] wide, int length)
    {
        _ascii = ascii;
        _wide = wide;
        Length = length;
    }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The character at <paramref name="index"/>.</summary>
    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var chunk = index >> ChunkShift;
            return _ascii[chunk] is { } ascii ? (char)ascii[index & (ChunkSize - 1)] : _wide[chunk]![index & (ChunkSize - 1)];
        }
    }

    /// <summary>Copies <paramref name="count"/> characters from <paramref name="sourceIndex"/> on into <paramref name="destination"/>.</summary>
    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        while (count > 0)
        {
            var chunk = sourceIndex >> ChunkShift;
            var offset = sourceIndex & (ChunkSize - 1);
            var part = Math.Min(count, ChunkSize - offset);
            if (_ascii[chunk] is { } ascii)
            {
                // ASCII bytes widen to the same characters (vectorized by the runtime).
                Encoding.ASCII.GetChars(ascii, offset, part, destination, destinationIndex);
            }
            else
            {
                Array.Copy(_wide[chunk]!, offset, destination, destinationIndex, part);
            }

            sourceIndex += part;
            destinationIndex += part;
            count -= part;
        }
    }

    /// <summary>Writes the text to <paramref name="writer"/> chunk by chunk.</summary>
    public void WriteTo(TextWriter writer)
    {
        var buffer = new char[Math.Min(ChunkSize, Length)];
        for (var start = 0; start < Length; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize, Length - start);
            CopyTo(start, buffer, 0, count);
            writer.Write(buffer, 0, count);
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

        for (var chunk = 0; chunk < _ascii.Length; chunk++)
        {
            // Equal chunks are kept the same way: whether a chunk is bytes depends only on its characters.
            var same = _ascii[chunk] is { } mine
                ? other._ascii[chunk] is { } theirs && mine.AsSpan().SequenceEqual(theirs)
                : other._wide[chunk] is { } theirWide && _wide[chunk].AsSpan().SequenceEqual(theirWide);
            if (!same)
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
            for (var chunk = 0; chunk < _ascii.Length; chunk++)
            {
                if (_ascii[chunk] is { } ascii)
                {
                    foreach (var b in ascii)
                    {
                        hash = unchecked((hash * 31) + b);
                    }
                }
                else
                {
                    foreach (var c in _wide[chunk]!)
                    {
                        hash = unchecked((hash * 31) + c);
                    }
                }
            }

            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }
}
