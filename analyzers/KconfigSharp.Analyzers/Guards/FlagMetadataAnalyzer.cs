using System.Collections.Generic;
using System.Collections.Immutable;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF000 on a generated flag member whose <c>[KconfigDependsOn]</c>, <c>[KconfigSelectedBy]</c> or
/// <c>[KconfigImpliedBy]</c> expression does not parse: the relation is left out of the guard analysis,
/// and this says so rather than dropping it silently.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FlagMetadataAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnreadableFlagMetadata);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        // The flag members are generated code: analyze it and report there. But the compilation's shared
        // model has read (and cached) every flag member already, so a symbol action is registered only
        // when it found metadata that does not parse: a valid tree (NuttX: 22,000 generated members)
        // costs no callback per field and property.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var unreadable = FlagModel.For(start.Compilation).FlagsWithUnreadableMetadata;
            if (unreadable.Count > 0)
            {
                start.RegisterSymbolAction(symbol => Check(symbol, unreadable), SymbolKind.Field, SymbolKind.Property);
            }
        });
    }

    private static void Check(SymbolAnalysisContext context, IReadOnlyDictionary<ISymbol, KconfigFlag> unreadable)
    {
        if (!unreadable.TryGetValue(context.Symbol.OriginalDefinition, out var flag) || context.Symbol.Locations.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var metadata in flag.Unreadable)
        {
            var shortName = metadata.AttributeName.EndsWith("Attribute", System.StringComparison.Ordinal)
                ? metadata.AttributeName.Substring(0, metadata.AttributeName.Length - "Attribute".Length)
                : metadata.AttributeName;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnreadableFlagMetadata, context.Symbol.Locations[0], shortName, metadata.Text, metadata.Error));
        }
    }
}
