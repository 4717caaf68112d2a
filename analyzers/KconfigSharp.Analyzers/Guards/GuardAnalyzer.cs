using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KconfigSharp.Analyzers.Flow;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// KCONF001 (implied symbol read outside a guard on its implier), KCONF002 (use of a
/// <c>[RequiresKconfig]</c> member outside a context establishing its expression) and KCONF003 (guard
/// condition false in every valid configuration). One guard data flow per operation block serves the
/// first two; it is only built when a cheap scan finds a flag read or an annotated member.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GuardAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the Kconfig expression a fix should establish.</summary>
    public const string KconfigExpressionProperty = "KconfigExpression";

    /// <summary>Diagnostic property: the same as a fully qualified C# condition (absent when not expressible).</summary>
    public const string CSharpConditionProperty = "CSharpCondition";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ImpliedSymbolUnguarded, Descriptors.RequiresKconfigUnguarded, Descriptors.UnsatisfiableGuard, Descriptors.AnalyzerFailure);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var model = FlagModel.For(start.Compilation);
            var annotations = new KconfigAnnotations(start.Compilation.Assembly);
            start.RegisterOperationBlockAction(block => AnalyzeBlocks(block, model, annotations));
        });
    }

    private static void AnalyzeBlocks(OperationBlockAnalysisContext context, FlagModel model, KconfigAnnotations annotations)
    {
        foreach (var block in context.OperationBlocks)
        {
            try
            {
                AnalyzeBlock(context, block, model, annotations);
            }
            catch (GuardAnalysisLimitException e)
            {
                // A checked limit (KCONF000 where the input is too deep), not a failure of the analysis.
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AnalyzerFailure, (e.At ?? block.Syntax).GetLocation(), e.Message));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never throw into the compiler (AD0001 would hide every other result of the analyzer).
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AnalyzerFailure, block.Syntax.GetLocation(), e.GetType().Name + ": " + e.Message));
            }
        }
    }

    /// <summary>Test hook: when set, called at the start of each analysed block (lets a test make the analysis throw).</summary>
    internal static Action<IOperation>? OnAnalyzeBlock { get; set; }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, IOperation block, FlagModel model, KconfigAnnotations annotations)
    {
        if (block.Kind is OperationKind.None or OperationKind.Attribute)
        {
            return;
        }

        // The cheap gate: no flag read and no annotated member, no graph.
        if (!block.Descendants().Any(op => IsInteresting(op, model, annotations)))
        {
            return;
        }

        OnAnalyzeBlock?.Invoke(block);
        var translator = new ConditionTranslator(model, annotations, block.SemanticModel);
        ReportUnsatisfiableGuards(context, block, model, translator);

        ControlFlowGraph graph;
        try
        {
            graph = context.GetControlFlowGraph(block);
        }
        catch (ArgumentException)
        {
            // Not a root the graph builder accepts (for example an attribute argument).
            return;
        }

        var entry = FactSet.Empty.With(annotations.ContextOf(context.OwningSymbol), model);
        var reported = new HashSet<SyntaxNode>();
        var flow = new GuardDataFlow(model, translator, (operation, state) => Check(context, operation, state, model, annotations, reported));
        flow.Run(graph, entry);
    }

    private static bool IsInteresting(IOperation operation, FlagModel model, KconfigAnnotations annotations) => operation switch
    {
        IMemberReferenceOperation m => model.FlagOf(m.Member) is not null || annotations.RequirementOf(m.Member) is not null || annotations.GuardOf(m.Member) is not null,
        IInvocationOperation i => annotations.RequirementOf(i.TargetMethod) is not null || annotations.GuardOf(i.TargetMethod) is not null,
        IObjectCreationOperation { Constructor: { } c } => annotations.RequirementOf(c) is not null,
        _ => false,
    };

    private static void Check(OperationBlockAnalysisContext context, IOperation operation, FactSet state, FlagModel model, KconfigAnnotations annotations, HashSet<SyntaxNode> reported)
    {
        ISymbol? used = operation switch
        {
            IMemberReferenceOperation m => m.Member,
            IInvocationOperation i => i.TargetMethod,
            IObjectCreationOperation c => c.Constructor,
            _ => null,
        };
        if (used is null || operation.IsImplicit && operation is not IMemberReferenceOperation)
        {
            return;
        }

        if (operation is IMemberReferenceOperation && model.FlagOf(used) is { ImpliedBy.Count: > 0 } flag)
        {
            CheckImpliedRead(context, operation, flag, state, model, reported);
            return;
        }

        if (annotations.RequirementOf(used) is { } requirement && !state.Establishes(requirement) && reported.Add(operation.Syntax))
        {
            var name = used is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor ? ctor.ContainingType.Name : used.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.RequiresKconfigUnguarded, operation.Syntax.GetLocation(), FixProperties(requirement, model), name, requirement.ToString()));
        }
    }

    private static void CheckImpliedRead(OperationBlockAnalysisContext context, IOperation operation, KconfigFlag flag, FactSet state, FlagModel model, HashSet<SyntaxNode> reported)
    {
        var options = flag.ImpliedBy.Select(i => i.Condition is null ? KconfigExpression.Sym(i.Symbol) : KconfigExpression.And(KconfigExpression.Sym(i.Symbol), i.Condition)).ToList();
        if (options.Any(state.Establishes) || !reported.Add(operation.Syntax))
        {
            return;
        }

        var impliers = string.Join(" or ", flag.ImpliedBy.Select(i => i.Symbol));
        var guards = string.Join(" or ", options.Select(o => o.ToString()));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ImpliedSymbolUnguarded, operation.Syntax.GetLocation(), FixProperties(options[0], model), flag.Member.Name, impliers, guards, flag.Name));
    }

    private static ImmutableDictionary<string, string?> FixProperties(KconfigExpression expression, FlagModel model)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[KconfigExpressionProperty] = expression.ToString();
        if (CSharpCondition.From(expression, model) is { } condition)
        {
            builder[CSharpConditionProperty] = condition;
        }

        return builder.ToImmutable();
    }

    private static void ReportUnsatisfiableGuards(OperationBlockAnalysisContext context, IOperation block, FlagModel model, ConditionTranslator translator)
    {
        foreach (var operation in block.Descendants())
        {
            var condition = operation switch
            {
                IConditionalOperation c => c.Condition,
                IWhileLoopOperation w => w.Condition,
                IForLoopOperation f => f.Condition,
                _ => null,
            };
            if (condition is null || translator.Translate(condition) is not { } expression)
            {
                continue;
            }

            var symbols = new List<string>();
            expression.CollectSymbols(symbols);
            if (symbols.Count > 0 && symbols.All(model.IsKnown) && !model.IsSatisfiable(expression))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnsatisfiableGuard, condition.Syntax.GetLocation(), condition.Syntax.ToString(), string.Join(", ", symbols.Distinct())));
            }
        }
    }
}
