using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// Reads a shell-results file (SPEC §4, Shell): tab-separated, a header naming at least the columns
/// <c>command</c> and <c>output</c> (other columns ignored), one recorded <c>$(shell,...)</c> call per
/// line. A file without those columns is a KCONF201 and contributes nothing.
/// </summary>
internal static class ShellResultsReader
{
    public static void Read(InputFile file, Dictionary<string, string> results, List<DiagnosticInfo> diagnostics)
    {
        var lines = file.Text.Replace("\r\n", "\n").Split('\n');
        var header = lines.Length > 0 ? lines[0].Split('\t') : [];
        var commandColumn = IndexOf(header, "command");
        var outputColumn = IndexOf(header, "output");
        if (commandColumn < 0 || outputColumn < 0)
        {
            diagnostics.Add(new DiagnosticInfo("KCONF201", KconfigSeverity.Error,
                $"shell-results file '{file.Path}' needs a tab-separated header line naming the columns 'command' and 'output'", file.Path, 1, 1));
            return;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length <= Math.Max(commandColumn, outputColumn))
            {
                diagnostics.Add(new DiagnosticInfo("KCONF201", KconfigSeverity.Warning,
                    $"shell-results line {i + 1} has fewer columns than the header; it is ignored", file.Path, i + 1, 1));
                continue;
            }

            results[Unescape(cells[commandColumn])] = Unescape(cells[outputColumn]);
        }
    }

    private static int IndexOf(string[] header, string name)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Cells escape tab, newline and backslash as <c>\t</c>, <c>\n</c> and <c>\\</c>.</summary>
    private static string Unescape(string cell)
    {
        if (cell.IndexOf('\\') < 0)
        {
            return cell;
        }

        var builder = new System.Text.StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\' && i + 1 < cell.Length)
            {
                var next = cell[++i];
                builder.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => next });
            }
            else
            {
                builder.Append(cell[i]);
            }
        }

        return builder.ToString();
    }
}
