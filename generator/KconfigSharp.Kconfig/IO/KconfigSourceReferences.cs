using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Preprocessing;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// The <c>source</c>-family lines of a set of Kconfig files (<c>source</c>, <c>rsource</c>, <c>osource</c>,
/// <c>orsource</c>, <c>gsource</c>, <c>grsource</c>, <c>include</c>), found by one scan and matched against
/// the files by <see cref="FindRoots"/> as often as a front end needs: the generator asks once without a
/// source tree (to find it) and once with it, and NuttX's 4.5 MB of text are read once for both.
/// </summary>
/// <remarks>
/// The scan jumps from one occurrence of <c>source</c> or <c>include</c> to the next (a vectorized search) and
/// reads only the lines they are on, instead of walking 181,000 lines to look at their first word.
/// </remarks>
public sealed class KconfigSourceReferences
{
    private static readonly string[] Keywords = ["source", "rsource", "osource", "orsource", "gsource", "grsource", "include"];

    private readonly List<string> _paths;
    private readonly List<string> _directories;
    private readonly List<Reference> _references;

    private KconfigSourceReferences(List<string> paths, List<string> directories, List<Reference> references)
    {
        _paths = paths;
        _directories = directories;
        _references = references;
    }

    /// <summary>Reads the source-family lines of <paramref name="files"/> (full path and text, in item order).</summary>
    public static KconfigSourceReferences Scan(IReadOnlyList<KeyValuePair<string, string>> files)
    {
        var paths = new List<string>(files.Count);
        var directories = new List<string>(files.Count);
        var references = new List<Reference>();
        for (var i = 0; i < files.Count; i++)
        {
            paths.Add(KconfigPath.Normalize(files[i].Key));
            directories.Add(KconfigPath.GetDirectory(paths[i]));
            ScanFile(files[i].Value, i, references);
        }

        return new KconfigSourceReferences(paths, directories, references);
    }

    /// <summary>
    /// The paths of the scanned files (full, normalized; in order) that no other file sources; the first file
    /// when every file is sourced (a cycle).
    /// </summary>
    /// <param name="sourceTree">The folder <c>source</c> paths are relative to (empty: none).</param>
    /// <param name="macros">Macro values for <c>$(NAME)</c> and <c>$NAME</c> in the paths.</param>
    public IReadOnlyList<string> FindRoots(string sourceTree, IReadOnlyDictionary<string, string>? macros = null)
    {
        var sourced = Sourced(sourceTree, macros ?? new Dictionary<string, string>());
        var roots = new List<string>();
        foreach (var path in _paths)
        {
            if (!sourced.Contains(path))
            {
                roots.Add(path);
            }
        }

        if (roots.Count == 0 && _paths.Count > 0)
        {
            roots.Add(_paths[0]);
        }

        return roots;
    }

    private HashSet<string> Sourced(string sourceTree, IReadOnlyDictionary<string, string> macros)
    {
        var expander = new MacroExpander(new KconfigParseOptions { Macros = macros }, new DiagnosticBag());
        var sourced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in _references)
        {
            var location = new SourceLocation(_paths[reference.File], reference.Line);
            var path = expander.ExpandEnvironmentReferences(expander.Expand(reference.Argument, location), location);
            if (path.IndexOf('$') >= 0)
            {
                continue;
            }

            foreach (var candidate in new[] { KconfigPath.Combine(sourceTree, path), KconfigPath.Combine(_directories[reference.File], path) })
            {
                if (!KconfigGlob.IsPattern(candidate))
                {
                    sourced.Add(candidate);
                    continue;
                }

                foreach (var candidateFile in _paths)
                {
                    if (KconfigGlob.IsMatch(candidate, candidateFile))
                    {
                        sourced.Add(candidateFile);
                    }
                }
            }
        }

        return sourced;
    }

    [MethodImpl(HotPath.Optimized)]
    private static void ScanFile(string text, int file, List<Reference> references)
    {
        // Line numbers are counted only up to lines whose argument has a macro reference, the only ones whose
        // expansion can read its location ($(lineno), messages); every other reference's line is never read.
        var countedTo = 0;
        var line = 1;
        var nextSource = text.IndexOf("source", StringComparison.Ordinal);
        var nextInclude = text.IndexOf("include", StringComparison.Ordinal);
        while (nextSource >= 0 || nextInclude >= 0)
        {
            var hit = nextInclude < 0 || (nextSource >= 0 && nextSource < nextInclude) ? nextSource : nextInclude;
            var lineStart = hit == 0 ? 0 : text.LastIndexOf('\n', hit - 1) + 1;
            var lineEnd = text.IndexOf('\n', hit);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (SourceArgument(text, lineStart, lineEnd) is { } argument)
            {
                var lineNumber = 0;
                if (argument.IndexOf('$') >= 0)
                {
                    for (var at = text.IndexOf('\n', countedTo, lineStart - countedTo); at >= 0; at = text.IndexOf('\n', at + 1, lineStart - at - 1))
                    {
                        line++;
                    }

                    countedTo = lineStart;
                    lineNumber = line;
                }

                references.Add(new Reference(file, lineNumber, argument));
            }

            // Each line is read once, whatever else on it matched.
            var next = lineEnd + 1;
            nextSource = nextSource >= 0 && nextSource < next ? Find(text, "source", next) : nextSource;
            nextInclude = nextInclude >= 0 && nextInclude < next ? Find(text, "include", next) : nextInclude;
        }
    }

    private static int Find(string text, string word, int from) =>
        from >= text.Length ? -1 : text.IndexOf(word, from, StringComparison.Ordinal);

    /// <summary>The path argument of a source-family line (<paramref name="start"/> to <paramref name="end"/>), quotes removed; null for any other line.</summary>
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

    /// <summary>One source-family line: its file (index), its line number (0 when its argument has no macro) and its argument.</summary>
    private readonly struct Reference(int file, int line, string argument)
    {
        public int File { get; } = file;

        public int Line { get; } = line;

        public string Argument { get; } = argument;
    }
}
