using System.Collections.Generic;
using System.Collections.Immutable;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF004: the expression of <c>[RequiresKconfig]</c> or <c>[KconfigGuard]</c> must parse and name only
/// symbols that a FeatureFlags member of this compilation (or a referenced FeatureFlags type) defines.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AttributeExpressionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidAttributeExpression);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        // Only what people wrote: the generator's output (auto-generated, [GeneratedCode]) is valid by
        // construction, so generated members are not visited, and the flag model is only consulted
        // when an attribute of a written member has an expression to check.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(
            symbolContext => Check(symbolContext.Symbol.GetAttributes(), symbolContext.Compilation, symbolContext.ReportDiagnostic, symbolContext.CancellationToken),
            SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        context.RegisterCompilationAction(end => Check(end.Compilation.Assembly.GetAttributes(), end.Compilation, end.ReportDiagnostic, end.CancellationToken));
    }

    private static void Check(ImmutableArray<AttributeData> attributes, Compilation compilation, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var name in new[] { KconfigMetadata.RequiresAttribute, KconfigMetadata.GuardAttribute })
        {
            foreach (var (text, attribute) in KconfigMetadata.StringArguments(attributes, name))
            {
                // An attribute without source (from metadata) was checked where it was written.
                if (attribute.ApplicationSyntaxReference is not { } reference || Problem(text, FlagModel.For(compilation)) is not { } problem)
                {
                    continue;
                }

                var syntax = reference.GetSyntax(cancellationToken);
                var shortName = attribute.AttributeClass!.Name.Substring(0, attribute.AttributeClass.Name.Length - "Attribute".Length);
                report(Diagnostic.Create(Descriptors.InvalidAttributeExpression, syntax.GetLocation(), shortName, text ?? string.Empty, problem));
            }
        }
    }

    private static string? Problem(string? text, FlagModel model)
    {
        var expression = KconfigExpressionReader.TryRead(text, out var error);
        if (expression is null)
        {
            return "the expression does not parse: " + error;
        }

        var symbols = new List<string>();
        expression.CollectSymbols(symbols);
        foreach (var symbol in symbols)
        {
            if (!model.IsKnown(symbol))
            {
                return $"'{symbol}' is not a Kconfig symbol of this compilation (no member has [KconfigSymbol(\"{symbol}\")])";
            }
        }

        return null;
    }
}
