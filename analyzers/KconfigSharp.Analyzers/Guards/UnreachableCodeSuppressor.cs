using System.Collections.Generic;
using System.Collections.Immutable;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF005: suppresses CS0162 (unreachable code) and CS0429 (unreachable expression) when the code is
/// dead only because a condition reads a <c>const</c> Kconfig flag: under another configuration it runs,
/// so the warning is noise (SPEC §6).
/// </summary>
/// <remarks>
/// Syntax first: each reported location is mapped to the conditions that can make it unreachable (see
/// <see cref="AddConditionsDeciding"/>), and only an identifier there whose name is a const flag member's
/// is bound, to confirm it is that member. A build with no const flag pays one lookup per compilation.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreachableCodeSuppressor : DiagnosticSuppressor
{
    /// <inheritdoc/>
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        ImmutableArray.Create(Descriptors.UnreachableCodeSuppression, Descriptors.UnreachableExpressionSuppression);

    /// <inheritdoc/>
    [MethodImpl(HotPath.Optimized)]
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var model = FlagModel.For(context.Compilation);
        if (!model.HasConstFlags)
        {
            return;
        }

        var conditions = new List<ExpressionSyntax>();
        var pending = new List<SyntaxNode>();
        var narrowed = context;
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            SemanticModel? semanticModel = null;
            conditions.Clear();
            AddConditionsDeciding(node, conditions);
            foreach (var condition in conditions)
            {
                if (ReadsConstFlag(condition, model, ref semanticModel, context, pending))
                {
                    NarrowedSuppressionReport.Report(ref narrowed, Suppression.Create(
                        diagnostic.Id == "CS0429" ? Descriptors.UnreachableExpressionSuppression : Descriptors.UnreachableCodeSuppression, diagnostic));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the conditions that decide whether <paramref name="node"/> runs, innermost first: the condition of
    /// each enclosing if/else/while/do/for/?: (and the left operand of an enclosing &amp;&amp;/||), and the
    /// conditions of earlier if/while/do/for statements of each enclosing block that can end the path to
    /// it (the <c>if (!F.X) return;</c> shape), up to the nearest plain jump statement before it: code after
    /// an unconditional <c>return</c> is unreachable whatever the flags are, so its CS0162 stays. The walk
    /// stops at the enclosing member, lambda or local function.
    /// </summary>
    /// <remarks>A list rather than an iterator: one per compilation, filled per diagnostic (thousands in a build).</remarks>
    [MethodImpl(HotPath.Optimized)]
    internal static void AddConditionsDeciding(SyntaxNode node, List<ExpressionSyntax> into)
    {
        for (var current = node; current.Parent is { } parent; current = parent)
        {
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
            if (condition is not null && condition != current)
            {
                into.Add(condition);
            }

            if (parent is BlockSyntax block && current is StatementSyntax statement)
            {
                var statements = block.Statements;
                for (var i = statements.IndexOf(statement) - 1; i >= 0; i--)
                {
                    var earlier = statements[i];
                    if (earlier is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax
                        or YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement })
                    {
                        break;
                    }

                    if (ConditionOf(earlier) is { } earlierCondition)
                    {
                        into.Add(earlierCondition);
                    }
                }
            }

            // A lambda or local function body has its own reachability: what decides whether the function
            // is created or called does not make code inside it unreachable.
            if (parent is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return;
            }
        }
    }

    private static ExpressionSyntax? ConditionOf(StatementSyntax statement) => statement switch
    {
        IfStatementSyntax s => s.Condition,
        WhileStatementSyntax s => s.Condition,
        DoStatementSyntax s => s.Condition,
        ForStatementSyntax s => s.Condition,
        _ => null,
    };

    /// <summary>Whether the condition reads a const flag: names first, the semantic model only for a match.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool ReadsConstFlag(ExpressionSyntax condition, FlagModel model, ref SemanticModel? semanticModel, SuppressionAnalysisContext context, List<SyntaxNode> pending)
    {
        // The condition's tokens by an explicit walk: DescendantTokens' iterator is generic code over Roslyn's structs
        // that runs at tier 0 for the whole build (docs/performance.md, "Issue 13 guard analysis, session 2026-11-29 (morning)").
        pending.Clear();
        pending.Add(condition);
        while (pending.Count > 0)
        {
            var node = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);

            // Reversed: the forward ChildSyntaxList.Enumerator gained fields after Roslyn 4.8, so the runtime rejects the
            // ReadyToRun copy's code of a method that holds one; the reversed one is the same in both (any match will do).
            foreach (var child in node.ChildNodesAndTokens().Reverse())
            {
                if (child.AsNode() is { } childNode)
                {
                    pending.Add(childNode);
                    continue;
                }

                var token = child.AsToken();
                if (!token.IsKind(SyntaxKind.IdentifierToken) || !model.IsConstFlagMemberName(token.ValueText) || token.Parent is not IdentifierNameSyntax name)
                {
                    continue;
                }

                semanticModel ??= context.GetSemanticModel(condition.SyntaxTree);
                if (semanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is IFieldSymbol { IsConst: true } field && model.FlagOf(field) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
