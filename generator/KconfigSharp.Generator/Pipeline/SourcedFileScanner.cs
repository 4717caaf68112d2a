using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// Finds which Kconfig AdditionalFiles are sourced by others (a cheap line scan, no parse), so the
/// rest are the roots (SPEC §3: a file that no other Kconfig file sources is a root). Paths that use
/// <c>KconfigMacros</c> (<c>source "$BINDIR/Kconfig"</c>) are expanded first.
/// </summary>
internal static class SourcedFileScanner
{
    private static readonly string[] Keywords = ["source", "rsource", "osource", "orsource", "include"];

    public static HashSet<string> FindSourced(IReadOnlyList<InputFile> kconfigFiles, string sourceTree, IReadOnlyDictionary<string, string>? macros = null)
    {
        var sourced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in kconfigFiles)
        {
            var directory = KconfigPath.GetDirectory(KconfigPath.Normalize(file.Path));
            foreach (var rawLine in file.Text.Split('\n'))
            {
                var line = rawLine.Trim();
                foreach (var keyword in Keywords)
                {
                    if (line.Length <= keyword.Length || !line.StartsWith(keyword, StringComparison.Ordinal) || (line[keyword.Length] != ' ' && line[keyword.Length] != '\t'))
                    {
                        continue;
                    }

                    var path = Expand(line.Substring(keyword.Length).Trim().Trim('"'), macros);
                    if (path.IndexOf('$') >= 0)
                    {
                        continue;
                    }

                    sourced.Add(KconfigPath.Combine(sourceTree, path));
                    sourced.Add(KconfigPath.Combine(directory, path));
                    break;
                }
            }
        }

        return sourced;
    }

    /// <summary>Expands <c>$(NAME)</c> and <c>$NAME</c> from the macros; anything else stays (and the path is skipped).</summary>
    private static string Expand(string path, IReadOnlyDictionary<string, string>? macros)
    {
        if (macros is null || macros.Count == 0 || path.IndexOf('$') < 0)
        {
            return path;
        }

        foreach (var pair in macros)
        {
            path = path.Replace("$(" + pair.Key + ")", pair.Value);
            if (path.StartsWith("$" + pair.Key + "/", StringComparison.Ordinal) || path == "$" + pair.Key)
            {
                path = pair.Value + path.Substring(pair.Key.Length + 1);
            }
        }

        return path;
    }
}
