using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF001: a read of a symbol that is the target of <c>imply</c> must sit where one of its impliers
/// is known true. First version: the enclosing <c>if</c> conditions (and their <c>&amp;&amp;</c>
/// operands) are the known facts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImpliedSymbolAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ImpliedSymbolUnguarded);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeFieldReference, OperationKind.FieldReference);
    }

    private static void AnalyzeFieldReference(OperationAnalysisContext context)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        var impliers = ImpliersOf(reference.Field);
        if (impliers.Count == 0)
        {
            return;
        }

        var facts = KnownFacts(reference);
        if (impliers.Any(facts.Contains))
        {
            return;
        }

        var name = KconfigMetadata.SymbolName(reference.Field) ?? reference.Field.Name;
        var implierList = string.Join(" or ", impliers);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImpliedSymbolUnguarded, reference.Syntax.GetLocation(), reference.Field.Name, implierList, implierList, name));
    }

    private static List<string> ImpliersOf(IFieldSymbol field)
    {
        var result = new List<string>();
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == KconfigMetadata.ImpliedByAttribute
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string implier)
            {
                result.Add(implier);
            }
        }

        return result;
    }

    private static HashSet<string> KnownFacts(IOperation operation)
    {
        var facts = new HashSet<string>();
        for (var child = operation; child.Parent is { } parent; child = parent)
        {
            if (parent is IConditionalOperation conditional && conditional.WhenTrue == child)
            {
                AddFacts(conditional.Condition, facts);
            }
        }

        return facts;
    }

    private static void AddFacts(IOperation condition, HashSet<string> facts)
    {
        switch (condition)
        {
            case IFieldReferenceOperation field when KconfigMetadata.SymbolName(field.Field) is { } name:
                facts.Add(name);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                AddFacts(and.LeftOperand, facts);
                AddFacts(and.RightOperand, facts);
                break;
            case IParenthesizedOperation parenthesized:
                AddFacts(parenthesized.Operand, facts);
                break;
        }
    }
}
