using System.Collections.Generic;

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
    /// <summary>
    /// The paths of <paramref name="files"/> (full, normalized; in order) that no other file sources;
    /// the first file when every file is sourced (a cycle).
    /// </summary>
    /// <param name="files">Every candidate Kconfig file: full path and text, in item order.</param>
    /// <param name="sourceTree">The folder <c>source</c> paths are relative to (empty: none).</param>
    /// <param name="macros">Macro values for <c>$(NAME)</c> and <c>$NAME</c> in the paths.</param>
    /// <remarks>A front end that asks more than once (with and without a source tree) scans once with <see cref="KconfigSourceReferences.Scan"/>.</remarks>
    public static IReadOnlyList<string> FindRoots(IReadOnlyList<KeyValuePair<string, string>> files, string sourceTree, IReadOnlyDictionary<string, string>? macros = null) =>
        KconfigSourceReferences.Scan(files).FindRoots(sourceTree, macros);
}
