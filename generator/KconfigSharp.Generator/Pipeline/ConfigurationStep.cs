using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The parse-and-resolve step, free of Roslyn types: AdditionalFiles and model options in, the
/// resolved configuration and located diagnostics out. Roots are the Kconfig files no other file
/// sources; the source tree is <c>KconfigSourceTree</c> or the first root's folder.
/// </summary>
internal static class ConfigurationStep
{
    /// <summary>
    /// Test-only fault injection: called at the start of every run, so a test can prove that an
    /// unexpected exception becomes one KCONF299 diagnostic instead of CS8785.
    /// </summary>
    internal static Action<EquatableArray<InputFile>>? FaultInjection;

    public static ModelResult Run(EquatableArray<InputFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        FaultInjection?.Invoke(files);
        var diagnostics = new List<DiagnosticInfo>();
        var (dialect, mode) = OptionsValidator.ValidateModel(options, diagnostics);
        var kconfigFiles = files.Where(f => f.Role == InputRole.Kconfig).OrderBy(f => f.Order).ToList();
        var valuesFiles = files.Where(f => f.Role == InputRole.Values).OrderBy(f => f.Order).ToList();
        if (kconfigFiles.Count == 0)
        {
            if (valuesFiles.Count > 0)
            {
                diagnostics.Add(new DiagnosticInfo("KCONF202", KconfigSeverity.Warning,
                    $"'{valuesFiles[0].Path}' is a Kconfig values file, but no Kconfig file is among the AdditionalFiles; add one (for example <AdditionalFiles Include=\"Kconfig\" />)", null, 0, 0));
            }

            return new ModelResult(null, string.Empty, string.Empty, diagnostics.ToEquatableArray());
        }

        var projectDirectory = KconfigPath.Normalize(options.ProjectDirectory ?? string.Empty);
        var sourceTree = !string.IsNullOrWhiteSpace(options.SourceTree)
            ? KconfigPath.Combine(projectDirectory, options.SourceTree!.Trim())
            : KconfigPath.GetDirectory(KconfigPath.Normalize(FirstRoot(kconfigFiles).Path));
        var parseOptions = ParseOptions(files, options, dialect, diagnostics);
        var sourced = SourcedFileScanner.FindSourced(kconfigFiles, sourceTree, parseOptions.Macros);
        var roots = kconfigFiles.Where(f => !sourced.Contains(KconfigPath.Normalize(f.Path))).ToList();
        if (roots.Count == 0)
        {
            roots.Add(kconfigFiles[0]);
        }

        var provider = new AdditionalFilesProvider(sourceTree, files.Where(f => f.Role != InputRole.None));
        cancellationToken.ThrowIfCancellationRequested();
        var model = KconfigParser.Parse(roots.Select(r => provider.TreePath(r.Path)).ToList(), provider, parseOptions);

        var bag = new DiagnosticBag();
        var values = new List<ValueAssignment>();
        foreach (var valuesFile in valuesFiles)
        {
            values.AddRange(ValuesFileReader.Read(provider.TreePath(valuesFile.Path), provider, bag));
        }

        if (!string.IsNullOrWhiteSpace(options.Defines))
        {
            values.AddRange(DefinesParser.ParseList(options.Defines!.Replace('|', ';'), bag));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var resolved = KconfigEngine.Resolve(model, values, new ResolveOptions { Mode = mode });
        var description = $"Kconfig symbols from {string.Join(", ", roots.Select(r => provider.TreePath(r.Path)))}"
            + (valuesFiles.Count > 0 ? $", resolved with {string.Join(", ", valuesFiles.Select(v => provider.TreePath(v.Path)))}" : string.Empty)
            + $" (dialect {(dialect == Kconfig.Model.KconfigDialect.Qemu ? "qemu" : "kconfig")}).";

        foreach (var diagnostic in resolved.Diagnostics.Concat(bag.Items))
        {
            diagnostics.Add(DiagnosticMapper.ToInfo(diagnostic, sourceTree, projectDirectory));
        }

        // The configuration's own diagnostics are now in the list; keep them out of the model so an
        // edit that only moves a warning does not force emission.
        var configuration = resolved with { Diagnostics = EquatableArray<KconfigDiagnostic>.Empty };
        return new ModelResult(configuration, description, sourceTree, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The core's parse options: the dialect, <c>KconfigMacros</c> as macro values, and every
    /// shell-results AdditionalFile (in item order, later wins) as recorded <c>$(shell,...)</c> results.
    /// </summary>
    internal static KconfigParseOptions ParseOptions(EquatableArray<InputFile> files, GeneratorOptions options, Kconfig.Model.KconfigDialect dialect, List<DiagnosticInfo> diagnostics)
    {
        var shellResults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shellFile in files.Where(f => f.Role == InputRole.ShellResults).OrderBy(f => f.Order))
        {
            ShellResultsReader.Read(shellFile, shellResults, diagnostics);
        }

        return new KconfigParseOptions { Dialect = dialect, Macros = ParseMacros(options.Macros, diagnostics), ShellResults = shellResults };
    }

    private static InputFile FirstRoot(List<InputFile> kconfigFiles)
    {
        var sourced = SourcedFileScanner.FindSourced(kconfigFiles, string.Empty);
        return kconfigFiles.FirstOrDefault(f => !sourced.Contains(KconfigPath.Normalize(f.Path))) ?? kconfigFiles[0];
    }

    private static Dictionary<string, string> ParseMacros(string? macros, List<DiagnosticInfo> diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(macros))
        {
            return result;
        }

        foreach (var entry in macros!.Split(';', '|'))
        {
            if (entry.Trim().Length == 0)
            {
                continue;
            }

            var equals = entry.IndexOf('=');
            if (equals <= 0)
            {
                diagnostics.Add(new DiagnosticInfo("KCONF201", KconfigSeverity.Error, $"KconfigMacros entry '{entry.Trim()}' is not NAME=VALUE", null, 0, 0));
                continue;
            }

            result[entry.Substring(0, equals).Trim()] = entry.Substring(equals + 1);
        }

        return result;
    }
}
