using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// What every value of a model reads and is read by, its first dependency loop and how deep an
/// on-demand resolution could recurse (and, read on first use, the model's choice problems). None of
/// it depends on user values, so it is built once per model (on first resolve) and kept with it: a
/// generator or <c>menuconfig</c> that resolves one model many times walks the graph once.
/// </summary>
/// <remarks>
/// Items are numbered densely: a symbol is its <see cref="Symbol.Id"/>, a choice comes after every
/// symbol (<c>symbol count + </c><see cref="Choice.Id"/>). Edges are packed arrays
/// (<see cref="Adjacency"/>): no dictionary, no list per item.
/// </remarks>
internal sealed class DependencyGraph
{
    private readonly KconfigModel _model;
    private readonly Symbol[] _symbols;
    private readonly IReadOnlyList<Choice> _choices;

    // What each value reads (built only when a walk in dependency order needs it) and the longest path of that walk (-1: not yet known).
    private Adjacency? _dependencies;
    private int _depth = -1;

    // The model's choice problems (ChoiceSanity), found on first read.
    private IReadOnlyList<KconfigDiagnostic>? _choiceProblems;

    [MethodImpl(HotPath.Optimized)]
    private DependencyGraph(KconfigModel model)
    {
        _model = model;
        _symbols = model.SymbolsById;
        _choices = model.Choices;
        // The "is used by" edges serve only the loop search: working memory, not kept with the model.
        var dependents = EdgeCollector.Collect(model, this, packDependencies: false).Dependents;
        (Loop, LoopStart) = DependencyLoopDetector.FindLoop(model, this, dependents);
        LongestPathBound = Loop is null ? LongestPath.Of(dependents, ItemCount) : -1;
        dependents.Release();
    }

    /// <summary>How many items (symbols, then choices) the graph numbers.</summary>
    public int ItemCount => _symbols.Length + _choices.Count;

    /// <summary>
    /// For each item, the items its value reads, in the order the items were first used, then by position. Only
    /// a graph deeper than on-demand resolution goes (or a test) reads them: the edges are collected again then.
    /// </summary>
    public Adjacency Dependencies
    {
        get
        {
            var dependencies = Volatile.Read(ref _dependencies);
            if (dependencies is null)
            {
                var (dependents, packed) = EdgeCollector.Collect(_model, this, packDependencies: true);
                dependents.Release();
                dependencies = Interlocked.CompareExchange(ref _dependencies, packed!, null) ?? packed!;
            }

            return dependencies;
        }
    }

    /// <summary>The model's choice problems (<see cref="ChoiceSanity"/>): model-only like the rest, so found once and kept here.</summary>
    public IReadOnlyList<KconfigDiagnostic> ChoiceProblems
    {
        get
        {
            var problems = Volatile.Read(ref _choiceProblems);
            if (problems is null)
            {
                // Racing reads find equal lists; the first one stored wins.
                problems = Interlocked.CompareExchange(ref _choiceProblems, ChoiceSanity.Find(_model), null) ?? _choiceProblems!;
            }

            return problems;
        }
    }

    /// <summary>The first dependency loop (<see cref="DependencyLoopDetector"/>), or null.</summary>
    public List<object>? Loop { get; }

    /// <summary>The defined symbol whose walk found <see cref="Loop"/> (where KCONF140 points).</summary>
    public Symbol? LoopStart { get; }

    /// <summary>The longest path of <see cref="DependencyOrder"/>'s walk (walked when first read).</summary>
    public int Depth
    {
        get
        {
            var depth = Volatile.Read(ref _depth);
            if (depth < 0)
            {
                depth = DependencyOrder.Depth(_model, this);
                Volatile.Write(ref _depth, depth);
            }

            return depth;
        }
    }

    /// <summary>
    /// Whether <see cref="Depth"/> exceeds <paramref name="limit"/>. Every path of that walk is a path of the graph,
    /// so where the graph's longest path is within the limit, the walk (and the edges it reads) is not needed.
    /// </summary>
    public bool IsDeeperThan(int limit) => (LongestPathBound < 0 || LongestPathBound > limit) && Depth > limit;

    /// <summary>The items on the graph's longest path (<see cref="LongestPath"/>), at least <see cref="Depth"/>; -1 where there is a loop.</summary>
    internal int LongestPathBound { get; }

    /// <summary>The item number of <paramref name="choice"/>.</summary>
    public int ItemOf(Choice choice) => _symbols.Length + choice.Id;

    /// <summary>Whether item <paramref name="item"/> is a choice (else a symbol).</summary>
    public bool IsChoice(int item) => item >= _symbols.Length;

    /// <summary>The symbol numbered <paramref name="item"/>.</summary>
    public Symbol SymbolAt(int item) => _symbols[item];

    /// <summary>The choice numbered <paramref name="item"/>.</summary>
    public Choice ChoiceAt(int item) => _choices[item - _symbols.Length];

    /// <summary>The symbol or choice numbered <paramref name="item"/>.</summary>
    public object ItemAt(int item) => IsChoice(item) ? ChoiceAt(item) : SymbolAt(item);

    /// <summary>
    /// The items an expression leaf reads (a symbol, a choice, both sides of a comparison; constants are no
    /// items): the first, or -1, and through <paramref name="second"/> a comparison's right side, or -1.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public int ItemsRead(Expr leaf, out int second)
    {
        second = -1;
        switch (leaf)
        {
            case SymbolExpr { Symbol: var symbol }:
                return ItemOrNone(symbol);
            case ChoiceExpr choice:
                return ItemOf(choice.Choice);
            case ComparisonExpr comparison:
                second = ItemOrNone(comparison.Right);
                return ItemOrNone(comparison.Left);
            default:
                return -1;
        }
    }

    private static int ItemOrNone(Symbol symbol) => symbol.IsConstant ? -1 : symbol.Id;

    /// <summary>The graph of <paramref name="model"/>, built on first use; safe when resolves run in parallel.</summary>
    public static DependencyGraph Of(KconfigModel model)
    {
        var graph = Volatile.Read(ref model.DependencyGraphSlot);
        if (graph is null)
        {
            // Two racing builds make equal graphs; the first one stored wins.
            graph = Interlocked.CompareExchange(ref model.DependencyGraphSlot, new DependencyGraph(model), null) ?? model.DependencyGraphSlot!;
        }

        return graph;
    }

    /// <summary>
    /// "Is used by" edges: a symbol's prompts, defaults, selects/implies, ranges and direct
    /// dependencies make it depend on every item they mention; a choice depends on what its
    /// prompts' and defaults' conditions mention.
    /// </summary>
    private sealed class EdgeCollector
    {
        private readonly ExprStack _pending = new();
        private Expr? _sharedDependency;
        private bool _sharedDependencyWalked;
        private readonly int[] _lastDependent;
        private readonly int[] _firstUseOrder;
        private int _firstUseCount;
        private readonly EdgeList _edges;
        private readonly SharedSubtreeItems _shared;

        // The working arrays are rented and given back once the adjacencies are packed: only those are kept.
        private EdgeCollector(KconfigModel model, int itemCount)
        {
            _lastDependent = ArrayPool<int>.Shared.Rent(itemCount);
            _lastDependent.AsSpan(0, itemCount).Fill(-1);
            _firstUseOrder = ArrayPool<int>.Shared.Rent(itemCount);
            _edges = new EdgeList(itemCount * 2);
            _shared = new SharedSubtreeItems(model, itemCount);
        }

        private void ReturnArrays()
        {
            ArrayPool<int>.Shared.Return(_lastDependent);
            ArrayPool<int>.Shared.Return(_firstUseOrder);
            _edges.Release();
            _shared.Release();
        }

        [MethodImpl(HotPath.Optimized)]
        public static (Adjacency Dependents, Adjacency? Dependencies) Collect(KconfigModel model, DependencyGraph graph, bool packDependencies)
        {
            var collector = new EdgeCollector(model, graph.ItemCount);
            foreach (var symbol in model.DefinedSymbols)
            {
                var dependent = symbol.Id;
                collector.StartDependent(symbol.DirectDependency);
                foreach (var prompt in symbol.PromptsView)
                {
                    collector.DependOn(dependent, prompt.Condition, graph);
                }

                foreach (var def in symbol.DefaultsView)
                {
                    collector.DependOn(dependent, def.Value, graph);
                    collector.DependOn(dependent, def.Condition, graph);
                }

                collector.DependOnRelations(dependent, symbol.SelectedByView, graph);
                collector.DependOnRelations(dependent, symbol.ImpliedByView, graph);
                foreach (var range in symbol.RangesView)
                {
                    collector.Add(dependent, range.Low);
                    collector.Add(dependent, range.High);
                    collector.DependOn(dependent, range.Condition, graph);
                }

                collector.DependOn(dependent, symbol.DirectDependency, graph);
            }

            foreach (var choice in model.Choices)
            {
                var dependent = graph.ItemOf(choice);
                collector.StartDependent(choice.DirectDependency);
                foreach (var prompt in choice.PromptsView)
                {
                    collector.DependOn(dependent, prompt.Condition, graph);
                }

                foreach (var def in choice.DefaultsView)
                {
                    collector.DependOn(dependent, def.Condition, graph);
                }
            }

            var packed = collector.Pack(graph.ItemCount, packDependencies);
            collector.ReturnArrays();
            return packed;
        }

        // Dependencies list what each item reads in the order the items were first used (the order
        // a dictionary keyed by first use enumerated before), then by position.
        [MethodImpl(HotPath.Optimized)]
        private (Adjacency Dependents, Adjacency? Dependencies) Pack(int itemCount, bool packDependencies)
        {
            // For each item, the items whose value reads it, each once, in first-use order (rented: see the constructor).
            var dependents = Adjacency.FromEdges(itemCount, _edges.From, _edges.To, _edges.Count, rented: true);
            if (!packDependencies)
            {
                return (dependents, null);
            }

            var k = 0;
            for (var i = 0; i < _firstUseCount; i++)
            {
                var item = _firstUseOrder[i];
                var start = dependents.Start(item);
                for (var j = 0; j < dependents.Count(item); j++)
                {
                    _edges.From[k] = dependents.Target(start + j);
                    _edges.To[k] = item;
                    k++;
                }
            }

            return (dependents, Adjacency.FromEdges(itemCount, _edges.From, _edges.To, k));
        }

        /// <summary>
        /// Starts the edges of the next dependent. Its menu dependency is one object (<see cref="Symbol.DirectDependency"/>
        /// of a symbol defined once) that the finalizer also ANDed into every prompt and default condition, so
        /// a walk of every property met it several times; walked once, its edges are all there.
        /// </summary>
        private void StartDependent(Expr directDependency)
        {
            _sharedDependency = directDependency is SymbolExpr ? null : directDependency;
            _sharedDependencyWalked = false;
        }

        // Leaves in the order a recursive walk would list them, without recursion (ExprLeaves). Skipping the
        // shared dependency once walked changes no edge and no order: every item below it already has this
        // dependent as its last one, so AddEdge would return at once.
        [MethodImpl(HotPath.Optimized)]
        private void DependOn(int dependent, Expr expr, DependencyGraph graph)
        {
            // Most properties are a bare symbol or constant (a reverse dependency that is n, a default y, a
            // condition that is the menu dependency's one symbol): the walk would list just that leaf. A bare
            // symbol is never the shared dependency (StartDependent) nor an operator with a list.
            if (expr is SymbolExpr { Symbol: var symbol })
            {
                Add(dependent, symbol);
                return;
            }

            var visitor = new EdgeVisitor(this, dependent, graph);
            ExprLeaves.Walk(expr, _pending, ref visitor);
        }

        // The leaves of the symbol's rev_dep (weak_rev_dep) in the order its walk lists them, from the relations it is
        // made of (RelationChain): each term's source, then its condition's leaves; a condition of n leaves no term.
        [MethodImpl(HotPath.Optimized)]
        private void DependOnRelations(int dependent, ListView<RelationProperty> relations, DependencyGraph graph)
        {
            foreach (var relation in relations)
            {
                if (!relation.Condition.IsConstant("n"))
                {
                    Add(dependent, relation.Source);
                    DependOn(dependent, relation.Condition, graph);
                }
            }
        }

        private readonly struct EdgeVisitor(EdgeCollector collector, int dependent, DependencyGraph graph) : ExprLeaves.IVisitor
        {
            [MethodImpl(HotPath.Optimized)]
            public bool Enter(Expr node)
            {
                if (ReferenceEquals(node, collector._sharedDependency))
                {
                    if (collector._sharedDependencyWalked)
                    {
                        return false;
                    }

                    collector._sharedDependencyWalked = true;
                }

                // An operator met before (by an earlier dependent: the menu chains every symbol of a menu shares)
                // gives its items from one list instead of a walk of its nodes.
                if (!collector._shared.TryGetItems(node, graph, out var start, out var count))
                {
                    return true;
                }

                var items = collector._shared.Items;
                for (var i = 0; i < count; i++)
                {
                    collector.AddEdge(dependent, items[start + i]);
                }

                return false;
            }

            [MethodImpl(HotPath.Optimized)]
            public void Leaf(Expr leaf)
            {
                var first = graph.ItemsRead(leaf, out var second);
                if (first >= 0)
                {
                    collector.AddEdge(dependent, first);
                }

                if (second >= 0)
                {
                    collector.AddEdge(dependent, second);
                }
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void Add(int dependent, Symbol symbol)
        {
            if (!symbol.IsConstant)
            {
                AddEdge(dependent, symbol.Id);
            }
        }

        // Every edge of one dependent is added before the next dependent's (Collect walks them one
        // at a time), so "already an edge" is "the item's last dependent is this one": no edge set.
        [MethodImpl(HotPath.Optimized)]
        private void AddEdge(int dependent, int item)
        {
            var last = _lastDependent[item];
            if (last == dependent)
            {
                return;
            }

            if (last < 0)
            {
                _firstUseOrder[_firstUseCount++] = item;
            }

            _lastDependent[item] = dependent;
            _edges.Add(item, dependent);
        }
    }
}
