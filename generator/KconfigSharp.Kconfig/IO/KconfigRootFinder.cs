using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Preprocessing;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// Sourced-file discovery for a front end handed a set of Kconfig files without being told which
/// is the top (the generator's AdditionalFiles; SPEC §3: a file that no other file sources is a root).
/// A line scan, no parse: <c>source</c>, <c>rsource</c>, <c>osource</c>, <c>orsource</c>, <c>gsource</c>,
/// <c>grsource</c> and <c>include</c> arguments are expanded with the parser's own macro expansion
/// (<c>$(NAME)</c> and old-style <c>$NAME</c>), then matched against the files as the parser would
/// resolve them: relative to the source tree and to the sourcing file, wildcards by <see cref="KconfigGlob"/>.
/// </summary>
public static class KconfigRootFinder
{
    private static readonly string[] Keywords = ["source", "rsource", "osource", "orsource", "gsource", "grsource", "include"];

    /// <summary>
    /// The paths of <paramref name="files"/> (full, normalized; in order) that no other file sources;
    /// the first file when every file is sourced (a cycle).
    /// </summary>
    /// <param name="files">Every candidate Kconfig file: full path and text, in item order.</param>
    /// <param name="sourceTree">The folder <c>source</c> paths are relative to (empty: none).</param>
    /// <param name="macros">Macro values for <c>$(NAME)</c> and <c>$NAME</c> in the paths.</param>
    public static IReadOnlyList<string> FindRoots(IReadOnlyList<KeyValuePair<string, string>> files, string sourceTree, IReadOnlyDictionary<string, string>? macros = null)
    {
        var paths = new List<string>(files.Count);
        foreach (var file in files)
        {
            paths.Add(KconfigPath.Normalize(file.Key));
        }

        var sourced = FindSourced(files, paths, sourceTree, macros ?? new Dictionary<string, string>());
        var roots = new List<string>();
        foreach (var path in paths)
        {
            if (!sourced.Contains(path))
            {
                roots.Add(path);
            }
        }

        if (roots.Count == 0 && paths.Count > 0)
        {
            roots.Add(paths[0]);
        }

        return roots;
    }

    [MethodImpl(HotPath.Optimized)]
    private static HashSet<string> FindSourced(IReadOnlyList<KeyValuePair<string, string>> files, List<string> paths, string sourceTree, IReadOnlyDictionary<string, string> macros)
    {
        var expander = new MacroExpander(new KconfigParseOptions { Macros = macros }, new DiagnosticBag());
        var sourced = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var directory = KconfigPath.GetDirectory(paths[i]);
            var text = files[i].Value;
            var lineNumber = 0;
            for (var start = 0; start < text.Length; start++)
            {
                // Walk the text line by line without splitting it: NuttX has 4.5 MB of Kconfig text.
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end;
                lineNumber++;
                var argument = SourceArgument(text, start, end);
                start = end;
                if (argument is null)
                {
                    continue;
                }

                var location = new SourceLocation(paths[i], lineNumber);
                var path = expander.ExpandEnvironmentReferences(expander.Expand(argument, location), location);
                if (path.IndexOf('$') >= 0)
                {
                    continue;
                }

                foreach (var candidate in new[] { KconfigPath.Combine(sourceTree, path), KconfigPath.Combine(directory, path) })
                {
                    if (!KconfigGlob.IsPattern(candidate))
                    {
                        sourced.Add(candidate);
                        continue;
                    }

                    foreach (var file in paths)
                    {
                        if (KconfigGlob.IsMatch(candidate, file))
                        {
                            sourced.Add(file);
                        }
                    }
                }
            }
        }

        return sourced;
    }

    /// <summary>The path argument of a source-family line (<paramref name="start"/> to <paramref name="end"/>), quotes removed; null for any other line.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static string? SourceArgument(string text, int start, int end)
    {
        while (start < end && (text[start] == ' ' || text[start] == '\t'))
        {
            start++;
        }

        if (start == end || "sroig".IndexOf(text[start]) < 0)
        {
            return null;
        }

        foreach (var keyword in Keywords)
        {
            var after = start + keyword.Length;
            if (after < end && (text[after] == ' ' || text[after] == '\t') && string.CompareOrdinal(text, start, keyword, 0, keyword.Length) == 0)
            {
                return text.Substring(after, end - after).Trim().Trim('"');
            }
        }

        return null;
    }
}
