using System.Globalization;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers;

/// <summary>
/// Writes a resolved configuration as JSON (SPEC §7):
/// <c>{ "symbols": [ { "name", "type", "value", "visible", "definedAt": ["file:line"] } ], "diagnostics": [ { "id", "severity", "message", "file", "line", "column" } ] }</c>.
/// Hand-written so the netstandard2.0 core needs no JSON package; output is indented with two
/// spaces, ends with a newline, and escapes per RFC 8259.
/// </summary>
public static class JsonWriter
{
    /// <summary>Formats <paramref name="configuration"/> as JSON.</summary>
    public static string Write(ResolvedConfiguration configuration)
    {
        var builder = new StringBuilder();
        builder.Append("{\n  \"symbols\": [");
        var first = true;
        foreach (var symbol in configuration.Symbols)
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            builder.Append("    { \"name\": ").Append(Quote(symbol.Name))
                .Append(", \"type\": ").Append(Quote(symbol.Type.ToKeyword()))
                .Append(", \"value\": ").Append(Quote(symbol.Value))
                .Append(", \"visible\": ").Append(symbol.IsVisible ? "true" : "false")
                .Append(", \"definedAt\": [");
            for (var i = 0; i < symbol.DefinedAt.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : ", ").Append(Quote(symbol.DefinedAt[i].ToString()));
            }

            builder.Append("] }");
        }

        builder.Append(first ? "],\n" : "\n  ],\n");
        builder.Append("  \"diagnostics\": [");
        first = true;
        foreach (var diagnostic in configuration.Diagnostics)
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            builder.Append("    { \"id\": ").Append(Quote(diagnostic.Id))
                .Append(", \"severity\": ").Append(Quote(SeverityName(diagnostic.Severity)))
                .Append(", \"message\": ").Append(Quote(diagnostic.Message));
            if (diagnostic.Location.IsInFile)
            {
                builder.Append(", \"file\": ").Append(Quote(diagnostic.Location.File))
                    .Append(", \"line\": ").Append(diagnostic.Location.Line.ToString(CultureInfo.InvariantCulture))
                    .Append(", \"column\": ").Append(System.Math.Max(1, diagnostic.Location.Column).ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(" }");
        }

        builder.Append(first ? "]\n}\n" : "\n  ]\n}\n");
        return builder.ToString();
    }

    private static string SeverityName(KconfigSeverity severity) => severity switch
    {
        KconfigSeverity.Error => "error",
        KconfigSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>A JSON string literal for <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
