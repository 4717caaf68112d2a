using System.Collections.Immutable;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF005: suppresses CS0162 (unreachable code) and CS0429 (unreachable expression) when the code is
/// dead only because a condition reads a <c>const</c> Kconfig flag: under another configuration it runs,
/// so the warning is noise (SPEC §6).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreachableCodeSuppressor : DiagnosticSuppressor
{
    /// <inheritdoc/>
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        ImmutableArray.Create(Descriptors.UnreachableCodeSuppression, Descriptors.UnreachableExpressionSuppression);

    /// <inheritdoc/>
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var model = context.GetSemanticModel(tree);
            if (CausedByConstFlag(node, model))
            {
                context.ReportSuppression(Suppression.Create(
                    diagnostic.Id == "CS0429" ? Descriptors.UnreachableExpressionSuppression : Descriptors.UnreachableCodeSuppression, diagnostic));
            }
        }
    }

    /// <summary>
    /// Whether a condition that decides whether <paramref name="node"/> runs reads a const flag: an
    /// enclosing if/while/for/?:/&amp;&amp;/|| condition, or an earlier if statement in an enclosing block
    /// (the <c>if (!F.X) return;</c> shape).
    /// </summary>
    private static bool CausedByConstFlag(SyntaxNode node, SemanticModel model)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            var parent = current.Parent;
            ExpressionSyntax? condition = parent switch
            {
                IfStatementSyntax s => s.Condition,
                ElseClauseSyntax { Parent: IfStatementSyntax s } => s.Condition,
                WhileStatementSyntax s => s.Condition,
                DoStatementSyntax s => s.Condition,
                ForStatementSyntax s => s.Condition,
                ConditionalExpressionSyntax s => s.Condition,
                BinaryExpressionSyntax s when s.IsKind(SyntaxKind.LogicalAndExpression) || s.IsKind(SyntaxKind.LogicalOrExpression) => s.Left,
                _ => null,
            };
            if (condition is not null && condition != current && ReadsConstFlag(condition, model))
            {
                return true;
            }

            if (parent is BlockSyntax block && current is StatementSyntax statement)
            {
                foreach (var earlier in block.Statements)
                {
                    if (earlier == statement)
                    {
                        break;
                    }

                    if (earlier is IfStatementSyntax earlierIf && ReadsConstFlag(earlierIf.Condition, model))
                    {
                        return true;
                    }
                }
            }

            if (parent is MemberDeclarationSyntax)
            {
                break;
            }
        }

        return false;
    }

    private static bool ReadsConstFlag(ExpressionSyntax condition, SemanticModel model)
    {
        foreach (var name in condition.DescendantNodesAndSelf())
        {
            if (name is IdentifierNameSyntax && model.GetSymbolInfo(name).Symbol is IFieldSymbol { IsConst: true } field && KconfigMetadata.SymbolName(field) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
