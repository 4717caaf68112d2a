using System.Runtime.CompilerServices;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF004: the expression of <c>[RequiresKconfig]</c> or <c>[KconfigGuard]</c> must parse and name only
/// symbols that a FeatureFlags member of this compilation (or a referenced FeatureFlags type) defines.
/// </summary>
/// <remarks>
/// Only what people wrote, and only those attributes: a per-file semantic-model action (a syntax-node or
/// code-block action costs Roslyn's per-declaration driver work on every file, see docs/performance.md).
/// A file whose text spells neither name (nor a using alias of one) is skipped without a walk; in the
/// others, attributes whose name spells one are bound to confirm the type (the attributes are found once per
/// compilation, <see cref="SpelledAttributes"/>, shared with the guard gate). The generator's output
/// (auto-generated) is valid by construction and not visited; each distinct expression text is checked
/// once per compilation.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AttributeExpressionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidAttributeExpression);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var problems = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
            start.RegisterSemanticModelAction(model => CheckFile(model, problems));
        });
    }

    [MethodImpl(HotPath.Optimized)]
    private static void CheckFile(SemanticModelAnalysisContext context, ConcurrentDictionary<string, string?> problems)
    {
        // The compilation's spelled attributes are found once for every file and for the guard gate, which needs them too.
        foreach (var attribute in SpelledAttributes.For(context.SemanticModel.Compilation).In(context.SemanticModel.SyntaxTree))
        {
            Check(context, attribute, problems);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void Check(SemanticModelAnalysisContext context, AttributeSyntax attribute, ConcurrentDictionary<string, string?> problems)
    {
        INamedTypeSymbol? type;
        string? text;
        if (AppliedAttribute.Find(context.SemanticModel, attribute, context.CancellationToken) is { AttributeClass: { } applied, AttributeConstructor: not null } data
            && !data.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error))
        {
            // The compiler's own binding of the attribute (its declaration's attributes): no second binding.
            type = applied;
            text = KconfigMetadata.FirstStringArgument(data);
        }
        else
        {
            // Not bound cleanly, or not found on a declaration (a lambda's, a `return:` target): bind it here.
            var info = context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken);
            type = (info.Symbol ?? info.CandidateSymbols.FirstOrDefault())?.ContainingType;
            var argument = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null);
            text = argument is null ? null : context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken).Value as string;
        }

        var isRequires = KconfigMetadata.IsType(type, KconfigMetadata.RequiresAttribute);
        if (type is null || (!isRequires && !KconfigMetadata.IsType(type, KconfigMetadata.GuardAttribute)))
        {
            return;
        }

        var key = text ?? "\0";
        if (!problems.TryGetValue(key, out var problem))
        {
            problem = Problem(text, FlagModel.For(context.SemanticModel.Compilation));
            problems.TryAdd(key, problem);
        }

        if (problem is not null)
        {
            var shortName = type.Name.Substring(0, type.Name.Length - "Attribute".Length);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidAttributeExpression, attribute.GetLocation(), shortName, text ?? string.Empty, problem));
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
