using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// Writes a table's text (<see cref="FlagMetadataTable"/>, <see cref="SymbolInfoTable"/>) into a builder,
/// either as is or already escaped as the inside of a C# string literal. The generated source holds each
/// table as a literal, so writing it quoted in place spares a builder, a string and a copy per table.
/// </summary>
/// <param name="builder">Where the text goes.</param>
/// <param name="quoted">Whether the text is written escaped as the inside of a C# string literal.</param>
/// <param name="separators">The characters the table escapes with <c>\</c> in a field: <c>\</c>, tab and line breaks, and for <see cref="FieldSeparators.WithCommaAndColon"/> also <c>,</c> and <c>:</c>.</param>
internal readonly struct TableTextWriter(ChunkedTextBuilder builder, bool quoted, TableTextWriter.FieldSeparators separators)
{
    /// <summary>What a table escapes inside its fields.</summary>
    public enum FieldSeparators
    {
        /// <summary><c>\</c>, tab, <c>\n</c>, <c>\r</c>.</summary>
        TabAndLineBreaks = Escapes.Table,

        /// <summary>Those and <c>,</c> and <c>:</c> (the metadata table's list separators).</summary>
        WithCommaAndColon = Escapes.Table | Escapes.CommaOrColon,
    }

    [System.Flags]
    private enum Escapes : byte
    {
        None = 0,
        Table = 1,
        CommaOrColon = 2,
        Literal = 4,
    }

    // Per ASCII character, what may escape it: one look-up per character decides a field's plain characters,
    // where a table escape followed by a literal escape scanned every field twice.
    private static readonly Escapes[] AsciiEscapes = AsciiEscapesTable();

    private readonly Escapes _mask = (Escapes)separators | (quoted ? Escapes.Literal : Escapes.None);

    public void Append(char c)
    {
        if (quoted && FeatureFlagsWriter.NeedsLiteralEscape(c))
        {
            FeatureFlagsWriter.AppendLiteralEscape(builder, c);
        }
        else
        {
            builder.Append(c);
        }
    }

    /// <summary>A number as invariant digits (digits and <c>-</c> need no literal escape).</summary>
    public void Append(int number) => builder.Append(number);

    /// <summary>
    /// Appends <paramref name="length"/> characters of a field from <paramref name="start"/> on, each separator
    /// of the table escaped with <c>\</c> (<c>\t</c>, <c>\n</c>, <c>\r</c>, else the character itself) and,
    /// when quoted, the result escaped for the literal, in one pass.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public void AppendField(string text, int start, int length)
    {
        var mask = _mask;
        var plain = start;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            // Past the characters nothing escapes, many at a time; then this per-character check decides.
            i = PlainRun.End(text, i, end, '\\', '"', ',', ':');
            if (i == end)
            {
                break;
            }

            var c = text[i];
            var escapes = c < 128 ? AsciiEscapes[c] & mask : quoted && FeatureFlagsWriter.NeedsLiteralEscape(c) ? Escapes.Literal : Escapes.None;
            if (escapes == Escapes.None)
            {
                continue;
            }

            builder.Append(text, plain, i - plain);
            plain = i + 1;
            if ((escapes & (Escapes.Table | Escapes.CommaOrColon)) != 0)
            {
                // The table's backslash, then the character's letter or itself, each escaped for the literal in turn.
                Append('\\');
                Append(c switch { '\t' => 't', '\n' => 'n', '\r' => 'r', _ => c });
            }
            else
            {
                FeatureFlagsWriter.AppendLiteralEscape(builder, c);
            }
        }

        builder.Append(text, plain, end - plain);
    }

    /// <summary>Appends a field of ASCII letters, digits and <c>_</c> (a member name), which nothing escapes.</summary>
    public void AppendIdentifier(System.ReadOnlySpan<char> identifier) => builder.Append(identifier);

    /// <summary>Appends a whole field (<see cref="AppendField(string, int, int)"/>).</summary>
    public void AppendField(string text) => AppendField(text, 0, text.Length);

    private static Escapes[] AsciiEscapesTable()
    {
        var table = new Escapes[128];
        for (var c = (char)0; c < 128; c++)
        {
            table[c] = (c is '\\' or '\t' or '\n' or '\r' ? Escapes.Table : Escapes.None)
                | (c is ',' or ':' ? Escapes.CommaOrColon : Escapes.None)
                | (FeatureFlagsWriter.NeedsLiteralEscape(c) ? Escapes.Literal : Escapes.None);
        }

        return table;
    }
}
