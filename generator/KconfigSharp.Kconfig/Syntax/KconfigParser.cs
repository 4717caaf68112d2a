using System.Collections.Generic;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Entry point of the Kconfig front end: reads a tree through an <see cref="IKconfigFileProvider"/>,
/// parses every sourced file, and returns the finalized <see cref="KconfigModel"/>. Never throws on
/// bad input: every problem is a diagnostic on the model.
/// </summary>
public static class KconfigParser
{
    /// <summary>Parses the tree rooted at <paramref name="rootFile"/>.</summary>
    public static KconfigModel Parse(string rootFile, IKconfigFileProvider files, KconfigParseOptions? options = null) =>
        Parse([rootFile], files, options);

    /// <summary>Parses several roots into one model, in order (SPEC §3: every root feeds one model).</summary>
    public static KconfigModel Parse(IReadOnlyList<string> rootFiles, IKconfigFileProvider files, KconfigParseOptions? options = null) =>
        new ParserSession(files, options ?? KconfigParseOptions.Default).Run(rootFiles);

    /// <summary>Parses a single in-memory Kconfig text (tests and tools).</summary>
    public static KconfigModel ParseText(string text, string fileName = "Kconfig", KconfigParseOptions? options = null) =>
        Parse(fileName, new InMemoryFileProvider().Add(fileName, text), options);
}
