using KconfigSharp.Kconfig.Diagnostics;

namespace KconfigSharp.Cli;

/// <summary>Writes diagnostics in MSBuild's canonical form with full paths, and decides the exit code.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic; returns 1 for errors (or warnings with <paramref name="warningsAsErrors"/>), else 0.</summary>
    public static int Print(IEnumerable<KconfigDiagnostic> diagnostics, FileSystemProvider files, TextWriter stderr, bool warningsAsErrors)
    {
        var exitCode = 0;
        foreach (var diagnostic in InReadingOrder(diagnostics))
        {
            var promoted = warningsAsErrors && diagnostic.Severity == KconfigSeverity.Warning
                ? diagnostic with { Severity = KconfigSeverity.Error }
                : diagnostic;
            stderr.WriteLine(promoted.ToCanonicalString(promoted.Location.IsInFile ? files.FullPath(promoted.Location.File) : null));
            if (promoted.Severity == KconfigSeverity.Error)
            {
                exitCode = 1;
            }
        }

        return exitCode;
    }

    /// <summary>
    /// Unlocated diagnostics first, then each file's in line and column order; files keep the order
    /// in which their first diagnostic came (the reading order of the tree), and ties keep theirs.
    /// </summary>
    public static List<KconfigDiagnostic> InReadingOrder(IEnumerable<KconfigDiagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var fileRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in list.Where(d => d.Location.IsInFile))
        {
            fileRank.TryAdd(diagnostic.Location.File, fileRank.Count);
        }

        return [.. list
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(p => p.diagnostic.Location.IsInFile ? fileRank[p.diagnostic.Location.File] + 1 : 0)
            .ThenBy(p => p.diagnostic.Location.IsInFile ? p.diagnostic.Location.Line : 0)
            .ThenBy(p => p.diagnostic.Location.IsInFile ? p.diagnostic.Location.Column : 0)
            .ThenBy(p => p.index)
            .Select(p => p.diagnostic)];
    }
}
