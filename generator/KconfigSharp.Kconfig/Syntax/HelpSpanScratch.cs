using System.Buffers;
using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Where the help blocks of the files being parsed are gathered (one rented array for the parse): each file's
/// <see cref="FileHelpTexts"/> adds its entries (blocks, or lines with their decoded texts) at the top while its
/// file is parsed (a file sourced in the middle of another is parsed to its end, and its entries taken away,
/// before the other goes on), and takes them as arrays of exactly their count when its file ends. Growing an array per file, and trimming it, cost
/// more than the 32-byte object per text it replaces.
/// </summary>
internal sealed class HelpSpanScratch
{
    private readonly List<FileHelpTexts> _open = [];
    private int[] _items = [];

    // The decoded texts (a parse whose files came as the provider's strings has none).
    private List<string>? _texts;

    /// <summary>Items gathered and not yet taken.</summary>
    public int Count { get; private set; }

    /// <summary>Decoded texts gathered and not yet taken.</summary>
    public int TextCount => _texts?.Count ?? 0;

    /// <summary>The item at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public int this[int index] => _items[index];

    /// <summary>Starts gathering for <paramref name="texts"/>, whose items begin at <see cref="Count"/>.</summary>
    public void Open(FileHelpTexts texts) => _open.Add(texts);

    /// <summary>Adds one block: its entry's line and its range.</summary>
    public void Add(int entryLine, int start, int end)
    {
        if (Count + 3 > _items.Length)
        {
            _items = RentedArray.Grown(_items, Count, 3 * 256);
        }

        _items[Count] = entryLine;
        _items[Count + 1] = start;
        _items[Count + 2] = end;
        Count += 3;
    }

    /// <summary>Adds one decoded text: its entry's line and the text.</summary>
    public void Add(int entryLine, string text)
    {
        if (Count + 1 > _items.Length)
        {
            _items = RentedArray.Grown(_items, Count, 3 * 256);
        }

        _items[Count++] = entryLine;
        (_texts ??= []).Add(text);
    }

    /// <summary>The decoded text at <paramref name="index"/> (below <see cref="TextCount"/>).</summary>
    public string TextAt(int index) => _texts![index];

    /// <summary>
    /// The items from <paramref name="start"/> on, as an exact array, and the texts from <paramref name="textStart"/> on
    /// (null when there are none), removed from here with their table.
    /// </summary>
    public int[] Take(int start, int textStart, out string?[]? texts)
    {
        var taken = new int[Count - start];
        System.Array.Copy(_items, start, taken, 0, taken.Length);
        Count = start;
        texts = null;
        if (TextCount > textStart)
        {
            var takenTexts = new string[TextCount - textStart];
            _texts!.CopyTo(textStart, takenTexts, 0, takenTexts.Length);
            _texts.RemoveRange(textStart, takenTexts.Length);
            texts = takenTexts;
        }

        _open.RemoveAt(_open.Count - 1);
        return taken;
    }

    /// <summary>Seals every table still gathering (a parse that stopped inside files), innermost first, and gives the array back.</summary>
    public void Release()
    {
        while (_open.Count > 0)
        {
            _open[_open.Count - 1].Seal();
        }

        if (_items.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_items);
        }

        _items = [];
        Count = 0;
        _texts?.Clear();
    }
}
