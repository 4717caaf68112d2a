using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>Checks shared by the property tests.</summary>
internal static class Invariants
{
    /// <summary>Every located diagnostic names a file that was given, with line 1..lineCount+1 and column ≥ 1.</summary>
    public static void DiagnosticsLieInsideTheirFiles(IEnumerable<KconfigDiagnostic> diagnostics, IReadOnlyDictionary<string, string> files)
    {
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            if (!location.IsInFile)
            {
                continue;
            }

            Assert.True(files.TryGetValue(location.File, out var text), $"{diagnostic} names a file that does not exist");
            var lines = LineCount(text!);
            Assert.True(location.Line >= 1 && location.Line <= lines + 1, $"{diagnostic}: line {location.Line} outside 1..{lines + 1}");
            Assert.True(location.Column >= 1, $"{diagnostic}: column {location.Column} < 1");
        }
    }

    /// <summary>Lines as editors count them: LF, CRLF and a lone CR each end one (the lexer agrees).</summary>
    public static int LineCount(string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    public static InMemoryFileProvider Provider(IReadOnlyDictionary<string, string> files) => new(files);
}
