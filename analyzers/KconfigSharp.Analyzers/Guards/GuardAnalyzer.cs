using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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
/// condition false in every valid configuration). A per-file action: a file whose text spells none of
/// the names a relevant use needs (<see cref="GuardGate.ScanWords"/>) is skipped unread (and so is a part
/// whose own text spells none, where no bare flag read is possible); in the others each executable part
/// (<see cref="ExecutableCode"/>) is read as syntax (<see cref="GuardGate"/>), then a
/// part that spells a flag or an annotated member is first offered to the syntax fast path
/// (<see cref="StraightLineGuards"/>), which proves most guarded code has nothing to report without an
/// operation tree; only the rest gets an operation tree and, when it reads a flag or uses an annotated
/// member, a control-flow graph and the guard data flow (<see cref="GuardDataFlow"/>), which alone reports.
/// Where the part's own text was scanned, the fast path goes before the gate's token walk (its one walk
/// proves the part whatever the gate would say), and the gate walks only a part it could not prove.
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
    private readonly bool _syntaxFastPath;
    private readonly bool _passOverQuietExpressions;

    /// <summary>The analyzer as the compiler loads it.</summary>
    public GuardAnalyzer()
    {
        _syntaxFastPath = true;
        _passOverQuietExpressions = true;
    }

    /// <summary>
    /// A test seam, one instance at a time (no static state): <paramref name="onAnalyzeBlock"/> is called
    /// at the start of each analysed block, after the cheap gate (lets a test count graphs or make the
    /// analysis throw); <paramref name="runAnalysis"/> is handed each block's guard analysis, after
    /// Roslyn built its graph, to run (the robustness tests run it on a thread with a small stack, so a
    /// recursion that grows with the input fails a test instead of a user's build). Every part past the
    /// gate takes the graph path, unless <paramref name="syntaxFastPath"/> (then only those the fast path
    /// cannot prove clean); the fast path passes over expressions that spell nothing it looks at unless
    /// <paramref name="passOverQuietExpressions"/> is false (then it walks every node).
    /// </summary>
    internal GuardAnalyzer(Action<IOperation>? onAnalyzeBlock, Action<Action>? runAnalysis, bool syntaxFastPath = false, bool passOverQuietExpressions = true)
    {
        _onAnalyzeBlock = onAnalyzeBlock;
        _runAnalysis = runAnalysis;
        _syntaxFastPath = syntaxFastPath;
        _passOverQuietExpressions = passOverQuietExpressions;
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
            // Built at the first file, not here: compilation-start actions run beside the compiler's declaration pass,
            // so building here bound the flag members' attributes (and walked the symbols) before the compiler did,
            // paying its work on our clock; by the first file's action the compiler has bound them.
            var compilation = start.Compilation;
            var facts = new Lazy<CompilationFacts>(() => new CompilationFacts(compilation, _syntaxFastPath, _passOverQuietExpressions), LazyThreadSafetyMode.ExecutionAndPublication);

            // A semantic-model (per-file) action, not a code-block action: Roslyn's driver then does no
            // per-declaration work for this analyzer, and builds no operation tree it is not asked for.
            start.RegisterSemanticModelAction(file => AnalyzeFile(file, facts.Value));
        });
    }

    /// <summary>What the guard analysis knows of one compilation: its flags, annotations, gate and fast path.</summary>
    private sealed class CompilationFacts
    {
        public CompilationFacts(Compilation compilation, bool syntaxFastPath, bool passOverQuietExpressions)
        {
            Model = FlagModel.For(compilation);
            Annotations = new KconfigAnnotations(compilation.Assembly);
            Gate = GuardGate.Create(compilation, Model);
            FastPath = syntaxFastPath ? new StraightLineGuards(compilation, Model, Annotations, Gate, Gate.HasGlobalUsingStatic, passOverQuietExpressions) : null;
        }

        public FlagModel Model { get; }

        public KconfigAnnotations Annotations { get; }

        public GuardGate Gate { get; }

        public StraightLineGuards? FastPath { get; }
    }

    [MethodImpl(HotPath.Optimized)]
    private void AnalyzeFile(SemanticModelAnalysisContext context, CompilationFacts facts)
    {
        var model = facts.Model;
        var annotations = facts.Annotations;
        var gate = facts.Gate;
        var fastPath = facts.FastPath;
        var semanticModel = context.SemanticModel;
        var tree = semanticModel.SyntaxTree;
        var cancellationToken = context.CancellationToken;
        var text = tree.GetText(cancellationToken);
        var words = gate.ScanWords;
        if (words is not null && !SourceTextScan.MayContainAny(text, words))
        {
            return;
        }

        // The same scan on each part's own text is as exact as on the file's where a part cannot read a flag
        // by its bare name (no `using static`, no declaration of a flag type in the file): a part that
        // spells none of the words then passes no gate, and the scan is far cheaper than the gate's token walk.
        var root = tree.GetRoot(cancellationToken);
        var scanParts = words is not null && !gate.MayReadBareFlags(root);

        StraightLineGuards.FileProof? proof = null;
        try
        {
            foreach (var part in ExecutableCode.InTree(root))
            {
                if (scanParts && !SourceTextScan.MayContainAny(text, part.Node.Span, words!))
                {
                    continue;
                }

                // A part whose own text spells a scan word almost always passes the gate: there the fast path's walk
                // goes first, and the gate's own walk is needed only for a part it cannot prove (a proved part is
                // skipped whether the gate would admit it or not).
                var gateFirst = !scanParts || fastPath is null;
                if ((gateFirst && !gate.Admits(part.Node)) || part.Owner(semanticModel, cancellationToken) is not { } owner || IsGeneratedCode(owner))
                {
                    continue;
                }

                if (fastPath is not null && ProvedClean(proof ??= fastPath.ForFile(semanticModel, scanParts ? text : null, cancellationToken), part, owner))
                {
                    continue;
                }

                if (!gateFirst && !gate.Admits(part.Node))
                {
                    continue;
                }

                var block = semanticModel.GetOperation(part.Node, cancellationToken);
                if (block is null || block.Parent is not null)
                {
                    continue;
                }

                AnalyzeBlock(context.ReportDiagnostic, owner, block, model, annotations);
            }
        }
        finally
        {
            if (proof is not null)
            {
                fastPath!.Done(proof);
            }
        }
    }

    /// <summary>The fast path's answer; a failure in it is not a proof (the graph path then decides, and reports its own failures).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool ProvedClean(StraightLineGuards.FileProof proof, ExecutableCode.Part part, ISymbol owner)
    {
        try
        {
            return proof.ProvesNothingToReport(part, owner);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether Roslyn's driver would have skipped the member as generated code (<c>[GeneratedCode]</c> on it,
    /// its property or event, or a containing type), as it does for code-block actions.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsGeneratedCode(ISymbol owner)
    {
        for (ISymbol? symbol = owner; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (HasGeneratedCodeAttribute(symbol) || (symbol is IMethodSymbol { AssociatedSymbol: { } associated } && HasGeneratedCodeAttribute(associated)))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool HasGeneratedCodeAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
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
