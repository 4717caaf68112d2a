using System;
using System.Buffers;

namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// The text of one file being parsed, in a character array rented from <see cref="ArrayPool{T}.Shared"/>
/// and reused for the next file once this one is parsed (<see cref="IKconfigBufferedFileProvider"/>).
/// A provider asks <see cref="Reserve"/> for room, writes the text from index 0 and calls
/// <see cref="SetLength"/>, or hands over a string with <see cref="SetText"/>.
/// </summary>
public sealed class KconfigFileBuffer
{
    private char[] _chars = [];

    /// <summary>An empty buffer (the parser makes one per level of <c>source</c>; tests of providers make their own).</summary>
    public KconfigFileBuffer()
    {
    }

    /// <summary>Characters of the file's text at the start of <see cref="Chars"/>.</summary>
    public int Length { get; private set; }

    /// <summary>The text written.</summary>
    public ReadOnlySpan<char> AsSpan() => new(_chars, 0, Length);

    /// <summary>The array the text is in (longer than <see cref="Length"/>).</summary>
    internal char[] Chars => _chars;

    /// <summary>
    /// The string the text was copied from (<see cref="SetText"/>), which its provider holds anyway; null
    /// when the text was written in directly. Help texts are then kept as ranges of it (<c>FileHelpTexts</c>).
    /// </summary>
    internal string? Source { get; private set; }

    /// <summary>
    /// How far the text after the last macro expansion (<see cref="Splice"/>) lies from the same text in
    /// <see cref="Source"/>: an index there is this much lower.
    /// </summary>
    internal int SourceShift { get; private set; }

    /// <summary>
    /// An array of at least <paramref name="capacity"/> characters to write the text into from index 0
    /// (its previous contents are not kept).
    /// </summary>
    public char[] Reserve(int capacity)
    {
        Length = 0;
        Source = null;
        SourceShift = 0;
        if (_chars.Length < capacity)
        {
            Release();
            _chars = ArrayPool<char>.Shared.Rent(capacity);
        }

        return _chars;
    }

    /// <summary>Sets how many characters of the reserved array are the text.</summary>
    public void SetLength(int length)
    {
        if (length < 0 || length > _chars.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        Length = length;
    }

    /// <summary>Copies <paramref name="text"/> in as the file's text.</summary>
    public void SetText(string text)
    {
        var chars = Reserve(text.Length);
        text.CopyTo(0, chars, 0, text.Length);
        Length = text.Length;
        Source = text;
    }

    /// <summary>
    /// Replaces <c>[start, end)</c> of the text with <paramref name="replacement"/> (a macro expansion),
    /// moving the rest of the text; grows into a larger array when needed.
    /// </summary>
    internal void Splice(int start, int end, string replacement)
    {
        var newLength = Length - (end - start) + replacement.Length;
        if (newLength > _chars.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(newLength);
            Array.Copy(_chars, 0, larger, 0, start);
            Array.Copy(_chars, end, larger, start + replacement.Length, Length - end);
            Release();
            _chars = larger;
        }
        else
        {
            Array.Copy(_chars, end, _chars, start + replacement.Length, Length - end);
        }

        replacement.CopyTo(0, _chars, start, replacement.Length);
        SourceShift += newLength - Length;
        Length = newLength;
    }

    /// <summary>Gives the array back to the pool; the buffer is empty (and usable) afterwards.</summary>
    internal void Release()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = [];
        Length = 0;
        Source = null;
        SourceShift = 0;
    }
}
