using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Writers;

/// <summary>
/// Compares two values files as Linux <c>scripts/diffconfig</c> does: names without <c>CONFIG_</c>,
/// <c># CONFIG_X is not set</c> read as n, strings shown quoted as written; first the symbols only in
/// the old file (<c>-NAME value</c>), then those whose value changed (<c> NAME old -> new</c>, one
/// leading space), then those only in the new file (<c>+NAME value</c>), each group sorted by name.
/// The merge style (<c>-m</c>) prints the changed and new values as <c>.config</c> lines instead.
/// </summary>
public static class ValuesDiffWriter
{
    /// <summary>The difference from <paramref name="oldText"/> to <paramref name="newText"/>; malformed lines are reported to <paramref name="diagnostics"/>.</summary>
    public static string Write(string oldText, string oldPath, string newText, string newPath, bool mergeStyle, DiagnosticBag diagnostics)
    {
        var before = Read(oldText, oldPath, diagnostics);
        var after = Read(newText, newPath, diagnostics);
        var output = new StringBuilder();

        var removed = new List<string>();
        var changed = new List<string>();
        var added = new List<string>();
        foreach (var pair in before)
        {
            if (!after.TryGetValue(pair.Key, out var value))
            {
                removed.Add(pair.Key);
            }
            else if (value != pair.Value)
            {
                changed.Add(pair.Key);
            }
        }

        foreach (var name in after.Keys)
        {
            if (!before.ContainsKey(name))
            {
                added.Add(name);
            }
        }

        removed.Sort(System.StringComparer.Ordinal);
        changed.Sort(System.StringComparer.Ordinal);
        added.Sort(System.StringComparer.Ordinal);
        foreach (var name in removed)
        {
            if (!mergeStyle)
            {
                output.Append('-').Append(name).Append(' ').Append(before[name]).Append('\n');
            }
        }

        foreach (var name in changed)
        {
            if (mergeStyle)
            {
                AppendMerged(output, name, after[name]);
            }
            else
            {
                output.Append(' ').Append(name).Append(' ').Append(before[name]).Append(" -> ").Append(after[name]).Append('\n');
            }
        }

        foreach (var name in added)
        {
            if (mergeStyle)
            {
                AppendMerged(output, name, after[name]);
            }
            else
            {
                output.Append('+').Append(name).Append(' ').Append(after[name]).Append('\n');
            }
        }

        return output.ToString();
    }

    private static void AppendMerged(StringBuilder output, string name, string value)
    {
        if (value == "n")
        {
            output.Append("# CONFIG_").Append(name).Append(" is not set\n");
        }
        else
        {
            output.Append("CONFIG_").Append(name).Append('=').Append(value).Append('\n');
        }
    }

    /// <summary>Name to value as written (a later line wins), through the one values-file reader.</summary>
    private static Dictionary<string, string> Read(string text, string path, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var assignment in ValuesFileReader.ReadText(text, path, diagnostics))
        {
            values[assignment.Name] = assignment.IsQuoted ? "\"" + KconfiglibText.Escape(assignment.Value) + "\"" : assignment.Value;
        }

        return values;
    }
}
