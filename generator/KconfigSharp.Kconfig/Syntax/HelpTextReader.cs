using System;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// The one reading of a help block (LKC's <c>lexer.l</c> help state, Kconfiglib <c>_read_help</c>), used
/// by the lexer while it parses and by <see cref="FileHelpTexts"/> when a kept help text is first read.
/// The block starts at the line after <c>help</c> and ends at the first non-blank line indented less than
/// its first non-blank line (tabs count to the next multiple of 8); a first line with no indentation means
/// there is no help text. That indentation is removed; blank lines count only between text lines.
/// </summary>
internal static class HelpTextReader
{
    /// <summary>
    /// Reads the block starting at <paramref name="start"/> of <paramref name="text"/>. Returns where it
    /// ends (the start of the line that ended it, or the text's end); <paramref name="lineBreaks"/> is the
    /// number of line breaks read and <paramref name="lineStart"/> the index after the last of them
    /// (<paramref name="start"/> when none). With <paramref name="dedented"/>, the text is written into it
    /// (cleared first), trailing white space included.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static int Read(ReadOnlySpan<char> text, int start, TextBuffer? dedented, out int lineBreaks, out int lineStart)
    {
        dedented?.Clear();
        var hasText = false;
        var helpIndent = -1;
        var pendingBlankLines = 0;
        var position = start;
        lineBreaks = 0;
        lineStart = start;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var indent = MeasureIndent(text, position, lineEnd, out var contentStart);
            if (contentStart == lineEnd)
            {
                if (hasText)
                {
                    pendingBlankLines++;
                }
            }
            else
            {
                if (helpIndent < 0)
                {
                    if (indent == 0)
                    {
                        break;
                    }

                    helpIndent = indent;
                }
                else if (indent < helpIndent)
                {
                    break;
                }

                if (dedented is not null)
                {
                    if (hasText)
                    {
                        dedented.Append('\n', pendingBlankLines + 1);
                    }

                    AppendDedented(dedented, text.Slice(position, lineEnd - position), helpIndent);
                }

                pendingBlankLines = 0;
                hasText = true;
            }

            position = lineEnd;
            if (position < text.Length)
            {
                position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                lineBreaks++;
                lineStart = position;
            }
        }

        return position;
    }

    /// <summary>How many characters of <paramref name="dedented"/> remain once its trailing white space is dropped.</summary>
    public static int TrimmedLength(TextBuffer dedented)
    {
        var length = dedented.Length;
        while (length > 0 && char.IsWhiteSpace(dedented[length - 1]))
        {
            length--;
        }

        return length;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        var end = text.Slice(start).IndexOfAny('\n', '\r');
        return end < 0 ? text.Length : start + end;
    }

    private static int MeasureIndent(ReadOnlySpan<char> text, int start, int end, out int contentStart)
    {
        var indent = 0;
        var i = start;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent = (indent / 8 + 1) * 8;
            }
            else
            {
                break;
            }
        }

        contentStart = i;
        return indent;
    }

    /// <summary>
    /// Appends the line without its first <paramref name="removeColumns"/> columns. Kconfiglib expands
    /// every tab of the line (expandtabs) before dropping the indentation; without tabs, columns are
    /// characters and the rest of the line is copied as is.
    /// </summary>
    private static void AppendDedented(TextBuffer builder, ReadOnlySpan<char> line, int removeColumns)
    {
        if (line.IndexOf('\t') < 0)
        {
            builder.Append(line.Slice(removeColumns));
            return;
        }

        var column = 0;
        foreach (var c in line)
        {
            var next = c == '\t' ? (column / 8 + 1) * 8 : column + 1;
            var from = column < removeColumns ? removeColumns : column;
            if (next > from)
            {
                builder.Append(c == '\t' ? ' ' : c, next - from);
            }

            column = next;
        }
    }
}
