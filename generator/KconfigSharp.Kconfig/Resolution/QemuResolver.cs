using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// QEMU minikconf semantics (<c>KconfigData.compute_config</c>): every symbol is a bool and
/// assignable; clauses (assignments, <c>depends on</c>, <c>select</c>, <c>default</c>, and <c>imply</c>
/// as <c>default y if IMPLIER</c>, plus an implicit <c>default n</c>) are sorted topologically by a
/// depth-first search of the dependency graph, defaults last, and processed once. Setting a symbol to
/// two values is a contradiction; reading one that has no value yet is a cycle.
/// </summary>
/// <remarks>
/// Variables are numbered densely in the order minikconf meets them, and their state, edges and
/// post-order numbers are arrays over those numbers: a hashed map, a hash set and a list per symbol
/// made most of a QEMU resolve's time and allocations (docs/performance.md). A value's origin is written
/// from its clause when first read.
/// </remarks>
internal sealed class QemuResolver : IValueOriginText
{
    private readonly KconfigModel _model;
    private readonly ResolveMode _mode;
    private readonly DiagnosticBag _diagnostics;
    private readonly QemuClauseTable _clauses = new(rented: true);

    // The clauses that set a value, copied out of the rented table as their origins are made: a pending origin
    // is described from its clause after the resolve, when the rented table is back in the pool.
    private readonly QemuClauseTable _originClauses = new(rented: false);
    private readonly StringBuilder _descriptionText = new();

    // The variables in number order (rented, like their states: the first _variableCount are used).
    private Symbol[] _variables;
    private int _variableCount;
    private readonly SymbolMap<int> _variableNumbers;

    // "Reads" edges, variable to clause destination (working memory, given back by Process).
    private readonly EdgeList _edges;
    private readonly List<Expr> _leaves = [];
    private readonly ExprStack _pending = new();
    private readonly List<ExprStack> _chainStacks = [];
    private VariableState[] _states;
    private int _chainDepth;

    private QemuResolver(KconfigModel model, ResolveMode mode, DiagnosticBag diagnostics, int valueCount)
    {
        _model = model;
        _mode = mode;
        _diagnostics = diagnostics;
        _variableNumbers = new SymbolMap<int>(model);

        // Every symbol of the model is a variable, plus at most one per value.
        var variables = model.Symbols.Count + valueCount;
        _variables = ArrayPool<Symbol>.Shared.Rent(System.Math.Max(variables, 16));
        _states = RentedArray.Cleared<VariableState>(System.Math.Max(variables, 16));
        _edges = new EdgeList(variables * 2);
    }

    /// <summary>
    /// The origin of every value only the implicit <c>default n</c> set (outside the all*config modes): the same
    /// words and no place for each (<see cref="AppendDescription"/>), so one object serves them all.
    /// </summary>
    private static readonly ValueOrigin ImplicitDefaultOrigin = new(ValueSource.None, ImplicitDefaultText, SourceLocation.None);

    private const string ImplicitDefaultText = "no clause set it (implicit default n)";

    /// <summary>Gives the working arrays back to the pool once every verdict was read.</summary>
    public void Release()
    {
        _variableNumbers.Release();
        ArrayPool<VariableState>.Shared.Return(_states);
        System.Array.Clear(_variables, 0, _variableCount);
        ArrayPool<Symbol>.Shared.Return(_variables);
        _clauses.Release();
    }

    /// <summary>Resolves <paramref name="model"/>; read each symbol's verdict with <see cref="TryGetState"/>.</summary>
    public static QemuResolver Resolve(KconfigModel model, IReadOnlyList<ValueAssignment> values, ResolveMode mode, DiagnosticBag diagnostics, Dictionary<string, Symbol> extraSymbols)
    {
        var resolver = new QemuResolver(model, mode, diagnostics, values.Count);
        resolver.CollectClauses(values, extraSymbols);
        resolver.Process();
        return resolver;
    }

    /// <summary>Whether <paramref name="symbol"/> is one of the resolve's variables (every model symbol is).</summary>
    public bool HasState(Symbol symbol) => _variableNumbers.TryGetValue(symbol, out _);

    /// <summary>The verdict on <paramref name="symbol"/>, if it is one of the resolve's variables.</summary>
    public bool TryGetState(Symbol symbol, out SymbolState state)
    {
        if (!_variableNumbers.TryGetValue(symbol, out var number))
        {
            state = default;
            return false;
        }

        ref var variable = ref _states[number];
        ValueOrigin origin;
        if (variable.HasOrigin)
        {
            ref var clause = ref _clauses[variable.Origin];
            origin = clause.Source == ValueSource.None && clause.Location.Equals(SourceLocation.None)
                ? ImplicitDefaultOrigin
                : new ValueOrigin(clause.Source, this, _originClauses.Add(in clause), clause.Location);
        }
        else
        {
            origin = ValueOrigin.Nothing;
        }

        state = new SymbolState(variable.Value == true ? "y" : "n", IsVisible: true, origin);
        return true;
    }

    /// <summary>The description of the value origin clause number <paramref name="item"/> set, written when first read.</summary>
    string IValueOriginText.Write(int item)
    {
        // One builder for every description; descriptions may be read on several threads, so it is also the lock.
        lock (_descriptionText)
        {
            AppendDescription(_descriptionText.Clear(), in _originClauses[item]);
            return _descriptionText.ToString();
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void CollectClauses(IReadOnlyList<ValueAssignment> values, Dictionary<string, Symbol> extraSymbols)
    {
        foreach (var symbol in _model.SymbolsById)
        {
            Variable(symbol);
        }

        foreach (var assignment in _model.Assignments)
        {
            AddClause(new QemuClause(QemuClauseKind.Assignment, assignment.Symbol, assignment.Value == "y", null, assignment.Location, ValueSource.ValuesFile, assignment.Value));
        }

        foreach (var value in values)
        {
            if (value.Value is not ("y" or "n"))
            {
                _diagnostics.Add(KconfigDiagnostics.ValueWrongType, value.Location, $"CONFIG_{value.Name}={value.Value}: the qemu dialect accepts only y or n; the value is ignored");
                continue;
            }

            var symbol = _model.FindSymbol(value.Name);
            if (symbol is null)
            {
                if (!extraSymbols.TryGetValue(value.Name, out symbol))
                {
                    _diagnostics.Add(KconfigDiagnostics.ValueForUnknownSymbol, value.Location, $"CONFIG_{value.Name} is not defined in any Kconfig file; it is assigned anyway (minikconf would stop here)");
                    symbol = new Symbol(value.Name, isConstant: false) { Type = KconfigType.Bool };
                    extraSymbols.Add(value.Name, symbol);
                }

                Variable(symbol);
            }

            AddClause(new QemuClause(QemuClauseKind.Assignment, symbol, value.Value == "y", null, value.Location, value.Source, value.Value));
        }

        CollectTreeClauses();

        // minikconf adds 'default n' for every referenced variable after all other clauses, and passes
        // it through the mode's value mangler too (so --allyesconfig turns every free symbol on).
        var implicitValue = Mangle(false);
        var implicitSource = _mode == ResolveMode.Defconfig ? ValueSource.None : ValueSource.Mode;
        for (var i = 0; i < _variableCount; i++)
        {
            var variable = _variables[i];
            AddClause(new QemuClause(QemuClauseKind.Default, variable, implicitValue, null, SourceLocation.None, implicitSource));
        }
    }

    /// <summary>
    /// The menu tree in document order (each node, then its children), walked with an explicit stack of one frame
    /// per open level (an enumerator of its children), not one entry per pending node: no node is pushed and the
    /// stack stays as deep as the menus nest (a stack of nodes grew to hold a QEMU tree's top level).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private void CollectTreeClauses()
    {
        var levels = ArrayPool<ListView<MenuNode>.Enumerator>.Shared.Rent(16);
        var depth = 0;
        levels[depth++] = _model.Root.ChildrenView.GetEnumerator();
        while (depth > 0)
        {
            ref var level = ref levels[depth - 1];
            if (!level.MoveNext())
            {
                depth--;
                continue;
            }

            var node = level.Current;
            AddNodeClauses(node);
            var children = node.ChildrenView;
            if (children.Count > 0)
            {
                if (depth == levels.Length)
                {
                    levels = RentedArray.Grown(levels, depth, depth * 2);
                }

                levels[depth++] = children.GetEnumerator();
            }
        }

        System.Array.Clear(levels, 0, levels.Length);
        ArrayPool<ListView<MenuNode>.Enumerator>.Shared.Return(levels);
    }

    /// <summary>The clauses of one menu node: its symbol's <c>depends on</c>, selects, defaults and implies.</summary>
    [MethodImpl(HotPath.Optimized)]
    private void AddNodeClauses(MenuNode node)
    {
        if (node.Symbol is { } symbol)
        {
            if (!node.OwnDependency.IsConstant("y"))
            {
                AddClause(new QemuClause(QemuClauseKind.DependsOn, symbol, false, node.OwnDependency, node.Location, ValueSource.DependsOn));
            }

            foreach (var select in node.SelectsView)
            {
                AddClause(new QemuClause(QemuClauseKind.Select, select.Target, true, Expr.And(select.WrittenCondition, _model.LeafOf(symbol)), select.Location, ValueSource.Select));
            }

            foreach (var def in node.DefaultsView)
            {
                var condition = def.WrittenCondition.IsConstant("y") ? null : def.WrittenCondition;
                AddClause(new QemuClause(QemuClauseKind.Default, symbol, Mangle(def.Value.IsConstant("y")), condition, def.Location, ValueSource.Default));
            }

            foreach (var imply in node.ImpliesView)
            {
                AddClause(new QemuClause(QemuClauseKind.Default, imply.Target, Mangle(true), Expr.And(imply.WrittenCondition, _model.LeafOf(symbol)), imply.Location, ValueSource.Imply, symbol));
            }
        }
    }

    private bool Mangle(bool value) => _mode switch
    {
        ResolveMode.AllNoConfig => false,
        ResolveMode.AllYesConfig => true,
        _ => value,
    };

    private static string YesNo(bool value) => value ? "y" : "n";

    // The clause is read in place and copied once, into the table (a struct of four references and the location).
    private void AddClause(in QemuClause clause)
    {
        var target = Variable(clause.Destination);
        if (clause.Condition is { } condition)
        {
            // Every symbol the condition reads (through !, && and ||; not inside comparisons) points at the destination.
            ExprLeaves.Collect(condition, _leaves, _pending);
            foreach (var leaf in _leaves)
            {
                if (leaf is SymbolExpr { Symbol: { IsConstant: false } symbol })
                {
                    _edges.Add(Variable(symbol), target);
                }
            }

            _leaves.Clear();
        }

        _clauses[_clauses.Add(in clause)].Target = target;
    }


    private int Variable(Symbol symbol)
    {
        if (_variableNumbers.TryGetValue(symbol, out var number))
        {
            return number;
        }

        number = _variableCount++;
        _variableNumbers[symbol] = number;
        if (number == _variables.Length)
        {
            _variables = RentedArray.Grown(_variables, number, number + 1);
        }

        _variables[number] = symbol;
        if (number == _states.Length)
        {
            _states = RentedArray.Grown(_states, number, number + 1);
        }

        return number;
    }

    [MethodImpl(HotPath.Optimized)]
    private void Process()
    {
        var count = _variableCount;
        var firstEdge = ArrayPool<int>.Shared.Rent(count + 1);
        var targets = OutgoingEdges(count, firstEdge);

        // Depth-first post-order numbers: a symbol is numbered after every symbol that depends on it,
        // so sorting by descending number processes a symbol's inputs before the symbol.
        var postOrder = ArrayPool<int>.Shared.Rent(count);
        var visited = RentedArray.Cleared<bool>(count);
        var stack = new (int Variable, int Next)[16];
        var numbered = 0;
        for (var root = 0; root < count; root++)
        {
            if (visited[root])
            {
                continue;
            }

            visited[root] = true;
            var depth = 0;
            stack[depth++] = (root, firstEdge[root]);
            while (depth > 0)
            {
                ref var top = ref stack[depth - 1];
                if (top.Next < firstEdge[top.Variable + 1])
                {
                    var target = targets[top.Next++];
                    if (!visited[target])
                    {
                        visited[target] = true;
                        if (depth == stack.Length)
                        {
                            System.Array.Resize(ref stack, depth * 2);
                        }

                        stack[depth++] = (target, firstEdge[target]);
                    }
                }
                else
                {
                    postOrder[top.Variable] = numbered++;
                    depth--;
                }
            }
        }

        ArrayPool<bool>.Shared.Return(visited);
        ArrayPool<int>.Shared.Return(targets);
        ArrayPool<int>.Shared.Return(firstEdge);

        // Clauses in processing order: descending post-order of the destination, then non-defaults before
        // defaults, then by number. The first two make a small key (at most 2 * numbered + 1), so a counting
        // sort that places clauses in number order within a key gives that order without comparisons.
        var clauseCount = _clauses.Count;
        var keyCount = (2 * numbered) + 2;
        var keyStart = RentedArray.Cleared<int>(keyCount + 1);
        for (var i = 0; i < clauseCount; i++)
        {
            keyStart[OrderKey(numbered, postOrder, i) + 1]++;
        }

        for (var key = 0; key < keyCount; key++)
        {
            keyStart[key + 1] += keyStart[key];
        }

        var order = ArrayPool<int>.Shared.Rent(System.Math.Max(clauseCount, 1));
        for (var i = 0; i < clauseCount; i++)
        {
            order[keyStart[OrderKey(numbered, postOrder, i)]++] = i;
        }

        ArrayPool<int>.Shared.Return(keyStart);
        ArrayPool<int>.Shared.Return(postOrder);
        for (var i = 0; i < clauseCount; i++)
        {
            ProcessClause(order, i);
        }

        ArrayPool<int>.Shared.Return(order);
    }

    // A clause's place before its number: twice the destination's rank from the end of the post-order, plus one for a default.
    private int OrderKey(int numbered, int[] postOrder, int clause)
    {
        ref var c = ref _clauses[clause];
        return (2 * (numbered - postOrder[c.Target])) + (c.Kind == QemuClauseKind.Default ? 1 : 0);
    }

    /// <summary>
    /// The edges grouped by source (compressed rows): each source's targets in the order they were first
    /// added, each once, as minikconf's per-variable sets enumerate them. Fills <paramref name="firstEdge"/>
    /// (<paramref name="count"/> + 1 entries) and returns the targets; both arrays are rented, and the
    /// edge arrays are given back.
    /// </summary>
    private int[] OutgoingEdges(int count, int[] firstEdge)
    {
        System.Array.Clear(firstEdge, 0, count + 1);
        var edgeCount = _edges.Count;
        var edgeFrom = _edges.From;
        var edgeTo = _edges.To;
        for (var e = 0; e < edgeCount; e++)
        {
            firstEdge[edgeFrom[e] + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            firstEdge[i + 1] += firstEdge[i];
        }

        var targets = ArrayPool<int>.Shared.Rent(System.Math.Max(edgeCount, 1));
        var fill = ArrayPool<int>.Shared.Rent(count);
        System.Array.Copy(firstEdge, fill, count);
        for (var e = 0; e < edgeCount; e++)
        {
            targets[fill[edgeFrom[e]]++] = edgeTo[e];
        }

        _edges.Release();

        // Drop repeated targets of a source, keeping the first: lastSeenFrom[t] is the last source that kept t.
        var lastSeenFrom = fill;
        lastSeenFrom.AsSpan(0, count).Fill(-1);
        var kept = 0;
        var rowStart = 0;
        for (var from = 0; from < count; from++)
        {
            var rowEnd = firstEdge[from + 1];
            firstEdge[from] = kept;
            for (var e = rowStart; e < rowEnd; e++)
            {
                var target = targets[e];
                if (lastSeenFrom[target] != from)
                {
                    lastSeenFrom[target] = from;
                    targets[kept++] = target;
                }
            }

            rowStart = rowEnd;
        }

        firstEdge[count] = kept;
        ArrayPool<int>.Shared.Return(fill);
        return targets;
    }

    private void ProcessClause(int[] order, int position)
    {
        var number = order[position];
        ref var clause = ref _clauses[number];
        switch (clause.Kind)
        {
            case QemuClauseKind.Assignment:
                Set(order, position, clause.Value);
                break;
            case QemuClauseKind.DependsOn:
                if (!Evaluate(clause.Condition!, number))
                {
                    Set(order, position, false);
                }

                break;
            case QemuClauseKind.Select:
                if (Evaluate(clause.Condition!, number))
                {
                    Set(order, position, true);
                }

                break;
            case QemuClauseKind.Default:
                if (_states[clause.Target].Value is null && (clause.Condition is null || Evaluate(clause.Condition, number)))
                {
                    Set(order, position, clause.Value);
                }

                break;
        }
    }

    private void Set(int[] order, int position, bool value)
    {
        var number = order[position];
        ref var clause = ref _clauses[number];
        clause.HasSet = true;
        ref var state = ref _states[clause.Target];
        if (state.Value is { } existing && existing != value)
        {
            if (!state.ContradictionReported)
            {
                state.ContradictionReported = true;

                // A destination's clauses are adjacent in processing order: the ones that set it so far are
                // the ones before this one (and this one) that reached here.
                var first = position;
                while (first > 0 && _clauses[order[first - 1]].Target == clause.Target)
                {
                    first--;
                }

                var lines = new List<string>();
                for (var i = first; i <= position; i++)
                {
                    ref var c = ref _clauses[order[i]];
                    if (c.HasSet)
                    {
                        lines.Add($"{Text(in c)}{(c.Location.IsInFile ? " (" + c.Location + ")" : string.Empty)}");
                    }
                }

                _diagnostics.Add(KconfigDiagnostics.Contradiction, clause.Location, $"contradiction between clauses when setting {clause.Destination.Name}: {string.Join("; ", lines)}");
            }

            return;
        }

        if (state.Value is null)
        {
            state.Value = value;
            state.Origin = number;
            state.HasOrigin = true;
        }
    }

    /// <summary>Evaluates like minikconf: <c>and</c>/<c>or</c> short-circuit; an unset symbol is a cycle.</summary>
    private bool Evaluate(Expr expr, int clause)
    {
        StackGuard.Check();
        switch (expr)
        {
            case SymbolExpr { Symbol: var symbol }:
                if (symbol.IsConstant)
                {
                    return symbol.Name == "y";
                }

                ref var state = ref _states[Variable(symbol)];
                if (state.Value is { } value)
                {
                    return value;
                }

                if (!state.CycleReported)
                {
                    state.CycleReported = true;
                    _diagnostics.Add(KconfigDiagnostics.DependencyLoop, _clauses[clause].Location, $"cycle found including {symbol.Name} (while evaluating '{Text(in _clauses[clause])}')");
                }

                return false;
            case NotExpr not:
                return !Evaluate(not.Operand, clause);
            case AndExpr or OrExpr:
                return EvaluateChain(expr, clause);
            default:
                return false;
        }
    }

    /// <summary>
    /// A chain of one operator, operand by operand left to right with short-circuit, on a stack of its own
    /// (one per nesting of alternating operators, kept for the next chain), so a long chain does not recurse.
    /// </summary>
    private bool EvaluateChain(Expr chain, int clause)
    {
        var isAnd = chain is AndExpr;
        if (_chainDepth == _chainStacks.Count)
        {
            _chainStacks.Add(new ExprStack());
        }

        var pending = _chainStacks[_chainDepth++];
        try
        {
            pending.Push(chain);
            while (ExprChain.NextOperand(isAnd, pending) is { } operand)
            {
                if (Evaluate(operand, clause) != isAnd)
                {
                    return !isAnd;
                }
            }

            return isAnd;
        }
        finally
        {
            pending.Clear();
            _chainDepth--;
        }
    }

    /// <summary>What set a value, in the words <c>why</c> prints, appended to <paramref name="text"/>.</summary>
    private static void AppendDescription(StringBuilder text, in QemuClause clause)
    {
        switch (clause.Source)
        {
            case ValueSource.ValuesFile:
                AppendText(text.Append("set by "), in clause);
                AppendAt(text, clause.Location);
                break;
            case ValueSource.Define:
                AppendText(text.Append("set by define "), in clause);
                break;
            case ValueSource.Select:
                AppendText(text.Append("selected ("), in clause);
                AppendAt(text.Append(')'), clause.Location);
                break;
            case ValueSource.Imply:
                AppendText(text.Append("implied ("), in clause);
                AppendAt(text.Append(')'), clause.Location);
                break;
            case ValueSource.Default:
                AppendText(text, in clause);
                AppendAt(text, clause.Location);
                break;
            case ValueSource.DependsOn:
                AppendText(text.Append("forced to n: "), in clause);
                AppendAt(text, clause.Location);
                break;
            case ValueSource.Mode:
                AppendText(text.Append("no clause set it; the mode turned the implicit 'default n' into "), in clause);
                break;
            default:
                text.Append(ImplicitDefaultText);
                break;
        }
    }

    /// <summary><c>" at FILE:LINE"</c>, as <see cref="SourceLocation.ToString"/> writes the place.</summary>
    private static void AppendAt(StringBuilder text, SourceLocation location)
    {
        text.Append(" at ");
        if (location.IsInFile)
        {
            text.Append(location.File).Append(':').Append(location.Line);
        }
        else
        {
            text.Append(location.ToString());
        }
    }

    /// <summary>
    /// The clause in minikconf's words, written only for a clause that describes a value or a diagnostic:
    /// a QEMU tree has thousands of clauses, and writing each one's condition was a fifth of a resolve.
    /// </summary>
    private static string Text(in QemuClause clause)
    {
        var text = new StringBuilder();
        AppendText(text, in clause);
        return text.ToString();
    }

    private static void AppendText(StringBuilder text, in QemuClause clause)
    {
        var name = clause.Destination.Name;
        switch (clause.Kind, clause.Source)
        {
            case (QemuClauseKind.Assignment, _):
                text.Append("CONFIG_").Append(name).Append('=').Append(clause.Detail);
                break;
            case (QemuClauseKind.DependsOn, _):
                AppendCondition(text.Append("config ").Append(name).Append(" depends on "), clause.Condition);
                break;
            case (QemuClauseKind.Select, _):
                AppendCondition(text.Append("select ").Append(name).Append(" if "), clause.Condition);
                break;
            case (QemuClauseKind.Default, ValueSource.Imply):
                AppendCondition(text.Append("config ").Append(name).Append(" default ").Append(YesNo(clause.Value)).Append(" if "), clause.Condition);
                text.Append(" (imply ").Append(name).Append(" in ").Append(((Symbol)clause.Detail!).Name).Append(')');
                break;
            default:
                text.Append("config ").Append(name).Append(" default ").Append(YesNo(clause.Value));
                if (clause.Condition is not null)
                {
                    AppendCondition(text.Append(" if "), clause.Condition);
                }

                break;
        }
    }

    private static void AppendCondition(StringBuilder text, Expr? condition) => condition?.Write(text);

    private struct VariableState
    {
        public bool? Value;

        /// <summary>The number of the clause that set the value, when <see cref="HasOrigin"/>.</summary>
        public int Origin;

        public bool HasOrigin;

        public bool ContradictionReported;

        public bool CycleReported;
    }
}
