using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// <c>FeatureFlags.Symbols</c> as one string constant, decoded on first use by the generated
/// <c>KconfigSymbolInfo.Decode</c> (<see cref="FeatureFlagsAttributes"/>) instead of one constructor call
/// per symbol: NuttX's 22,000 rows were a 2.5 MB static initializer the compiler bound and emitted.
/// </summary>
/// <remarks>
/// Lines end with <c>\n</c>, fields with <c>\t</c>. Line 1: the definition files. Then one line per
/// symbol: name, member (empty when it is the name), type (<c>b</c>ool, <c>t</c>ristate, <c>s</c>tring,
/// <c>i</c>nt, <c>h</c>ex), value, and the definition sites as <c>file number:line</c> joined by
/// <c>,</c> (<c>?</c> for a site outside any file). A <c>\</c> in a name, value or file escapes the next
/// character (<c>\t</c> tab, <c>\n</c> and <c>\r</c> line breaks, else the character itself), so the
/// separators never occur inside a field.
/// </remarks>
internal static class SymbolInfoTable
{
    public static string Write(List<(ResolvedSymbol Symbol, string Member)> members)
    {
        var fileNumbers = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var files = new StringBuilder();
        var rows = new StringBuilder(members.Count * 40);
        foreach (var (symbol, member) in members)
        {
            AppendEscaped(rows, symbol.Name);
            rows.Append('\t');
            var memberName = member.TrimStart('@');
            if (memberName != symbol.Name)
            {
                AppendEscaped(rows, memberName);
            }

            rows.Append('\t').Append(TypeCode(symbol.Type)).Append('\t');
            AppendEscaped(rows, symbol.Value);
            rows.Append('\t');
            for (var i = 0; i < symbol.DefinedAt.Count; i++)
            {
                var site = symbol.DefinedAt[i];
                if (i > 0)
                {
                    rows.Append(',');
                }

                if (!site.IsInFile)
                {
                    rows.Append('?');
                    continue;
                }

                if (!fileNumbers.TryGetValue(site.File, out var number))
                {
                    number = fileNumbers.Count;
                    fileNumbers.Add(site.File, number);
                    if (number > 0)
                    {
                        files.Append('\t');
                    }

                    AppendEscaped(files, site.File);
                }

                rows.Append(number.ToString(CultureInfo.InvariantCulture)).Append(':').Append(site.Line.ToString(CultureInfo.InvariantCulture));
            }

            rows.Append('\n');
        }

        return files.Append('\n').Append(rows).ToString();
    }

    private static char TypeCode(KconfigType type) => type switch
    {
        KconfigType.Tristate => 't',
        KconfigType.String => 's',
        KconfigType.Int => 'i',
        KconfigType.Hex => 'h',
        _ => 'b',
    };

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append(c); break;
            }
        }
    }
}
