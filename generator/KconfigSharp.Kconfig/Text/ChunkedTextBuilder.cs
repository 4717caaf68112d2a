using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace KconfigSharp.Kconfig.Text;

/// <summary>
/// Appends characters into fixed-size chunks and hands them over as a <see cref="ChunkedText"/>, without
/// the copy a <c>StringBuilder</c> makes into one string (issue 13: that copy of NuttX's 12 MB of generated
/// source was a fifth of the emission). Characters go into one working chunk; each full one is kept as ASCII
/// bytes when it is all ASCII (else as a copy of its characters), and the working chunk is written again.
/// Used once: <see cref="ToText"/> ends it.
/// </summary>
internal sealed class ChunkedTextBuilder
{
    private readonly List<byte[]?> _ascii;
    private readonly List<char[]?> _wide;
    private char[] _chunk;
    private int _position;

    /// <param name="expectedLength">A guess of the final length: sizes the chunk lists, and the working chunk of a short text.</param>
    public ChunkedTextBuilder(int expectedLength = 0)
    {
        _ascii = new List<byte[]?>((expectedLength >> ChunkedText.ChunkShift) + 1);
        _wide = new List<char[]?>((expectedLength >> ChunkedText.ChunkShift) + 1);
        _chunk = new char[Math.Min(Math.Max(expectedLength, 16), ChunkedText.ChunkSize)];
    }

    /// <summary>The number of characters appended so far.</summary>
    public int Length => (_ascii.Count << ChunkedText.ChunkShift) + _position;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ChunkedTextBuilder Append(char c)
    {
        if (_position == _chunk.Length)
        {
            NextChunk();
        }

        _chunk[_position++] = c;
        return this;
    }

    public ChunkedTextBuilder Append(string text) => Append(text, 0, text.Length);

    [MethodImpl(HotPath.Optimized)]
    public ChunkedTextBuilder Append(string text, int start, int count)
    {
        while (count > 0)
        {
            if (_position == _chunk.Length)
            {
                NextChunk();
            }

            var part = Math.Min(count, _chunk.Length - _position);
            text.CopyTo(start, _chunk, _position, part);
            _position += part;
            start += part;
            count -= part;
        }

        return this;
    }

    /// <summary>Appends <paramref name="text"/> (a name written into a buffer on the stack, not made a string).</summary>
    [MethodImpl(HotPath.Optimized)]
    public ChunkedTextBuilder Append(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            if (_position == _chunk.Length)
            {
                NextChunk();
            }

            var part = Math.Min(text.Length, _chunk.Length - _position);
            text.Slice(0, part).CopyTo(new Span<char>(_chunk, _position, part));
            _position += part;
            text = text.Slice(part);
        }

        return this;
    }

    /// <summary>Appends <paramref name="c"/> <paramref name="repeat"/> times (indentation).</summary>
    public ChunkedTextBuilder Append(char c, int repeat)
    {
        for (var i = 0; i < repeat; i++)
        {
            Append(c);
        }

        return this;
    }

    /// <summary>Appends <paramref name="number"/> in invariant decimal digits, without an intermediate string.</summary>
    public ChunkedTextBuilder Append(long number)
    {
        if (number < 0)
        {
            return Append(number.ToString(CultureInfo.InvariantCulture));
        }

        var digits = 1;
        for (var rest = number / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        Span<char> buffer = stackalloc char[20];
        for (var i = digits - 1; i >= 0; i--)
        {
            buffer[i] = (char)('0' + (int)(number % 10));
            number /= 10;
        }

        foreach (var c in buffer.Slice(0, digits))
        {
            Append(c);
        }

        return this;
    }

    /// <summary>Appends <paramref name="number"/> in upper-case hexadecimal digits, as <c>ToString("X")</c> writes them.</summary>
    public ChunkedTextBuilder AppendHex(ulong number)
    {
        var digits = 1;
        for (var rest = number >> 4; rest > 0; rest >>= 4)
        {
            digits++;
        }

        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            Append("0123456789ABCDEF"[(int)((number >> shift) & 0xF)]);
        }

        return this;
    }

    /// <summary>The text appended; the builder must not be used afterwards.</summary>
    public ChunkedText ToText()
    {
        var length = Length;
        if (_position > 0)
        {
            Keep(_position);
        }

        return new ChunkedText(_ascii.ToArray(), _wide.ToArray(), length);
    }

    /// <summary>The text appended so far as a string (a copy; the builder stays usable).</summary>
    public override string ToString()
    {
        var all = new char[Length];
        for (var i = 0; i < _ascii.Count; i++)
        {
            if (_ascii[i] is { } ascii)
            {
                Encoding.ASCII.GetChars(ascii, 0, ascii.Length, all, i << ChunkedText.ChunkShift);
            }
            else
            {
                Array.Copy(_wide[i]!, 0, all, i << ChunkedText.ChunkShift, ChunkedText.ChunkSize);
            }
        }

        Array.Copy(_chunk, 0, all, _ascii.Count << ChunkedText.ChunkShift, _position);
        return new string(all);
    }

    private void NextChunk()
    {
        if (_chunk.Length < ChunkedText.ChunkSize)
        {
            // A short text's working chunk grows to the full size before the first chunk is kept.
            Array.Resize(ref _chunk, Math.Min(_chunk.Length * 2, ChunkedText.ChunkSize));
            return;
        }

        Keep(ChunkedText.ChunkSize);
        _position = 0;
    }

    /// <summary>Keeps the first <paramref name="count"/> characters of the working chunk as the next chunk.</summary>
    [MethodImpl(HotPath.Optimized)]
    private void Keep(int count)
    {
        if (AsciiText.IsAscii(new ReadOnlySpan<char>(_chunk, 0, count)))
        {
            var ascii = new byte[count];
            Encoding.ASCII.GetBytes(_chunk, 0, count, ascii, 0);
            _ascii.Add(ascii);
            _wide.Add(null);
        }
        else
        {
            var wide = new char[count];
            Array.Copy(_chunk, 0, wide, 0, count);
            _ascii.Add(null);
            _wide.Add(wide);
        }
    }
}
