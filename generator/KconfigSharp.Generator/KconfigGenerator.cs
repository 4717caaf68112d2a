using System;
using System.Linq;
using KconfigSharp.Generator.Diagnostics;
using KconfigSharp.Kconfig.Writers.CSharp;
using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Kconfig.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
    private readonly Action<EquatableArray<InputFile>>? _beforeModelStep;

    /// <summary>The generator as the compiler loads it.</summary>
    public KconfigGenerator()
    {
    }

    /// <summary>
    /// A generator that calls <paramref name="beforeModelStep"/> at the start of each model step (inside
    /// its exception guard), so a test can prove an unexpected exception becomes one KCONF299, never CS8785.
    /// </summary>
    internal KconfigGenerator(Action<EquatableArray<InputFile>> beforeModelStep) => _beforeModelStep = beforeModelStep;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static post =>
            post.AddSource(FeatureFlagsAttributes.HintName, SourceText.From(FeatureFlagsAttributes.AttributesText, System.Text.Encoding.UTF8)));

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

                var content = TextContent.Of(text.GetText(cancellationToken));
                return new InputFile(text.Path, kind, content, 0);
            })
            .WithTrackingName(TrackingNames.InputFiles)
            .Where(static file => file is not null)
            .Collect()
            .Select(static (items, _) => new InputFileSet(items.Select(static (file, index) => file! with { Order = index }).ToEquatableArray()))
            .WithTrackingName(TrackingNames.CollectedFiles);

        var modelOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
            {
                var global = provider.GlobalOptions;
                return new GeneratorOptions(
                    Get(global, "KconfigDialect"), Get(global, "KconfigDefines"), Get(global, "KconfigMacros"), Get(global, "KconfigMode"),
                    Get(global, "KconfigSourceTree"), Get(global, "ProjectDir"), Get(global, "MSBuildProjectFullPath"), Get(global, "KconfigDocs"));
            })
            .WithTrackingName(TrackingNames.ModelOptions);

        var emitOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
            {
                var global = provider.GlobalOptions;
                return new EmitSettings(
                    Get(global, "KconfigNamespace"), Get(global, "RootNamespace"), Get(global, "KconfigClassName"),
                    Get(global, "KconfigVisibility"), Get(global, "KconfigConstants"), Get(global, "KconfigMemberNames"), Get(global, "KconfigDocs"), Get(global, "MSBuildProjectFullPath"));
            })
            .WithTrackingName(TrackingNames.EmitOptions);

        var model = files.Combine(modelOptions)
            .Select((pair, cancellationToken) => RunModelSafely(pair.Left.Files, pair.Right, _beforeModelStep, cancellationToken))
            .WithTrackingName(TrackingNames.Model);

        var results = model.Combine(emitOptions)
            .Select(static (pair, _) => RunEmitSafely(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Generation);

        context.RegisterSourceOutput(results, static (spc, result) =>
        {
            foreach (var info in result.Diagnostics)
            {
                spc.ReportDiagnostic(ToDiagnostic(info));
            }

            if (result.Source is { } source)
            {
                spc.AddSource(FeatureFlagsWriter.HintName, new ChunkedSourceText(source));
            }

            if (result.SupportSource is { } support)
            {
                spc.AddSource(FeatureFlagsAttributes.SupportHintName, SourceText.From(support, System.Text.Encoding.UTF8));
            }
        });
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static ModelResult RunModelSafely(EquatableArray<InputFile> files, GeneratorOptions options, Action<EquatableArray<InputFile>>? beforeModelStep, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            beforeModelStep?.Invoke(files);
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
            return new ModelResult(null, string.Empty, string.Empty, new[] { InternalError(exception) }.ToEquatableArray());
        }
    }

    private static GenerationResult RunEmitSafely(ModelResult model, EmitSettings settings)
    {
        try
        {
            return EmitStep.Run(model, settings);
        }
#pragma warning disable CA1031 // The generator must never throw into the compiler: report instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new GenerationResult(null, new[] { InternalError(exception) }.ToEquatableArray());
        }
    }

    private static DiagnosticInfo InternalError(Exception exception) =>
        new(GeneratorDiagnostics.InternalError.Id, Kconfig.Diagnostics.KconfigSeverity.Error,
            $"KconfigSharp failed unexpectedly ({exception.GetType().Name}: {exception.Message}); please report it with the Kconfig input", null, 0, 0);

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = GeneratorDiagnostics.For(info.Id);
        var location = info.FilePath is null
            ? Location.None
            : Location.Create(info.FilePath, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(Math.Max(0, info.Line - 1), Math.Max(0, info.Column - 1)), new LinePosition(Math.Max(0, info.Line - 1), Math.Max(0, info.Column - 1))));
        return Diagnostic.Create(descriptor, location, GeneratorDiagnostics.ToRoslyn(info.Severity), null, null, info.Message);
    }
}
