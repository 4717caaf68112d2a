using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Values;

/// <summary>
/// Reads and writes shell-results files (SPEC §4, Shell): tab-separated text whose first line names
/// the columns (any case); <c>command</c> and <c>output</c> are required, other columns are ignored.
/// A byte-order mark and CRLF line ends are accepted. The one reader for the generator and the CLI. A field
/// escapes <c>\</c> as <c>\\</c>, tab as <c>\t</c>, newline as <c>\n</c> and carriage return as
/// <c>\r</c>, so every record stays on one line; any other <c>\x</c> reads as <c>x</c>.
/// The same command recorded twice keeps its last output.
/// </summary>
public static class ShellResultsFile
{
    /// <summary>The header line this writer emits (without the newline).</summary>
    public const string Header = "command\toutput";

    /// <summary>Parses <paramref name="text"/> (named <paramref name="path"/> in diagnostics) into command → output.</summary>
    public static IReadOnlyDictionary<string, string> Read(string text, string path, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var start = lines.Length > 0 && lines[0].Length > 0 && lines[0][0] == '\uFEFF' ? 1 : 0;
        var header = lines.Length > 0 ? lines[0].Substring(start).Split('\t') : [];
        var commandColumn = ColumnOf(header, "command");
        var outputColumn = ColumnOf(header, "output");
        if (commandColumn < 0 || outputColumn < 0)
        {
            diagnostics.Add(KconfigDiagnostics.MalformedValuesLine, new SourceLocation(path, 1, 1), "a shell-results file needs a tab-separated header line naming the columns 'command' and 'output'");
            return result;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length <= System.Math.Max(commandColumn, outputColumn))
            {
                diagnostics.Add(KconfigDiagnostics.MalformedValuesLine, new SourceLocation(path, i + 1, 1), $"expected {header.Length} tab-separated fields, found {fields.Length}");
                continue;
            }

            result[Unescape(fields[commandColumn])] = Unescape(fields[outputColumn]);
        }

        return result;
    }

    /// <summary>The index of the header column named <paramref name="name"/> (trimmed, any case), or -1.</summary>
    private static int ColumnOf(string[] header, string name)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (string.Equals(header[i].Trim(), name, System.StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Formats <paramref name="results"/> with the <see cref="Header"/> line, one record per line.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, string>> results)
    {
        var builder = new StringBuilder(Header).Append('\n');
        foreach (var pair in results)
        {
            builder.Append(Escape(pair.Key)).Append('\t').Append(Escape(pair.Value)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Escapes one field (see the type's remarks).</summary>
    public static string Escape(string field)
    {
        var builder = new StringBuilder(field.Length);
        foreach (var c in field)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '\t' => builder.Append("\\t"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>.</summary>
    public static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c != '\\' || i + 1 == field.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = field[++i];
            builder.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => next,
            });
        }

        return builder.ToString();
    }
}
