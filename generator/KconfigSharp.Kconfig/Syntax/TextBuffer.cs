using System;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// A growable run of characters reused for one text at a time (help texts): appended from slices of
/// the source, read back as a span, so a text becomes one string of exact length (or an interned one)
/// without a <see cref="System.Text.StringBuilder"/>'s chunks and final copy.
/// </summary>
internal sealed class TextBuffer
{
    private char[] _chars;

    public TextBuffer(int capacity) => _chars = new char[capacity];

    /// <summary>The characters written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>The character at <paramref name="index"/> (below <see cref="Length"/>).</summary>
    public char this[int index] => _chars[index];

    public void Clear() => Length = 0;

    /// <summary>Appends <paramref name="text"/>.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        EnsureRoom(text.Length);
        text.CopyTo(new Span<char>(_chars, Length, text.Length));
        Length += text.Length;
    }

    /// <summary>Appends <paramref name="c"/> <paramref name="count"/> times.</summary>
    public void Append(char c, int count = 1)
    {
        EnsureRoom(count);
        for (var i = 0; i < count; i++)
        {
            _chars[Length++] = c;
        }
    }

    /// <summary>The first <paramref name="length"/> characters written.</summary>
    public ReadOnlySpan<char> Slice(int length) => new(_chars, 0, length);

    private void EnsureRoom(int count)
    {
        if (Length + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
        }
    }
}
