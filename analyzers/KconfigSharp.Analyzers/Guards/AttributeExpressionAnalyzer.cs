using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF004: the expression of <c>[RequiresKconfig]</c> or <c>[KconfigGuard]</c> must parse and name only
/// symbols that a FeatureFlags member of this compilation (or a referenced FeatureFlags type) defines.
/// </summary>
/// <remarks>
/// Only what people wrote, and only those attributes: a syntax-node action on attributes whose name
/// spells one of the two (or a using alias of one), bound only then to confirm the type. The
/// generator's output (auto-generated) is valid by construction and not visited; each distinct
/// expression text is checked once per compilation.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AttributeExpressionAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] AttributeNames = ["RequiresKconfig", "RequiresKconfigAttribute", "KconfigGuard", "KconfigGuardAttribute"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidAttributeExpression);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var names = new HashSet<string>(AttributeNames, StringComparer.Ordinal);
            names.UnionWith(UsingAliases.Of(start.Compilation, name => Array.IndexOf(AttributeNames, name) >= 0));
            var problems = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
            start.RegisterSyntaxNodeAction(node => Check(node, names, problems), SyntaxKind.Attribute);
        });
    }

    private static void Check(SyntaxNodeAnalysisContext context, HashSet<string> names, ConcurrentDictionary<string, string?> problems)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (!names.Contains(UsingAliases.RightmostName(attribute.Name)))
        {
            return;
        }

        var info = context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken);
        var type = (info.Symbol ?? info.CandidateSymbols.FirstOrDefault())?.ContainingType;
        var isRequires = KconfigMetadata.IsType(type, KconfigMetadata.RequiresAttribute);
        if (type is null || (!isRequires && !KconfigMetadata.IsType(type, KconfigMetadata.GuardAttribute)))
        {
            return;
        }

        var argument = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null);
        var text = argument is null ? null : context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken).Value as string;
        var key = text ?? "\0";
        if (!problems.TryGetValue(key, out var problem))
        {
            problem = Problem(text, FlagModel.For(context.Compilation));
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
