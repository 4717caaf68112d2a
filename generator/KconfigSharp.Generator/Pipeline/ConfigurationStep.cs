using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KconfigSharp.Generator.Emit;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The generator's work, free of Roslyn types: AdditionalFiles and options in, generated source and
/// located diagnostics out. Roots are the Kconfig files no other file sources; the source tree is
/// <c>KconfigSourceTree</c> or the first root's folder.
/// </summary>
internal static class ConfigurationStep
{
    public static GenerationResult Run(EquatableArray<InputFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var (dialect, mode, emitOptions) = OptionsValidator.Validate(options, diagnostics);
        var kconfigFiles = files.Where(f => f.Role == InputRole.Kconfig).OrderBy(f => f.Order).ToList();
        var valuesFiles = files.Where(f => f.Role == InputRole.Values).OrderBy(f => f.Order).ToList();
        if (kconfigFiles.Count == 0)
        {
            if (valuesFiles.Count > 0)
            {
                diagnostics.Add(new DiagnosticInfo("KCONF202", KconfigSeverity.Warning,
                    $"'{valuesFiles[0].Path}' is a Kconfig values file, but no Kconfig file is among the AdditionalFiles; add one (for example <AdditionalFiles Include=\"Kconfig\" />)", null, 0, 0));
            }

            return new GenerationResult(null, diagnostics.ToEquatableArray());
        }

        var sourceTree = !string.IsNullOrWhiteSpace(options.SourceTree)
            ? KconfigPath.Combine(KconfigPath.Normalize(options.ProjectDirectory ?? string.Empty), options.SourceTree!.Trim())
            : KconfigPath.GetDirectory(KconfigPath.Normalize(FirstRoot(kconfigFiles, string.Empty).Path));
        var sourced = SourcedFileScanner.FindSourced(kconfigFiles, sourceTree);
        var roots = kconfigFiles.Where(f => !sourced.Contains(KconfigPath.Normalize(f.Path))).ToList();
        if (roots.Count == 0)
        {
            roots.Add(kconfigFiles[0]);
        }

        var provider = new AdditionalFilesProvider(sourceTree, files.Where(f => f.Role != InputRole.None));
        cancellationToken.ThrowIfCancellationRequested();
        var macros = ParseMacros(options.Macros, diagnostics);
        var model = KconfigParser.Parse(
            roots.Select(r => provider.TreePath(r.Path)).ToList(),
            provider,
            new KconfigParseOptions { Dialect = dialect, Macros = macros });

        var bag = new DiagnosticBag();
        var values = new List<ValueAssignment>();
        foreach (var valuesFile in valuesFiles)
        {
            values.AddRange(ValuesFileReader.Read(provider.TreePath(valuesFile.Path), provider, bag));
        }

        if (!string.IsNullOrWhiteSpace(options.Defines))
        {
            values.AddRange(DefinesParser.ParseList(options.Defines!, bag));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var resolved = KconfigEngine.Resolve(model, values, new ResolveOptions { Mode = mode });
        var description = $"Kconfig symbols from {string.Join(", ", roots.Select(r => provider.TreePath(r.Path)))}"
            + (valuesFiles.Count > 0 ? $", resolved with {string.Join(", ", valuesFiles.Select(v => provider.TreePath(v.Path)))}" : string.Empty)
            + $" (dialect {(dialect == Kconfig.Model.KconfigDialect.Qemu ? "qemu" : "kconfig")}).";
        var emitDiagnostics = new List<KconfigDiagnostic>();
        var source = FeatureFlagsEmitter.Emit(resolved, emitOptions with { Description = description }, emitDiagnostics);

        foreach (var diagnostic in resolved.Diagnostics.Concat(bag.Items).Concat(emitDiagnostics))
        {
            diagnostics.Add(ToInfo(diagnostic, provider));
        }

        return new GenerationResult(source, diagnostics.ToEquatableArray());
    }

    private static InputFile FirstRoot(List<InputFile> kconfigFiles, string sourceTree)
    {
        var sourced = SourcedFileScanner.FindSourced(kconfigFiles, sourceTree);
        return kconfigFiles.FirstOrDefault(f => !sourced.Contains(KconfigPath.Normalize(f.Path))) ?? kconfigFiles[0];
    }

    private static Dictionary<string, string> ParseMacros(string? macros, List<DiagnosticInfo> diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(macros))
        {
            return result;
        }

        foreach (var entry in macros!.Split(';'))
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

    private static DiagnosticInfo ToInfo(KconfigDiagnostic diagnostic, AdditionalFilesProvider provider)
    {
        var location = diagnostic.Location;
        return location.IsInFile
            ? new DiagnosticInfo(diagnostic.Id, diagnostic.Severity, diagnostic.Message, provider.FullPath(location.File), location.Line, location.Column)
            : new DiagnosticInfo(diagnostic.Id, diagnostic.Severity, diagnostic.Message, null, 0, 0);
    }
}
