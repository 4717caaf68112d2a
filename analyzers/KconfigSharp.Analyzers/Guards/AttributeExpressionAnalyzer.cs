using System.Runtime.CompilerServices;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
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
/// others, attributes whose name spells one are found once per compilation (<see cref="SpelledAttributes"/>,
/// shared with the guard gate). Syntax first: an attribute whose first argument is a plain string literal with
/// a valid expression has nothing to report whatever type it binds to, so it is not bound (see
/// <see cref="PlainLiteralText"/>); the others are bound to confirm the type. The generator's output
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

            // Worked out at the first attribute, not here (compilation-start actions run beside the compiler's declaration pass).
            var compilation = start.Compilation;
            var literalsAreArguments = new Lazy<bool>(() => FirstParameterTakesLiteral(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSemanticModelAction(model => CheckFile(model, problems, literalsAreArguments));
        });
    }

    [MethodImpl(HotPath.Optimized)]
    private static void CheckFile(SemanticModelAnalysisContext context, ConcurrentDictionary<string, string?> problems, Lazy<bool> literalsAreArguments)
    {
        // The compilation's spelled attributes are found once for every file and for the guard gate, which needs them too.
        foreach (var attribute in SpelledAttributes.For(context.SemanticModel.Compilation).In(context.SemanticModel.SyntaxTree))
        {
            if (PlainLiteralText(attribute) is { } literal && literalsAreArguments.Value && ProblemOf(literal, problems, context.SemanticModel.Compilation) is null)
            {
                continue;
            }

            Check(context, attribute, problems);
        }
    }

    /// <summary>
    /// The value of the attribute's first argument when it is a string literal passed by position (no <c>name:</c>, no
    /// <c>Name =</c>), else null. Where the attribute binds cleanly that argument is the constructor's first one, which
    /// <see cref="Check"/> reads (<see cref="FirstParameterTakesLiteral"/> rules out the one shape where the value differs);
    /// where it does not, <see cref="Check"/> reads the first positional argument's constant: either way this value. So a
    /// valid one has nothing to report, whatever type the attribute binds to, and needs no binding.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static string? PlainLiteralText(AttributeSyntax attribute) =>
        attribute.ArgumentList is { Arguments: { Count: > 0 } arguments }
            && arguments[0] is { NameEquals: null, NameColon: null, Expression: LiteralExpressionSyntax literal }
            && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;

    /// <summary>
    /// Whether no constructor of a type our attributes' names may bind to (<c>KconfigSharp.RequiresKconfigAttribute</c>,
    /// <c>KconfigSharp.KconfigGuardAttribute</c>, of any arity, in source or any reference) takes a <c>params</c> array
    /// first: with one, a lone string literal becomes an array, not the constructor's first argument as a string.
    /// </summary>
    private static bool FirstParameterTakesLiteral(Compilation compilation)
    {
        foreach (var member in compilation.GlobalNamespace.GetMembers("KconfigSharp"))
        {
            if (member is not INamespaceSymbol ns)
            {
                continue;
            }

            foreach (var name in new[] { "RequiresKconfigAttribute", "KconfigGuardAttribute" })
            {
                foreach (var type in ns.GetTypeMembers(name))
                {
                    foreach (var constructor in type.InstanceConstructors)
                    {
                        if (constructor.Parameters.Length > 0 && constructor.Parameters[0].IsParams)
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>What is wrong with <paramref name="text"/> as an attribute's expression (null: nothing), once per text.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static string? ProblemOf(string? text, ConcurrentDictionary<string, string?> problems, Compilation compilation)
    {
        var key = text ?? "\0";
        if (!problems.TryGetValue(key, out var problem))
        {
            problem = Problem(text, FlagModel.For(compilation));
            problems.TryAdd(key, problem);
        }

        return problem;
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

        if (ProblemOf(text, problems, context.SemanticModel.Compilation) is { } problem)
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
