using System.Collections.Generic;
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
internal sealed class QemuResolver
{
    private readonly KconfigModel _model;
    private readonly ResolveMode _mode;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Clause> _clauses = [];
    private readonly List<Symbol> _variables = [];
    private readonly Dictionary<Symbol, VariableState> _states = [];

    private QemuResolver(KconfigModel model, ResolveMode mode, DiagnosticBag diagnostics)
    {
        _model = model;
        _mode = mode;
        _diagnostics = diagnostics;
    }

    public static Dictionary<Symbol, SymbolState> Resolve(KconfigModel model, IReadOnlyList<ValueAssignment> values, ResolveMode mode, DiagnosticBag diagnostics, Dictionary<string, Symbol> extraSymbols)
    {
        var resolver = new QemuResolver(model, mode, diagnostics);
        resolver.CollectClauses(values, extraSymbols);
        resolver.Process();
        return resolver.Results();
    }

    private void CollectClauses(IReadOnlyList<ValueAssignment> values, Dictionary<string, Symbol> extraSymbols)
    {
        foreach (var symbol in _model.Symbols.Values)
        {
            Variable(symbol);
        }

        foreach (var assignment in _model.Assignments)
        {
            AddAssignment(assignment.Symbol, assignment.Value == "y", assignment.Location, ValueSource.ValuesFile, () => $"CONFIG_{assignment.Symbol.Name}={assignment.Value}");
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

            AddAssignment(symbol, value.Value == "y", value.Location, value.Source, () => $"CONFIG_{value.Name}={value.Value}");
        }

        CollectTreeClauses(_model.Root);

        // minikconf adds 'default n' for every referenced variable after all other clauses, and passes
        // it through the mode's value mangler too (so --allyesconfig turns every free symbol on).
        var implicitValue = Mangle(false);
        var implicitSource = _mode == ResolveMode.Defconfig ? ValueSource.None : ValueSource.Mode;
        foreach (var variable in _variables)
        {
            AddClause(new Clause(ClauseKind.Default, variable, implicitValue, null, SourceLocation.None, implicitSource, () => $"config {variable.Name} default {YesNo(implicitValue)}"));
        }
    }

    private void CollectTreeClauses(MenuNode parent)
    {
        foreach (var node in parent.ChildrenView)
        {
            if (node.Symbol is { } symbol)
            {
                if (!node.OwnDependency.IsConstant("y"))
                {
                    AddClause(new Clause(ClauseKind.DependsOn, symbol, false, node.OwnDependency, node.Location, ValueSource.DependsOn, () => $"config {symbol.Name} depends on {node.OwnDependency}"));
                }

                foreach (var select in node.SelectsView)
                {
                    var condition = Expr.And(select.Condition, symbol.AsExpr);
                    AddClause(new Clause(ClauseKind.Select, select.Target, true, condition, select.Location, ValueSource.Select, () => $"select {select.Target.Name} if {condition}"));
                }

                foreach (var def in node.DefaultsView)
                {
                    var value = Mangle(def.Value.IsConstant("y"));
                    var condition = def.Condition.IsConstant("y") ? null : def.Condition;
                    AddClause(new Clause(ClauseKind.Default, symbol, value, condition, def.Location, ValueSource.Default, () => $"config {symbol.Name} default {YesNo(value)}{(condition is null ? string.Empty : " if " + condition)}"));
                }

                foreach (var imply in node.ImpliesView)
                {
                    var condition = Expr.And(imply.Condition, symbol.AsExpr);
                    var value = Mangle(true);
                    AddClause(new Clause(ClauseKind.Default, imply.Target, value, condition, imply.Location, ValueSource.Imply, () => $"config {imply.Target.Name} default {YesNo(value)} if {condition} (imply {imply.Target.Name} in {symbol.Name})"));
                }
            }

            CollectTreeClauses(node);
        }
    }

    private bool Mangle(bool value) => _mode switch
    {
        ResolveMode.AllNoConfig => false,
        ResolveMode.AllYesConfig => true,
        _ => value,
    };

    private static string YesNo(bool value) => value ? "y" : "n";

    private void AddAssignment(Symbol symbol, bool value, SourceLocation location, ValueSource source, System.Func<string> text) =>
        AddClause(new Clause(ClauseKind.Assignment, symbol, value, null, location, source, text));

    private void AddClause(Clause clause)
    {
        Variable(clause.Destination);
        if (clause.Condition is { } condition)
        {
            AddEdges(condition, clause.Destination);
        }

        clause.Order = _clauses.Count;
        _clauses.Add(clause);
    }

    private VariableState Variable(Symbol symbol)
    {
        if (!_states.TryGetValue(symbol, out var state))
        {
            state = new VariableState();
            _states.Add(symbol, state);
            _variables.Add(symbol);
        }

        return state;
    }

    private void AddEdges(Expr expr, Symbol destination)
    {
        StackGuard.Check();
        switch (expr)
        {
            case SymbolExpr { Symbol: { IsConstant: false } symbol }:
                Variable(symbol).Outgoing.Add(destination);
                break;
            case NotExpr not:
                AddEdges(not.Operand, destination);
                break;
            case AndExpr or OrExpr:
                foreach (var operand in ExprChain.Operands(expr))
                {
                    AddEdges(operand, destination);
                }

                break;
        }
    }

    private void Process()
    {
        // Depth-first post-order numbers: a symbol is numbered after every symbol that depends on it,
        // so sorting by descending number processes a symbol's inputs before the symbol.
        var postOrder = new Dictionary<Symbol, int>();
        var stack = new Stack<(Symbol Symbol, int Next)>();
        var outgoing = new Dictionary<Symbol, List<Symbol>>();
        foreach (var root in _variables)
        {
            if (postOrder.ContainsKey(root) || _states[root].Visited)
            {
                continue;
            }

            _states[root].Visited = true;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (symbol, next) = stack.Pop();
                if (!outgoing.TryGetValue(symbol, out var edges))
                {
                    edges = [.. _states[symbol].Outgoing];
                    outgoing.Add(symbol, edges);
                }

                if (next < edges.Count)
                {
                    stack.Push((symbol, next + 1));
                    var target = edges[next];
                    var targetState = Variable(target);
                    if (!targetState.Visited)
                    {
                        targetState.Visited = true;
                        stack.Push((target, 0));
                    }
                }
                else
                {
                    postOrder[symbol] = postOrder.Count;
                }
            }
        }

        // One sort key per clause instead of a comparison that looks both post-order numbers up:
        // descending post-order of the destination, then non-defaults before defaults, then the
        // order the clauses were added (unique, so the order is total, as the comparison's was).
        var clauses = _clauses.ToArray();
        var keys = new long[clauses.Length];
        var last = postOrder.Count;
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            keys[i] = ((long)(last - postOrder[clause.Destination]) << 32) | ((clause.Priority == 0 ? 0L : 1L) << 31) | (uint)clause.Order;
        }

        System.Array.Sort(keys, clauses);
        foreach (var clause in clauses)
        {
            ProcessClause(clause);
        }
    }

    private void ProcessClause(Clause clause)
    {
        var state = _states[clause.Destination];
        switch (clause.Kind)
        {
            case ClauseKind.Assignment:
                Set(clause, clause.Value);
                break;
            case ClauseKind.DependsOn:
                if (!Evaluate(clause.Condition!, clause))
                {
                    Set(clause, false);
                }

                break;
            case ClauseKind.Select:
                if (Evaluate(clause.Condition!, clause))
                {
                    Set(clause, true);
                }

                break;
            case ClauseKind.Default:
                if (state.Value is null && (clause.Condition is null || Evaluate(clause.Condition, clause)))
                {
                    Set(clause, clause.Value);
                }

                break;
        }
    }

    private void Set(Clause clause, bool value)
    {
        var state = _states[clause.Destination];
        state.Clauses.Add(clause);
        if (state.Value is { } existing && existing != value)
        {
            if (!state.ContradictionReported)
            {
                state.ContradictionReported = true;
                var lines = new List<string>();
                foreach (var c in state.Clauses)
                {
                    lines.Add($"{c.Text}{(c.Location.IsInFile ? " (" + c.Location + ")" : string.Empty)}");
                }

                _diagnostics.Add(KconfigDiagnostics.Contradiction, clause.Location, $"contradiction between clauses when setting {clause.Destination.Name}: {string.Join("; ", lines)}");
            }

            return;
        }

        if (state.Value is null)
        {
            state.Value = value;
            state.Origin = clause;
        }
    }

    /// <summary>Evaluates like minikconf: <c>and</c>/<c>or</c> short-circuit; an unset symbol is a cycle.</summary>
    private bool Evaluate(Expr expr, Clause clause)
    {
        StackGuard.Check();
        switch (expr)
        {
            case SymbolExpr { Symbol: var symbol }:
                if (symbol.IsConstant)
                {
                    return symbol.Name == "y";
                }

                var state = Variable(symbol);
                if (state.Value is { } value)
                {
                    return value;
                }

                if (!state.CycleReported)
                {
                    state.CycleReported = true;
                    _diagnostics.Add(KconfigDiagnostics.DependencyLoop, clause.Location, $"cycle found including {symbol.Name} (while evaluating '{clause.Text}')");
                }

                return false;
            case NotExpr not:
                return !Evaluate(not.Operand, clause);
            case AndExpr or OrExpr:
                {
                    // Short-circuits like minikconf, over the chain as a list (ExprChain).
                    var isAnd = expr is AndExpr;
                    foreach (var operand in ExprChain.Operands(expr))
                    {
                        if (Evaluate(operand, clause) != isAnd)
                        {
                            return !isAnd;
                        }
                    }

                    return isAnd;
                }
            default:
                return false;
        }
    }

    private Dictionary<Symbol, SymbolState> Results()
    {
        var results = new Dictionary<Symbol, SymbolState>();
        foreach (var symbol in _variables)
        {
            var state = _states[symbol];
            var origin = state.Origin is { } clause
                ? new ValueOrigin(clause.Source, Describe(clause), clause.Location)
                : ValueOrigin.Nothing;
            results[symbol] = new SymbolState(state.Value == true ? "y" : "n", IsVisible: true, origin);
        }

        return results;
    }

    private static string Describe(Clause clause) => clause.Source switch
    {
        ValueSource.ValuesFile => $"set by {clause.Text} at {clause.Location}",
        ValueSource.Define => $"set by define {clause.Text}",
        ValueSource.Select => $"selected ({clause.Text}) at {clause.Location}",
        ValueSource.Imply => $"implied ({clause.Text}) at {clause.Location}",
        ValueSource.Default => $"{clause.Text} at {clause.Location}",
        ValueSource.DependsOn => $"forced to n: {clause.Text} at {clause.Location}",
        ValueSource.Mode => $"no clause set it; the mode turned the implicit 'default n' into {clause.Text}",
        _ => "no clause set it (implicit default n)",
    };

    private enum ClauseKind
    {
        Assignment,
        DependsOn,
        Select,
        Default,
    }

    // The text is written only for a clause that ends up describing a value or a diagnostic: a QEMU
    // tree has thousands of clauses, and writing each one's condition was a fifth of a resolve.
    private sealed class Clause(ClauseKind kind, Symbol destination, bool value, Expr? condition, SourceLocation location, ValueSource source, System.Func<string> text)
    {
        private string? _text;

        public ClauseKind Kind { get; } = kind;

        public Symbol Destination { get; } = destination;

        public bool Value { get; } = value;

        public Expr? Condition { get; } = condition;

        public SourceLocation Location { get; } = location;

        public ValueSource Source { get; } = source;

        public string Text => _text ??= text();

        /// <summary>Defaults are processed after every other clause of their symbol.</summary>
        public int Priority => Kind == ClauseKind.Default ? -1 : 0;

        public int Order { get; set; }
    }

    private sealed class VariableState
    {
        public HashSet<Symbol> Outgoing { get; } = [];

        public bool? Value { get; set; }

        public Clause? Origin { get; set; }

        public List<Clause> Clauses { get; } = [];

        public bool Visited { get; set; }

        public bool ContradictionReported { get; set; }

        public bool CycleReported { get; set; }
    }
}
