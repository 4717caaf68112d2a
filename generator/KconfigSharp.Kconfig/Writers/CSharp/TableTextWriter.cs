using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// Writes a table's text (<see cref="FlagMetadataTable"/>, <see cref="SymbolInfoTable"/>) into a builder,
/// either as is or already escaped as the inside of a C# string literal. The generated source holds each
/// table as a literal, so writing it quoted in place spares a builder, a string and a copy per table.
/// </summary>
internal readonly struct TableTextWriter(ChunkedTextBuilder builder, bool quoted)
{
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

    /// <summary>Appends characters that are no table separators (their table escaping is the caller's).</summary>
    public void Append(string text, int start, int length)
    {
        if (!quoted)
        {
            builder.Append(text, start, length);
            return;
        }

        var plain = start;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            if (FeatureFlagsWriter.NeedsLiteralEscape(text[i]))
            {
                builder.Append(text, plain, i - plain);
                FeatureFlagsWriter.AppendLiteralEscape(builder, text[i]);
                plain = i + 1;
            }
        }

        builder.Append(text, plain, end - plain);
    }

    /// <summary>A number as invariant digits (digits and <c>-</c> need no literal escape).</summary>
    public void Append(int number) => builder.Append(number);
}
