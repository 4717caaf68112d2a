using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KconfigSharp.Analyzers;
using KconfigSharp.Analyzers.Guards;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace KconfigSharp.CodeFixes;

/// <summary>
/// Fixes for KCONF001 and KCONF002 (SPEC §6): wrap the statement in <c>if (FeatureFlags.X) { ... }</c>,
/// add <c>&amp;&amp; FeatureFlags.X</c> to the nearest enclosing <c>if</c>, or add
/// <c>[RequiresKconfig("X")]</c> to the containing member (moving the obligation to its callers).
/// The analyzer passes the expression to establish in the diagnostic's properties.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GuardCodeFixProvider)), Shared]
public sealed class GuardCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.ImpliedSymbolUnguarded, DiagnosticIds.RequiresKconfigUnguarded);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(GuardAnalyzer.KconfigExpressionProperty, out var kconfig) || kconfig is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            diagnostic.Properties.TryGetValue(GuardAnalyzer.CSharpConditionProperty, out var condition);
            if (condition is not null && node.FirstAncestorOrSelf<StatementSyntax>() is { } statement && statement is not BlockSyntax && statement.Parent is BlockSyntax)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Guard with 'if ({Short(condition)})'", ct => WrapAsync(context.Document, statement, condition, ct), "Wrap:" + kconfig),
                    diagnostic);
            }

            if (condition is not null && NearestGuard(node) is { } guard)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Add '&& {Short(condition)}' to the enclosing condition", ct => ExtendAsync(context.Document, guard, condition, ct), "Extend:" + kconfig),
                    diagnostic);
            }

            if (ContainingMember(node) is { } member)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Add [RequiresKconfig(\"{kconfig}\")] to the containing member", ct => RequireAsync(context.Document, member, kconfig, ct), "Require:" + kconfig),
                    diagnostic);
            }
        }
    }

    private static string Short(string condition) => condition.Replace("global::", string.Empty);

    private static IfStatementSyntax? NearestGuard(SyntaxNode node)
    {
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            if (parent is IfStatementSyntax ifStatement && ifStatement.Statement == current)
            {
                return ifStatement;
            }

            if (parent is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax)
            {
                return null;
            }
        }

        return null;
    }

    private static MemberDeclarationSyntax? ContainingMember(SyntaxNode node) =>
        node.AncestorsAndSelf().FirstOrDefault(n => n is MethodDeclarationSyntax or ConstructorDeclarationSyntax or PropertyDeclarationSyntax) as MemberDeclarationSyntax;

    // The simplifier does not drop a global:: alias, so the namespace-qualified form is what it reduces
    // (to FeatureFlags.X when the namespace is imported).
    private static ExpressionSyntax Condition(string condition) =>
        SyntaxFactory.ParseExpression(Short(condition)).WithAdditionalAnnotations(Simplifier.Annotation);

    private static async Task<Document> WrapAsync(Document document, StatementSyntax statement, string condition, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var guarded = SyntaxFactory.IfStatement(Condition(condition), SyntaxFactory.Block(statement.WithoutLeadingTrivia().WithoutTrailingTrivia()))
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(statement.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(statement, guarded));
    }

    private static async Task<Document> ExtendAsync(Document document, IfStatementSyntax guard, string condition, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var left = guard.Condition is BinaryExpressionSyntax or ConditionalExpressionSyntax or AssignmentExpressionSyntax or IsPatternExpressionSyntax
            && !guard.Condition.IsKind(SyntaxKind.LogicalAndExpression)
            ? SyntaxFactory.ParenthesizedExpression(guard.Condition.WithoutTrivia())
            : guard.Condition.WithoutTrivia();
        var extended = SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, left, Condition(condition)).WithTriviaFrom(guard.Condition);
        return document.WithSyntaxRoot(root.ReplaceNode(guard.Condition, extended));
    }

    private static async Task<Document> RequireAsync(Document document, MemberDeclarationSyntax member, string kconfig, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var attribute = SyntaxFactory.Attribute(
            (NameSyntax)SyntaxFactory.ParseName("global::KconfigSharp.RequiresKconfig").WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(kconfig))))));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        var leading = member.GetLeadingTrivia();
        var updated = member.WithoutLeadingTrivia().AddAttributeLists(list.WithLeadingTrivia(leading)).WithAdditionalAnnotations(Formatter.Annotation);
        if (member.AttributeLists.Count > 0)
        {
            updated = member.AddAttributeLists(list).WithAdditionalAnnotations(Formatter.Annotation);
        }

        return document.WithSyntaxRoot(root.ReplaceNode(member, updated));
    }
}
