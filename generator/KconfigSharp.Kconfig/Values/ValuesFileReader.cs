using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Values;

/// <summary>
/// Reads <c>.config</c>, defconfig and QEMU <c>.mak</c> files: <c>CONFIG_X=y|m|n|"str"|123|0x1f</c>,
/// <c># CONFIG_X is not set</c>, comments, blank lines and <c>include path</c> (relative to the
/// including file, as minikconf does). Malformed lines are KCONF155 warnings, never exceptions.
/// </summary>
public static class ValuesFileReader
{
    private const string Prefix = "CONFIG_";
    private const int MaxIncludeDepth = 32;

    /// <summary>Reads <paramref name="path"/> (and what it includes) through <paramref name="files"/>.</summary>
    public static IReadOnlyList<ValueAssignment> Read(string path, IKconfigFileProvider files, DiagnosticBag diagnostics)
    {
        var result = new List<ValueAssignment>();
        ReadFile(KconfigPath.Normalize(path), files, diagnostics, result, [], SourceLocation.None);
        return result;
    }

    /// <summary>Reads values from <paramref name="text"/>; <c>include</c> lines need <paramref name="files"/>.</summary>
    public static IReadOnlyList<ValueAssignment> ReadText(string text, string path, DiagnosticBag diagnostics, IKconfigFileProvider? files = null)
    {
        var result = new List<ValueAssignment>();
        ReadLines(text, KconfigPath.Normalize(path), files, diagnostics, result, [path]);
        return result;
    }

    private static void ReadFile(string path, IKconfigFileProvider files, DiagnosticBag diagnostics, List<ValueAssignment> result, List<string> stack, SourceLocation includedFrom)
    {
        if (stack.Contains(path) || stack.Count > MaxIncludeDepth)
        {
            diagnostics.Add(KconfigDiagnostics.RecursiveSource, includedFrom, $"inclusion loop for '{path}'");
            return;
        }

        string text;
        try
        {
            if (!files.TryReadFile(path, out text))
            {
                diagnostics.Add(KconfigDiagnostics.MissingSourcedFile, includedFrom, $"values file '{path}' not found");
                return;
            }
        }
        catch (KconfigFileRefusedException refused)
        {
            diagnostics.Add(refused.IsSizeLimit ? KconfigDiagnostics.LimitExceeded : KconfigDiagnostics.UnreadableSourcedFile, includedFrom, $"values file '{path}' {refused.Reason}; it is not read");
            return;
        }

        stack.Add(path);
        ReadLines(text, path, files, diagnostics, result, stack);
        stack.RemoveAt(stack.Count - 1);
    }

    private static void ReadLines(string text, string path, IKconfigFileProvider? files, DiagnosticBag diagnostics, List<ValueAssignment> result, List<string> stack)
    {
        var lineNumber = 0;
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var malformed = 0;
        var assigned = new Dictionary<string, SourceLocation>(System.StringComparer.Ordinal);
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            var line = text.Substring(position, end - position).TrimEnd('\r').Trim();
            position = end + 1;
            if (line.Length == 0)
            {
                continue;
            }

            var location = new SourceLocation(path, lineNumber, 1);
            if (line[0] == '#')
            {
                // '# CONFIG_X is not set' is an explicit n; other comments are ignored.
                const string NotSet = " is not set";
                if (line.StartsWith("# " + Prefix, System.StringComparison.Ordinal) && line.EndsWith(NotSet, System.StringComparison.Ordinal))
                {
                    var name = line.Substring(2 + Prefix.Length, line.Length - 2 - Prefix.Length - NotSet.Length);
                    if (IsName(name))
                    {
                        NoteAssignment(name, location, assigned, diagnostics);
                        result.Add(new ValueAssignment(name, "n", false, location, ValueSource.ValuesFile));
                    }
                }

                continue;
            }

            if (line.StartsWith("include ", System.StringComparison.Ordinal) || line.StartsWith("include\t", System.StringComparison.Ordinal))
            {
                var included = line.Substring(8).Trim();
                if (files is null)
                {
                    diagnostics.Add(KconfigDiagnostics.MissingSourcedFile, location, $"cannot include '{included}' here");
                }
                else
                {
                    ReadFile(KconfigPath.Combine(KconfigPath.GetDirectory(path), included), files, diagnostics, result, stack, location);
                }

                continue;
            }

            if (TryParseAssignment(line, location, ValueSource.ValuesFile, requirePrefix: true, out var assignment, out var error))
            {
                NoteAssignment(assignment.Name, location, assigned, diagnostics);
                result.Add(assignment);
            }
            else if (++malformed <= 20)
            {
                diagnostics.Add(KconfigDiagnostics.MalformedValuesLine, location, error);
            }
            else if (malformed == 21)
            {
                diagnostics.Add(KconfigDiagnostics.MalformedValuesLine, location, $"too many malformed lines in '{path}'; the rest are not reported (is it a values file?)");
            }
        }
    }

    // LKC conf_read_simple: "override: reassigning to symbol X"; the later line wins, as there.
    private static void NoteAssignment(string name, SourceLocation location, Dictionary<string, SourceLocation> assigned, DiagnosticBag diagnostics)
    {
        if (assigned.TryGetValue(name, out var first))
        {
            diagnostics.Add(KconfigDiagnostics.ValueSetTwice, location, $"CONFIG_{name} is set again (first at line {first.Line}); this later value wins");
        }

        assigned[name] = location;
    }

    /// <summary>
    /// Parses <c>[CONFIG_]NAME=VALUE</c>. A quoted value is unescaped (<c>\"</c> and <c>\\</c>).
    /// </summary>
    public static bool TryParseAssignment(string text, SourceLocation location, ValueSource source, bool requirePrefix, out ValueAssignment assignment, out string error)
    {
        assignment = null!;
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            error = $"expected CONFIG_NAME=VALUE, found '{Truncate(text)}'";
            return false;
        }

        var name = text.Substring(0, equals).Trim();
        if (name.StartsWith(Prefix, System.StringComparison.Ordinal))
        {
            name = name.Substring(Prefix.Length);
        }
        else if (requirePrefix)
        {
            error = $"expected a name starting with CONFIG_, found '{Truncate(name)}'";
            return false;
        }

        if (!IsName(name))
        {
            error = $"'{Truncate(name)}' is not a valid symbol name";
            return false;
        }

        var raw = text.Substring(equals + 1).Trim();
        if (raw.Length > 0 && raw[0] == '"')
        {
            if (!TryUnquote(raw, out var unquoted))
            {
                error = $"unterminated string in the value of {name}";
                return false;
            }

            assignment = new ValueAssignment(name, unquoted, true, location, source);
            error = string.Empty;
            return true;
        }

        assignment = new ValueAssignment(name, raw, false, location, source);
        error = string.Empty;
        return true;
    }

    /// <summary>True for a Kconfig symbol name (letters, digits, underscores).</summary>
    public static bool IsName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryUnquote(string raw, out string value)
    {
        var builder = new StringBuilder();
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                builder.Append(raw[++i]);
            }
            else if (c == '"')
            {
                value = builder.ToString();
                return i == raw.Length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        value = builder.ToString();
        return false;
    }

    private static string Truncate(string text) => text.Length > 60 ? text.Substring(0, 60) + "..." : text;
}
