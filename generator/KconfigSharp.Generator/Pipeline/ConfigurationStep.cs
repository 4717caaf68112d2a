using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KconfigSharp.Generator.Diagnostics;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The parse-and-resolve step, free of Roslyn types: AdditionalFiles and model options in, the
/// resolved configuration and located diagnostics out. Roots are the Kconfig files no other file
/// sources; the source tree is <c>KconfigSourceTree</c> or the first root's folder.
/// </summary>
internal static class ConfigurationStep
{
    public static ModelResult Run(EquatableArray<InputFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var (dialect, mode) = OptionsValidator.ValidateModel(options, diagnostics);
        var badModelOption = diagnostics.Count > 0;
        var kconfigFiles = files.Where(f => f.Role == InputRole.Kconfig).OrderBy(f => f.Order).ToList();
        var valuesFiles = files.Where(f => f.Role == InputRole.Values).OrderBy(f => f.Order).ToList();
        if (kconfigFiles.Count == 0)
        {
            if (valuesFiles.Count > 0)
            {
                diagnostics.Add(new DiagnosticInfo(GeneratorDiagnostics.NoKconfigFiles.Id, KconfigSeverity.Warning,
                    $"'{valuesFiles[0].Path}' is a Kconfig values file, but no Kconfig file is among the AdditionalFiles; add one (for example <AdditionalFiles Include=\"Kconfig\" />)", null, 0, 0));
            }

            return new ModelResult(null, string.Empty, string.Empty, diagnostics.ToEquatableArray());
        }

        var projectDirectory = KconfigPath.Normalize(options.ProjectDirectory ?? string.Empty);
        var kconfigTexts = kconfigFiles.Select(f => new KeyValuePair<string, string>(f.Path, f.Text)).ToList();
        // One scan of the texts for both questions: where the tree is (when not given) and which files are its roots.
        var sourceReferences = KconfigSourceReferences.Scan(kconfigTexts);
        var sourceTree = !string.IsNullOrWhiteSpace(options.SourceTree)
            ? KconfigPath.Combine(projectDirectory, options.SourceTree!.Trim())
            : KconfigPath.GetDirectory(sourceReferences.FindRoots(string.Empty)[0]);
        var bag = new DiagnosticBag();
        var parseOptions = ParseOptions(files, options, dialect, diagnostics, bag);
        var provider = new InMemoryFileProvider(sourceTree, files.Where(f => f.Role != InputRole.None).Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
        var roots = sourceReferences.FindRoots(sourceTree, parseOptions.Macros).Select(provider.TreePath).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        KconfigInputs Inputs(bool readsHelpText) => new()
        {
            Files = provider,
            Roots = roots,
            ParseOptions = parseOptions.WithReadsHelpText(readsHelpText),
            ValuesFiles = valuesFiles.Select(v => provider.TreePath(v.Path)).ToList(),
            Defines = string.IsNullOrWhiteSpace(options.Defines) ? [] : DefinesParser.Split(options.Defines!),
            Mode = mode,
        };
        var helpTexts = HelpTextsFor(options.Docs, kconfigTexts);
        var load = KconfigLoader.Load(Inputs(readsHelpText: helpTexts == HelpTexts.Kept), cancellationToken);
        if (helpTexts == HelpTexts.SkippedUnlessFullDocs && load.Configuration.Symbols.Count <= FeatureFlagsOptions.FullDocsSymbolLimit)
        {
            // A tree this small gets full docs by default, and those carry the help texts: read it again with them.
            load = KconfigLoader.Load(Inputs(readsHelpText: true), cancellationToken);
        }

        var resolved = load.Configuration;
        var description = $"Kconfig symbols from {string.Join(", ", roots)}"
            + (valuesFiles.Count > 0 ? $", resolved with {string.Join(", ", valuesFiles.Select(v => provider.TreePath(v.Path)))}" : string.Empty)
            + $" (dialect {(dialect == Kconfig.Model.KconfigDialect.Qemu ? "qemu" : "kconfig")}).";

        foreach (var diagnostic in resolved.Diagnostics.Concat(bag.Items).Concat(load.ValuesDiagnostics))
        {
            // With a bad dialect or mode the fallback's warnings would only be noise after the KCONF201.
            if (badModelOption && diagnostic.Severity != KconfigSeverity.Error)
            {
                continue;
            }

            diagnostics.Add(DiagnosticMapper.ToInfo(diagnostic, sourceTree, projectDirectory, options.ProjectFile));
        }

        // The configuration's own diagnostics are now in the list; keep them out of the model so an
        // edit that only moves a warning does not force emission. The descriptions are written now: the
        // driver keeps this result across compilations, and it should not keep the parsed model with it.
        var configuration = (resolved with { Diagnostics = EquatableArray<KconfigDiagnostic>.Empty }).WithDescriptionsWritten();
        return new ModelResult(configuration, description, sourceTree, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Characters of Kconfig text above which a tree is first read without help texts when <c>KconfigDocs</c>
    /// is not set: such a tree almost always has more than <see cref="FeatureFlagsOptions.FullDocsSymbolLimit"/>
    /// symbols, so it gets brief docs, which carry none (NuttX: 4.5 million characters, 22,148 symbols).
    /// </summary>
    internal const int HelpSkipCharacters = 1_000_000;

    internal enum HelpTexts
    {
        Kept,
        Skipped,
        SkippedUnlessFullDocs,
    }

    /// <summary>
    /// Whether the parse keeps help texts, which only full docs emit: kept for <c>KconfigDocs=full</c>,
    /// skipped for <c>brief</c> and <c>none</c>; unset (or not one of those, which the emit step reports),
    /// skipped for a tree above <see cref="HelpSkipCharacters"/>, which is read again with them if it turns
    /// out small enough for full docs after all.
    /// </summary>
    internal static HelpTexts HelpTextsFor(string? docs, List<KeyValuePair<string, string>> kconfigTexts)
    {
        // The emit step validates KconfigDocs and reports a bad value; here it only decides the parse.
        switch (OptionsValidator.Docs(docs, [], project: null))
        {
            case FeatureFlagsDocs.Full:
                return HelpTexts.Kept;
            case FeatureFlagsDocs.Brief or FeatureFlagsDocs.None:
                return HelpTexts.Skipped;
        }

        long characters = 0;
        foreach (var text in kconfigTexts)
        {
            characters += text.Value.Length;
        }

        return characters > HelpSkipCharacters ? HelpTexts.SkippedUnlessFullDocs : HelpTexts.Kept;
    }

    /// <summary>
    /// The core's parse options: the dialect, <c>KconfigMacros</c> as macro values, and every
    /// shell-results AdditionalFile (in item order, later wins) read by the core's one reader
    /// (problems in them go to <paramref name="fileDiagnostics"/>, located in the file).
    /// </summary>
    internal static KconfigParseOptions ParseOptions(EquatableArray<InputFile> files, GeneratorOptions options, Kconfig.Model.KconfigDialect dialect, List<DiagnosticInfo> diagnostics, DiagnosticBag fileDiagnostics)
    {
        var shellResults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shellFile in files.Where(f => f.Role == InputRole.ShellResults).OrderBy(f => f.Order))
        {
            foreach (var pair in ShellResultsFile.Read(shellFile.Text, shellFile.Path, fileDiagnostics))
            {
                shellResults[pair.Key] = pair.Value;
            }
        }

        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        MacroDefinitions.Add(MacroDefinitions.Split(options.Macros), macros, entry =>
            diagnostics.Add(new DiagnosticInfo(GeneratorDiagnostics.InvalidOption.Id, KconfigSeverity.Error, $"KconfigMacros entry '{entry}' is not NAME=VALUE (an MSBuild property: set in the project file or a .props/.targets file it imports)", options.ProjectFile, options.ProjectFile is null ? 0 : 1, options.ProjectFile is null ? 0 : 1)));
        return new KconfigParseOptions { Dialect = dialect, Macros = macros, ShellResults = shellResults };
    }
}
