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
        // The flag members are generated code: analyze it and report there. A per-file action, not a symbol action:
        // a valid tree (NuttX: 22,000 generated members) then costs no callback per field and property, only a look
        // at the compilation's shared model, which has read (and cached) every flag member already; and not a
        // compilation-start decision, which would build that model beside the compiler's declaration pass, binding
        // the flag members' attributes before the compiler does (docs/performance.md, issue 13, night 3).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSemanticModelAction(Check);
    }

    private static void Check(SemanticModelAnalysisContext context)
    {
        var unreadable = FlagModel.For(context.SemanticModel.Compilation).FlagsWithUnreadableMetadata;
        if (unreadable.Count == 0)
        {
            return;
        }

        var tree = context.SemanticModel.SyntaxTree;
        foreach (var pair in unreadable)
        {
            var member = pair.Key;
            if (member.Locations.IsDefaultOrEmpty || member.Locations[0].SourceTree != tree)
            {
                continue;
            }

            foreach (var metadata in pair.Value.Unreadable)
            {
                var shortName = metadata.AttributeName.EndsWith("Attribute", System.StringComparison.Ordinal)
                    ? metadata.AttributeName.Substring(0, metadata.AttributeName.Length - "Attribute".Length)
                    : metadata.AttributeName;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnreadableFlagMetadata, member.Locations[0], shortName, metadata.Text, metadata.Error));
            }
        }
    }
}
