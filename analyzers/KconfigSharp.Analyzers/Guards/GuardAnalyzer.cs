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
/// condition false in every valid configuration). One guard data flow per executable block serves the
/// first two. A code block is first read as syntax (<see cref="GuardGate"/>): only one that spells a
/// flag or an annotated member gets an operation tree, and only one whose tree reads a flag or uses an
/// annotated member gets a control-flow graph.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GuardAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the Kconfig expression a fix should establish.</summary>
    public const string KconfigExpressionProperty = "KconfigExpression";

    /// <summary>Diagnostic property: the same as a fully qualified C# condition (absent when not expressible).</summary>
    public const string CSharpConditionProperty = "CSharpCondition";

    private readonly Action<IOperation>? _onAnalyzeBlock;
    private readonly Action<Action>? _runAnalysis;

    /// <summary>The analyzer as the compiler loads it.</summary>
    public GuardAnalyzer()
    {
    }

    /// <summary>
    /// A test seam, one instance at a time (no static state): <paramref name="onAnalyzeBlock"/> is called
    /// at the start of each analysed block, after the cheap gate (lets a test count graphs or make the
    /// analysis throw); <paramref name="runAnalysis"/> is handed each block's guard analysis, after
    /// Roslyn built its graph, to run (the robustness tests run it on a thread with a small stack, so a
    /// recursion that grows with the input fails a test instead of a user's build).
    /// </summary>
    internal GuardAnalyzer(Action<IOperation>? onAnalyzeBlock, Action<Action>? runAnalysis)
    {
        _onAnalyzeBlock = onAnalyzeBlock;
        _runAnalysis = runAnalysis;
    }

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
            var gate = GuardGate.Create(start.Compilation, model);

            // A code block action, not an operation block action: Roslyn then builds no operation tree for
            // a block unless this analyzer asks for one, and it asks only past the syntax gate.
            start.RegisterCodeBlockAction(block => AnalyzeCodeBlock(block, model, annotations, gate));
        });
    }

    private void AnalyzeCodeBlock(CodeBlockAnalysisContext context, FlagModel model, KconfigAnnotations annotations, GuardGate gate)
    {
        foreach (var part in ExecutableCode.Of(context.CodeBlock, context.OwningSymbol))
        {
            if (!gate.Admits(part))
            {
                continue;
            }

            var block = context.SemanticModel.GetOperation(part, context.CancellationToken);
            if (block is null || block.Parent is not null)
            {
                continue;
            }

            AnalyzeBlock(context.ReportDiagnostic, context.OwningSymbol, block, model, annotations);
        }
    }

    private void AnalyzeBlock(Action<Diagnostic> reportDiagnostic, ISymbol owner, IOperation block, FlagModel model, KconfigAnnotations annotations)
    {
        // Roslyn's part (the operation tree the gate walks, the control-flow graph) first, then the
        // guard analysis proper, which a test can move to a thread with a small stack.
        ControlFlowGraph? graph = null;
        if (!Contain(reportDiagnostic, block, () => Prepare(block, model, annotations, out graph)))
        {
            return;
        }

        // Collected, then reported here: reporting runs Roslyn code, which belongs on the compiler's thread.
        var found = new List<Diagnostic>();
        var onAnalyzeBlock = _onAnalyzeBlock;
        void Analysis() => Contain(found.Add, block, () => Analyze(found.Add, owner, block, graph, model, annotations, onAnalyzeBlock));
        if (_runAnalysis is { } run)
        {
            run(Analysis);
        }
        else
        {
            Analysis();
        }

        foreach (var diagnostic in found)
        {
            reportDiagnostic(diagnostic);
        }
    }

    /// <summary>Runs <paramref name="work"/>; a failure becomes KCONF000 (false), never an exception into the compiler.</summary>
    private static bool Contain(Action<Diagnostic> report, IOperation block, Func<bool> work)
    {
        try
        {
            return work();
        }
        catch (GuardAnalysisLimitException e)
        {
            // A checked limit (KCONF000 where the input is too deep), not a failure of the analysis.
            report(Diagnostic.Create(Descriptors.AnalyzerFailure, (e.At ?? block.Syntax).GetLocation(), e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // AD0001 would hide every other result of the analyzer.
            report(Diagnostic.Create(Descriptors.AnalyzerFailure, block.Syntax.GetLocation(), e.GetType().Name + ": " + e.Message));
        }

        return false;
    }

    /// <summary>
    /// The second gate, on the operation tree (the syntax gate lets through a name that only looks like a
    /// flag or an annotated member): no flag read and no annotated member, no graph. Then the graph.
    /// </summary>
    private static bool Prepare(IOperation block, FlagModel model, KconfigAnnotations annotations, out ControlFlowGraph? graph)
    {
        graph = null;
        if (block.Kind is OperationKind.None or OperationKind.Attribute || !block.Descendants().Any(op => IsInteresting(op, model, annotations)))
        {
            return false;
        }

        try
        {
            graph = block switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body),
                IConstructorBodyOperation body => ControlFlowGraph.Create(body),
                IBlockOperation body => ControlFlowGraph.Create(body),
                IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer),
                IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer),
                IParameterInitializerOperation initializer => ControlFlowGraph.Create(initializer),

                // Not a root the graph builder accepts: KCONF003 only.
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            // Roslyn refuses the root after all: KCONF003 only.
        }

        return true;
    }

    private static bool Analyze(Action<Diagnostic> report, ISymbol owner, IOperation block, ControlFlowGraph? graph, FlagModel model, KconfigAnnotations annotations, Action<IOperation>? onAnalyzeBlock)
    {
        onAnalyzeBlock?.Invoke(block);
        var translator = new ConditionTranslator(model, annotations, block.SemanticModel);
        ReportUnsatisfiableGuards(report, block, model, translator);
        if (graph is null)
        {
            return true;
        }

        var entry = FactSet.Empty.With(annotations.ContextOf(owner), model);
        var reported = new HashSet<SyntaxNode>();
        var flow = new GuardDataFlow(model, annotations, translator, (operation, state) => Check(report, operation, state, model, annotations, reported));
        flow.Run(graph, entry);
        return true;
    }

    private static bool IsInteresting(IOperation operation, FlagModel model, KconfigAnnotations annotations) => operation switch
    {
        IMemberReferenceOperation m => model.FlagOf(m.Member) is not null || annotations.RequirementOf(m.Member) is not null || annotations.GuardOf(m.Member) is not null,
        IInvocationOperation i => annotations.RequirementOf(i.TargetMethod) is not null || annotations.GuardOf(i.TargetMethod) is not null,
        IObjectCreationOperation { Constructor: { } c } => annotations.RequirementOf(c) is not null,
        _ => false,
    };

    private static void Check(Action<Diagnostic> report, IOperation operation, FactSet state, FlagModel model, KconfigAnnotations annotations, HashSet<SyntaxNode> reported)
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
            CheckImpliedRead(report, operation, flag, state, model, reported);
            return;
        }

        if (annotations.RequirementOf(used) is { } requirement && !state.Establishes(requirement) && reported.Add(operation.Syntax))
        {
            var name = used is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor ? ctor.ContainingType.Name : used.Name;
            report(Diagnostic.Create(
                Descriptors.RequiresKconfigUnguarded, operation.Syntax.GetLocation(), FixProperties(requirement, model), name, requirement.ToString()));
        }
    }

    private static void CheckImpliedRead(Action<Diagnostic> report, IOperation operation, KconfigFlag flag, FactSet state, FlagModel model, HashSet<SyntaxNode> reported)
    {
        if (flag.ImplierGuards.Any(state.Establishes) || !reported.Add(operation.Syntax))
        {
            return;
        }

        // The message and the fix name the weakest guard that works (NET_IPV6, not NET_IPV6 && NET).
        var guards = flag.ImpliedBy.Select(i => WeakestGuard.For(i.Symbol, i.Condition, model)).ToList();
        var impliers = string.Join(" or ", flag.ImpliedBy.Select(i => i.Symbol).Distinct());
        var guardTexts = string.Join(" or ", guards.Select(g => g.ToString()).Distinct());
        report(Diagnostic.Create(
            Descriptors.ImpliedSymbolUnguarded, operation.Syntax.GetLocation(), FixProperties(guards[0], model), flag.Member.Name, impliers, guardTexts, flag.Name));
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

    private static void ReportUnsatisfiableGuards(Action<Diagnostic> report, IOperation block, FlagModel model, ConditionTranslator translator)
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
                report(Diagnostic.Create(
                    Descriptors.UnsatisfiableGuard, condition.Syntax.GetLocation(), condition.Syntax.ToString(), string.Join(", ", symbols.Distinct())));
            }
        }
    }
}
