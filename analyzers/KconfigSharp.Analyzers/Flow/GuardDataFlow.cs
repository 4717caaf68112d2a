using System;
using System.Collections.Generic;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KconfigSharp.Analyzers.Flow;

/// <summary>
/// A forward data flow over Roslyn's public <see cref="ControlFlowGraph"/> (the shape of ILLink's
/// ForwardDataFlowAnalysis): the state at each block entry is the <see cref="FactSet"/> known on every
/// path to it (meet = intersection; null = not reached yet). Branch edges add the facts their condition
/// establishes; catch and finally regions start from the facts at the entry of their try (facts are
/// about configuration constants, so nothing in the try can unset them). Then every operation is
/// visited once with the state in force where it runs; lambdas get the state where they are created,
/// local functions the intersection of the states where they are used, plus their own
/// <c>[RequiresKconfig]</c> (a top-level program's only members are local functions).
/// </summary>
/// <remarks>
/// Branch reachability is deliberately ignored: the graph keeps both successors of a branch on a
/// constant, and both are followed, so const and readonly flags give the same result.
/// </remarks>
internal sealed class GuardDataFlow
{
    private const int MaxPasses = 64;

    private readonly FlagModel _model;
    private readonly KconfigAnnotations _annotations;
    private readonly ConditionTranslator _conditions;
    private readonly Action<IOperation, FactSet> _visit;
    private readonly Dictionary<IMethodSymbol, FactSet> _localFunctionUses = new(SymbolEqualityComparer.Default);

    public GuardDataFlow(FlagModel model, KconfigAnnotations annotations, ConditionTranslator conditions, Action<IOperation, FactSet> visit)
    {
        _model = model;
        _annotations = annotations;
        _conditions = conditions;
        _visit = visit;
    }

    /// <summary>
    /// Analyses a graph, its lambdas and local functions, visiting each operation once. Nested functions
    /// are worked off an explicit stack (their nesting depth is the input's): a graph's lambdas run
    /// after its own operations, with the state where each lambda is created, then its local functions
    /// one after the other, each from the uses recorded until its turn (as a recursive walk would).
    /// </summary>
    public void Run(ControlFlowGraph graph, FactSet entry)
    {
        var work = new Stack<Step>();
        work.Push(Step.Graph(graph, entry));
        var lambdas = new List<(IFlowAnonymousFunctionOperation Lambda, FactSet State)>();
        while (work.Count > 0)
        {
            var step = work.Pop();
            if (step.LocalFunction is { } localFunction)
            {
                // Its entry is decided now, after everything before it recorded its uses. Its own
                // [RequiresKconfig] holds inside it, as for a method: each call is checked for it (KCONF002).
                var localEntry = (_localFunctionUses.TryGetValue(localFunction, out var used) ? used : step.Entry)
                    .With(_annotations.RequirementOf(localFunction), _model);
                work.Push(Step.Graph(step.Parent!.GetLocalFunctionControlFlowGraph(localFunction), localEntry));
                continue;
            }

            var current = step.Parent!;
            lambdas.Clear();
            Visit(current, Solve(current, step.Entry), step.Entry, lambdas);

            // Pushed in reverse, so they run in source order: lambdas first, then local functions.
            for (var i = current.LocalFunctions.Length - 1; i >= 0; i--)
            {
                work.Push(Step.Local(current, current.LocalFunctions[i], step.Entry));
            }

            for (var i = lambdas.Count - 1; i >= 0; i--)
            {
                work.Push(Step.Graph(current.GetAnonymousFunctionControlFlowGraph(lambdas[i].Lambda), lambdas[i].State));
            }
        }
    }

    /// <summary>One unit of <see cref="Run"/>'s work: a graph to analyse, or a local function of a graph whose entry is still open.</summary>
    private readonly struct Step
    {
        private Step(ControlFlowGraph parent, IMethodSymbol? localFunction, FactSet entry)
        {
            Parent = parent;
            LocalFunction = localFunction;
            Entry = entry;
        }

        /// <summary>The graph to analyse, or the graph that owns <see cref="LocalFunction"/>.</summary>
        public ControlFlowGraph? Parent { get; }

        public IMethodSymbol? LocalFunction { get; }

        /// <summary>The entry state (for a local function: the one used when it has no recorded use).</summary>
        public FactSet Entry { get; }

        public static Step Graph(ControlFlowGraph graph, FactSet entry) => new(graph, null, entry);

        public static Step Local(ControlFlowGraph owner, IMethodSymbol localFunction, FactSet entry) => new(owner, localFunction, entry);
    }

    private FactSet?[] Solve(ControlFlowGraph graph, FactSet entry)
    {
        var blocks = graph.Blocks;
        var states = new FactSet?[blocks.Length];
        states[0] = entry;

        // Per block, the last input and what it gave: a pass that brings a block the same state (the
        // same instance: Merge keeps it when nothing changed) reuses the outputs, and each branch
        // condition is translated once, not once per pass.
        var inputs = new FactSet?[blocks.Length];
        var outputs = new (FactSet Output, FactSet? WhenTrue, FactSet? WhenFalse)[blocks.Length];
        var conditions = new KconfigExpression?[blocks.Length];
        var translated = new bool[blocks.Length];
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var changed = false;
            foreach (var block in blocks)
            {
                var state = states[block.Ordinal];
                if (state is null && block.Predecessors.IsEmpty && block.Ordinal != 0)
                {
                    // A catch/finally/filter start has no predecessor edge; unreachable code neither.
                    state = HandlerEntry(graph, block, states) ?? entry;
                    states[block.Ordinal] = state;
                    changed = true;
                }

                if (state is null)
                {
                    continue;
                }

                var hasBranch = block.ConditionalSuccessor is { Destination: not null } && block.BranchValue is not null;
                if (!ReferenceEquals(inputs[block.Ordinal], state))
                {
                    var output = AfterOperations(block, state);
                    FactSet? whenTrue = null, whenFalse = null;
                    if (hasBranch)
                    {
                        if (!translated[block.Ordinal])
                        {
                            conditions[block.Ordinal] = _conditions.Translate(block.BranchValue);
                            translated[block.Ordinal] = true;
                        }

                        var expression = conditions[block.Ordinal];
                        whenTrue = output.With(expression, _model);
                        whenFalse = output.With(expression is null ? null : KconfigExpression.Not(expression), _model);
                    }

                    inputs[block.Ordinal] = state;
                    outputs[block.Ordinal] = (output, whenTrue, whenFalse);
                }

                var (after, ifTrue, ifFalse) = outputs[block.Ordinal];
                if (hasBranch)
                {
                    var jumpsWhenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
                    changed |= Merge(states, block.ConditionalSuccessor!.Destination!.Ordinal, jumpsWhenTrue ? ifTrue! : ifFalse!);
                    if (block.FallThroughSuccessor?.Destination is { } fallThrough)
                    {
                        changed |= Merge(states, fallThrough.Ordinal, jumpsWhenTrue ? ifFalse! : ifTrue!);
                    }
                }
                else if (block.FallThroughSuccessor?.Destination is { } next)
                {
                    changed |= Merge(states, next.Ordinal, after);
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return states;
    }

    private static FactSet? HandlerEntry(ControlFlowGraph graph, BasicBlock block, FactSet?[] states)
    {
        for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
        {
            if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Finally or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler
                && region.EnclosingRegion is { } tryAnd && tryAnd.NestedRegions.Length > 0 && tryAnd.NestedRegions[0].Kind == ControlFlowRegionKind.Try)
            {
                return states[tryAnd.NestedRegions[0].FirstBlockOrdinal];
            }
        }

        _ = graph;
        return null;
    }

    private static bool Merge(FactSet?[] states, int ordinal, FactSet incoming)
    {
        var current = states[ordinal];
        if (current is null)
        {
            states[ordinal] = incoming;
            return true;
        }

        var met = current.Meet(incoming);
        if (met.SameAs(current))
        {
            return false;
        }

        states[ordinal] = met;
        return true;
    }

    /// <summary>The state after a block's operations: assertions add facts.</summary>
    private FactSet AfterOperations(BasicBlock block, FactSet state)
    {
        foreach (var operation in block.Operations)
        {
            state = AfterAssertion(operation, state);
        }

        return state;
    }

    private FactSet AfterAssertion(IOperation operation, FactSet state)
    {
        if (operation is IExpressionStatementOperation statement)
        {
            operation = statement.Operation;
        }

        if (operation is not IInvocationOperation invocation)
        {
            return state;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && DoesNotReturnIf(parameter) is { } whenValue)
            {
                // [DoesNotReturnIf(false)] (Debug.Assert): returning means the argument was true.
                var expression = whenValue ? _conditions.Translate(argument.Value) : _conditions.TranslateWhenTrue(argument.Value);
                state = state.With(expression is null ? null : whenValue ? KconfigExpression.Not(expression) : expression, _model);
            }
        }

        return state;
    }

    private static bool? DoesNotReturnIf(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DoesNotReturnIfAttribute" } && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is bool value)
            {
                return value;
            }
        }

        return null;
    }

    private void Visit(ControlFlowGraph graph, FactSet?[] states, FactSet entry, List<(IFlowAnonymousFunctionOperation, FactSet)> lambdas)
    {
        foreach (var block in graph.Blocks)
        {
            var state = states[block.Ordinal] ?? entry;
            foreach (var operation in block.Operations)
            {
                VisitTree(operation, state, lambdas);
                state = AfterAssertion(operation, state);
            }

            if (block.BranchValue is { } branch)
            {
                VisitTree(branch, state, lambdas);
            }
        }
    }

    private void VisitTree(IOperation root, FactSet state, List<(IFlowAnonymousFunctionOperation, FactSet)> lambdas)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            if (operation is IFlowAnonymousFunctionOperation lambda)
            {
                // Analysed by Run once this graph is done, from the state where it is created.
                lambdas.Add((lambda, state));
                continue;
            }

            if (operation is INameOfOperation)
            {
                continue;
            }

            if (operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call)
            {
                RecordLocalFunctionUse(call.TargetMethod, state);
            }
            else if (operation is IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference)
            {
                RecordLocalFunctionUse(reference.Method, state);
            }

            _visit(operation, state);
            foreach (var child in operation.ChildOperations)
            {
                stack.Push(child);
            }
        }
    }

    private void RecordLocalFunctionUse(IMethodSymbol localFunction, FactSet state)
    {
        var key = localFunction.OriginalDefinition;
        _localFunctionUses[key] = _localFunctionUses.TryGetValue(key, out var previous) ? previous.Meet(state) : state;
    }
}
