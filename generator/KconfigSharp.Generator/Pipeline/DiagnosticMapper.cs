using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// Turns a core <see cref="KconfigDiagnostic"/> (located by tree path) into a <see cref="DiagnosticInfo"/>
/// (located by full path). A missing sourced file (KCONF120) also gets the <c>AdditionalFiles</c>
/// glob that would bring it in, since in the generator "not found" means "not an AdditionalFile".
/// </summary>
internal static class DiagnosticMapper
{
    /// <summary>
    /// A diagnostic without a file location can only come from the MSBuild options
    /// (<c>KconfigDefines</c>, <c>KconfigMacros</c>): it is located at the project file and says so.
    /// </summary>
    public static DiagnosticInfo ToInfo(KconfigDiagnostic diagnostic, string sourceTree, string projectDirectory, string? projectFile = null)
    {
        var message = diagnostic.Id == KconfigDiagnostics.MissingSourcedFile.Id
            ? EnrichMissingFile(diagnostic.Message, sourceTree, projectDirectory)
            : diagnostic.Message;
        var location = diagnostic.Location;
        return location.IsInFile
            ? new DiagnosticInfo(diagnostic.Id, diagnostic.Severity, message, KconfigPath.Combine(sourceTree, location.File), location.Line, location.Column)
            : new DiagnosticInfo(diagnostic.Id, diagnostic.Severity, FromOptions(message), projectFile, projectFile is null ? 0 : 1, projectFile is null ? 0 : 1);
    }

    private static string FromOptions(string message) =>
        message.IndexOf("KconfigDefines", System.StringComparison.Ordinal) >= 0 || message.IndexOf("KconfigMacros", System.StringComparison.Ordinal) >= 0
            ? message
            : message + " (from the MSBuild properties KconfigDefines/KconfigMacros)";

    /// <summary>
    /// <c>'hw/i386/Kconfig' not found</c> becomes "... ; the generator reads only AdditionalFiles: add
    /// <c>&lt;AdditionalFiles Include="hw/**/Kconfig" /&gt;</c>" with the path relative to the project.
    /// </summary>
    internal static string EnrichMissingFile(string message, string sourceTree, string projectDirectory)
    {
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        if (end <= start + 1)
        {
            return message;
        }

        var missing = message.Substring(start + 1, end - start - 1);
        if (missing.IndexOf('$') >= 0)
        {
            return message + "; the path uses a variable: give it a value with <KconfigMacros>NAME=path</KconfigMacros> and add the files there as AdditionalFiles";
        }

        return message + "; the generator reads only AdditionalFiles: add <AdditionalFiles Include=\"" + GlobFor(missing, sourceTree, projectDirectory) + "\" />";
    }

    internal static string GlobFor(string treePath, string sourceTree, string projectDirectory)
    {
        var full = KconfigPath.Combine(sourceTree, treePath);
        var prefix = projectDirectory.TrimEnd('/') + "/";
        var relative = projectDirectory.Length > 0 && full.StartsWith(prefix, System.StringComparison.Ordinal) ? full.Substring(prefix.Length) : full;
        var slash = relative.IndexOf('/', relative.StartsWith("/", System.StringComparison.Ordinal) ? 1 : 0);
        var lastSlash = relative.LastIndexOf('/');
        if (slash < 0 || slash == lastSlash)
        {
            return relative;
        }

        // Keep the first folder and the file name: hw/i386/Kconfig -> hw/**/Kconfig.
        return relative.Substring(0, slash) + "/**/" + relative.Substring(lastSlash + 1);
    }
}
