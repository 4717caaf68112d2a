using KconfigSharp.Kconfig.Diagnostics;

namespace KconfigSharp.Cli;

/// <summary>Writes diagnostics in MSBuild's canonical form with full paths, and decides the exit code.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic; returns 1 for errors (or warnings with <paramref name="warningsAsErrors"/>), else 0.</summary>
    public static int Print(IEnumerable<KconfigDiagnostic> diagnostics, FileSystemProvider files, TextWriter stderr, bool warningsAsErrors)
    {
        var exitCode = 0;
        foreach (var diagnostic in diagnostics)
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
}
