using System.Collections.Generic;
using System.Text;

namespace KconfigSharp.Kconfig.Writers;

/// <summary>
/// Edits a QEMU <c>.mak</c> values file in place of rewriting it: each changed symbol's last
/// <c>CONFIG_X=...</c> (or <c># CONFIG_X is not set</c>) line is replaced by <c>CONFIG_X=value</c>,
/// symbols the file does not mention are appended in the order given, and every other line
/// (comments, <c>include</c>s, blank lines) is kept as it was.
/// </summary>
public static class MakValuesEditor
{
    /// <summary>The text of <paramref name="original"/> with <paramref name="changes"/> (name without <c>CONFIG_</c>, value) applied.</summary>
    public static string Apply(string original, IReadOnlyList<KeyValuePair<string, string>> changes)
    {
        if (changes.Count == 0)
        {
            return original;
        }

        var lines = new List<string>(original.Split('\n'));
        if (lines[lines.Count - 1].Length == 0)
        {
            // The empty piece after the final newline (or of an empty file) is not a line.
            lines.RemoveAt(lines.Count - 1);
        }

        foreach (var change in changes)
        {
            var line = "CONFIG_" + change.Key + "=" + change.Value;
            var index = LastLineOf(lines, change.Key);
            if (index >= 0)
            {
                lines[index] = lines[index].EndsWith("\r", System.StringComparison.Ordinal) ? line + "\r" : line;
            }
            else
            {
                lines.Add(line);
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static int LastLineOf(List<string> lines, string name)
    {
        var assignment = "CONFIG_" + name + "=";
        var notSet = "# CONFIG_" + name + " is not set";
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.StartsWith(assignment, System.StringComparison.Ordinal) || line == notSet)
            {
                return i;
            }
        }

        return -1;
    }
}
