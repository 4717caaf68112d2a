using System;
using System.Linq;
using KconfigSharp.Generator.Diagnostics;
using KconfigSharp.Generator.Emit;
using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Kconfig.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Generator;

/// <summary>
/// Turns Kconfig AdditionalFiles (plus values files and MSBuild options) into a typed
/// <c>FeatureFlags</c> class. The pipeline carries only equatable models: file contents, raw options,
/// and the final source with its diagnostics, so an unrelated C# edit reruns nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KconfigGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static post =>
            post.AddSource(AttributeSource.HintName, SourceText.From(AttributeSource.Text, System.Text.Encoding.UTF8)));

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var (text, optionsProvider) = pair;
                optionsProvider.GetOptions(text).TryGetValue("build_metadata.AdditionalFiles.KconfigRole", out var role);
                var kind = InputClassifier.Classify(text.Path, role);
                if (kind == InputRole.None)
                {
                    return null;
                }

                var content = text.GetText(cancellationToken)?.ToString() ?? string.Empty;
                return new InputFile(text.Path, kind, content, 0);
            })
            .WithTrackingName(TrackingNames.InputFiles)
            .Where(static file => file is not null)
            .Collect()
            .Select(static (items, _) => items.Select(static (file, index) => file! with { Order = index }).ToEquatableArray())
            .WithTrackingName(TrackingNames.CollectedFiles);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
            {
                var global = provider.GlobalOptions;
                string? Get(string name) => global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
                return new GeneratorOptions(
                    Get("KconfigDialect"), Get("KconfigDefines"), Get("KconfigMacros"), Get("KconfigMode"),
                    Get("KconfigNamespace"), Get("RootNamespace"), Get("KconfigClassName"), Get("KconfigVisibility"),
                    Get("KconfigConstants"), Get("KconfigMemberNames"), Get("KconfigSourceTree"), Get("ProjectDir"));
            })
            .WithTrackingName(TrackingNames.Options);

        var results = files.Combine(options)
            .Select(static (pair, cancellationToken) => RunSafely(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Generation);

        context.RegisterSourceOutput(results, static (spc, result) =>
        {
            foreach (var info in result.Diagnostics)
            {
                spc.ReportDiagnostic(ToDiagnostic(info));
            }

            if (result.Source is { } source)
            {
                spc.AddSource(FeatureFlagsEmitter.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        });
    }

    private static GenerationResult RunSafely(EquatableArray<InputFile> files, GeneratorOptions options, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return ConfigurationStep.Run(files, options, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw into the compiler: report instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var message = $"KconfigSharp failed unexpectedly ({exception.GetType().Name}: {exception.Message}); please report it with the Kconfig input";
            return new GenerationResult(null, new[] { new DiagnosticInfo("KCONF299", Kconfig.Diagnostics.KconfigSeverity.Error, message, null, 0, 0) }.ToEquatableArray());
        }
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = GeneratorDiagnostics.For(info.Id, info.Severity);
        var location = info.FilePath is null
            ? Location.None
            : Location.Create(info.FilePath, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(Math.Max(0, info.Line - 1), Math.Max(0, info.Column - 1)), new LinePosition(Math.Max(0, info.Line - 1), Math.Max(0, info.Column - 1))));
        return Diagnostic.Create(descriptor, location, GeneratorDiagnostics.ToRoslyn(info.Severity), null, null, info.Message);
    }
}
