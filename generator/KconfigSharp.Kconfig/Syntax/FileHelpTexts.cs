using System;
using System.Threading;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// The help texts of one file's entries, found by the entry's line, and the file's path: a
/// <see cref="Model.MenuNode"/> with a help text holds this table in the one field that otherwise holds its
/// file's path (8 bytes less on every node: NuttX 32,000 nodes, 256 KB).
/// When the file's text is a string the provider held anyway (the generator's AdditionalFiles, tests,
/// benchmarks), each text is kept as where its block lies in that string, dedented on first read
/// (<see cref="HelpTextReader"/>, the reading the lexer does) and then kept here: a parse whose help texts are
/// never read pays 12 bytes per text instead of the text (NuttX ≈ 2 MB). Texts the parser decoded itself (the
/// CLI's files) are dedented at once, since keeping them would cost more than their help texts, and kept with
/// their entry's line (12 bytes a text). Either way one array per file (an object per text was 32 bytes:
/// NuttX has 13,600), gathered in the parse's <see cref="HelpSpanScratch"/>. Until then the nodes keep the
/// file's string alive.
/// </summary>
internal sealed class FileHelpTexts
{
    [ThreadStatic]
    private static TextBuffer? t_scratch;

    // The provider's string of the file's text when its blocks are kept as ranges of it; null when the texts are kept.
    private readonly string? _source;

    // While the file is parsed: its entries at the top of the parse's scratch, from _start (and _textStart). Then:
    // (entry line, start, end) for each block in _entries with _source, else the entry line, in line order (a
    // file's entries are parsed in order), and _texts: the texts kept, or the blocks dedented so far.
    private HelpSpanScratch? _gathering;
    private readonly int _start;
    private readonly int _textStart;
    private int[] _entries = [];
    private string?[]? _texts;

    /// <summary>
    /// A table of <paramref name="file"/>'s help texts, kept as ranges of <paramref name="source"/> when it is
    /// not null, else as texts; they gather in <paramref name="scratch"/> until <see cref="Seal"/>.
    /// </summary>
    public FileHelpTexts(string file, string? source, HelpSpanScratch scratch)
    {
        File = file;
        _source = source;
        _gathering = scratch;
        _start = scratch.Count;
        _textStart = scratch.TextCount;
        scratch.Open(this);
    }

    // A sealed table of one text (an entry whose help is not its file's table's: two help blocks, or out of line order).
    private FileHelpTexts(string file, int entryLine, string text)
    {
        File = file;
        _entries = [entryLine];
        _texts = [text];
    }

    /// <summary>The path of the file the entries are in (their location's file).</summary>
    public string File { get; }

    private int Stride => _source is null ? 1 : 3;

    /// <summary>A table holding only <paramref name="text"/>, for the entry at <paramref name="entryLine"/> of <paramref name="file"/>.</summary>
    public static FileHelpTexts Single(string file, int entryLine, string text) => new(file, entryLine, text);

    /// <summary>
    /// Keeps the block <c>[start, end)</c> of the file's text as the help of the entry at <paramref name="entryLine"/>;
    /// false (nothing kept) unless the table is over the provider's string and that line comes after every line kept so far.
    /// </summary>
    public bool TryAdd(int entryLine, int start, int end)
    {
        if (_source is null || !CanAdd(entryLine))
        {
            return false;
        }

        _gathering!.Add(entryLine, start, end);
        return true;
    }

    /// <summary>
    /// Keeps <paramref name="text"/> as the help of the entry at <paramref name="entryLine"/>; false (nothing kept)
    /// unless the table is one of decoded texts and that line comes after every line kept so far. (A file's text
    /// stops being the provider's string when a macro expansion outgrows its buffer: the texts after it are decoded.)
    /// </summary>
    public bool TryAdd(int entryLine, string text)
    {
        if (_source is not null || !CanAdd(entryLine))
        {
            return false;
        }

        _gathering!.Add(entryLine, text);
        return true;
    }

    private bool CanAdd(int entryLine)
    {
        var scratch = _gathering!;
        return scratch.Count == _start || scratch[scratch.Count - Stride] < entryLine;
    }

    /// <summary>Takes the file's entries out of the parse's scratch, at their exact count (the parser calls it when the file ends).</summary>
    public void Seal()
    {
        if (_gathering is { } scratch)
        {
            _entries = scratch.Take(_start, _textStart, out var texts);
            _texts = _source is null ? texts : null;
            _gathering = null;
        }
    }

    /// <summary>The help text of the entry at <paramref name="entryLine"/>, with the common indentation removed.</summary>
    public string TextOf(int entryLine)
    {
        // Sealed before the model is returned; while the file is still parsed, its entries are read where they gather.
        var scratch = _gathering;
        var stride = Stride;
        var first = scratch is null ? 0 : _start;
        var count = ((scratch?.Count ?? _entries.Length) - first) / stride;
        int Item(int index) => scratch is null ? _entries[index] : scratch[first + index];

        var low = 0;
        var high = count - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Item(stride * middle) < entryLine)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (count == 0 || Item(stride * low) != entryLine)
        {
            throw new InvalidOperationException($"no help text kept for line {entryLine}");
        }

        if (scratch is not null)
        {
            return _source is null ? scratch.TextAt(_textStart + low) : Dedent(_source, Item((3 * low) + 1), Item((3 * low) + 2));
        }

        // A block read before is read from here (two threads reading at once each store an equal string).
        var texts = Volatile.Read(ref _texts);
        if (texts?[low] is { } kept)
        {
            return kept;
        }

        var text = Dedent(_source!, _entries[(3 * low) + 1], _entries[(3 * low) + 2]);
        texts ??= Interlocked.CompareExchange(ref _texts, new string?[count], null) ?? _texts!;
        texts[low] = text;
        return text;
    }

    /// <summary>The help block <c>[start, end)</c> of <paramref name="source"/>, dedented as the lexer reads it.</summary>
    public static string Dedent(string source, int start, int end)
    {
        var scratch = t_scratch ??= new TextBuffer(capacity: 1024);
        HelpTextReader.Read(source.AsSpan(0, end), start, scratch, out _, out _);
        return scratch.Slice(HelpTextReader.TrimmedLength(scratch)).ToString();
    }
}
