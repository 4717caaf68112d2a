using System;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// The kept help texts of one file not yet dedented: where each block lies in the file's text, which the
/// provider held as a string anyway (the generator's AdditionalFiles, tests, benchmarks), found by the line of
/// the entry it belongs to. <see cref="Model.MenuNode.Help"/> dedents its block on first read
/// (<see cref="HelpTextReader"/>, the reading the lexer does) and keeps the result, so a parse whose help
/// texts are never read pays 12 bytes per text instead of the text (NuttX ≈ 2 MB), in one array per file
/// (an object per text was 32 bytes: NuttX has 13,600), gathered in the parse's <see cref="HelpSpanScratch"/>. Until then the nodes keep the file's string alive.
/// Texts the parser decoded itself (the CLI's files) are dedented at once, since keeping them would cost
/// more than their help texts.
/// </summary>
internal sealed class DeferredHelpTexts
{
    [ThreadStatic]
    private static TextBuffer? t_scratch;

    private readonly string _source;

    // While the file is parsed: its blocks at the top of the parse's scratch, from _start. Then: (entry line,
    // start, end) for each text in _spans, in line order (a file's entries are parsed in order).
    private HelpSpanScratch? _gathering;
    private readonly int _start;
    private int[] _spans = [];

    /// <summary>A table over <paramref name="source"/> whose blocks gather in <paramref name="scratch"/> until <see cref="Seal"/>.</summary>
    public DeferredHelpTexts(string source, HelpSpanScratch scratch)
    {
        _source = source;
        _gathering = scratch;
        _start = scratch.Count;
        scratch.Open(this);
    }

    /// <summary>
    /// Keeps the block <c>[start, end)</c> of the file's text as the help of the entry at <paramref name="entryLine"/>;
    /// false (nothing kept) unless that line comes after every line kept so far.
    /// </summary>
    public bool TryAdd(int entryLine, int start, int end)
    {
        var scratch = _gathering!;
        if (scratch.Count > _start && scratch[scratch.Count - 3] >= entryLine)
        {
            return false;
        }

        scratch.Add(entryLine, start, end);
        return true;
    }

    /// <summary>Takes the file's blocks out of the parse's scratch, at their exact count (the parser calls it when the file ends).</summary>
    public void Seal()
    {
        if (_gathering is { } scratch)
        {
            _spans = scratch.Take(_start);
            _gathering = null;
        }
    }

    /// <summary>The help text of the entry at <paramref name="entryLine"/>, with the common indentation removed.</summary>
    public string Dedent(int entryLine)
    {
        // Sealed before the model is returned; while the file is still parsed, its blocks are read where they gather.
        var scratch = _gathering;
        var first = scratch is null ? 0 : _start;
        var count = ((scratch?.Count ?? _spans.Length) - first) / 3;
        int Item(int index) => scratch is null ? _spans[index] : scratch[first + index];

        var low = 0;
        var high = count - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Item(3 * middle) < entryLine)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (count == 0 || Item(3 * low) != entryLine)
        {
            throw new InvalidOperationException($"no help text kept for line {entryLine}");
        }

        return Dedent(_source, Item((3 * low) + 1), Item((3 * low) + 2));
    }

    /// <summary>The help block <c>[start, end)</c> of <paramref name="source"/>, dedented as the lexer reads it.</summary>
    public static string Dedent(string source, int start, int end)
    {
        var scratch = t_scratch ??= new TextBuffer(capacity: 1024);
        HelpTextReader.Read(source.AsSpan(0, end), start, scratch, out _, out _);
        return scratch.Slice(HelpTextReader.TrimmedLength(scratch)).ToString();
    }
}
