using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The flags of one compilation and the relations between them, as the analyzers see them (not the
/// core's <c>KconfigModel</c>, which is a parsed Kconfig tree; the analyzers never read one): the flag members of the
/// FeatureFlags-like types (in source, and in referenced assemblies that hold a <c>FeatureFlags</c>
/// type) and the implications that hold in every valid configuration (KCONFIG.md §5):
/// <c>depends on</c> (X ⇒ each conjunct of its direct dependency, and the contrapositive) and
/// <c>select</c> (T ∧ cond ⇒ S), and members of one bool choice exclude each other.
/// <c>imply</c> gives nothing. Built in two steps (issue 13): the flags by name at the first use (no
/// expression parsed), the relations at the first question that needs them.
/// </summary>
internal sealed class FlagModel
{
    private readonly Dictionary<string, KconfigFlag> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ISymbol, KconfigFlag?> _byMember = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, FlagTable?> _tables = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<Literal, List<Literal>> _implications = new();
    private readonly Dictionary<string, List<(string Target, KconfigExpression? Condition)>> _selects = new(StringComparer.Ordinal);
    private ConditionalSelects[] _selectors = Array.Empty<ConditionalSelects>();
    private readonly Dictionary<string, List<string>> _symbolsToScan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _choiceMembers = new(StringComparer.Ordinal);

    // One model per compilation, shared by every analyzer and the suppressor (built once, not per analyzer: the table
    // runs its factory outside its lock, so analyzers asking at once would each build one; the Lazy builds one).
    private static readonly ConditionalWeakTable<Compilation, Lazy<FlagModel>> PerCompilation = new();

    private readonly HashSet<string> _constMemberNames = new(StringComparer.Ordinal);

    // Flags whose metadata KCONF000 must check: every attribute-form flag, and those of a table someone
    // wrote (the generator's own table parses by construction, and is parsed only when the analysis asks).
    private readonly List<KconfigFlag> _checkedFlags = new();
    private readonly Lazy<IReadOnlyDictionary<ISymbol, KconfigFlag>> _unreadable;

    // The relations between flags (implications, selects, choices) are built on the first question that
    // needs them: a compilation whose code reads no flag never parses a dependency.
    private readonly object _relationsLock = new();
    private volatile bool _relationsBuilt;
    // Values boxed for the same reason as the closures: a ConcurrentDictionary over an int or bool value would run tier-0 code.
    private static readonly StrongBox<bool> Satisfiable = new(true);
    private static readonly StrongBox<bool> Unsatisfiable = new(false);
    private readonly ConcurrentDictionary<string, StrongBox<bool>> _satisfiable = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<int>> _symbolNumbers = new(StringComparer.Ordinal);
    private readonly object _numberingLock = new();
    // Closures boxed, by number in arrays: a dictionary over an int key or a FactBits value is compiled at run time at
    // tier 0 and never optimized in a csc run (no ReadyToRun for analyzers, and our code does not tier up there).
    private readonly NumberedTable<StrongBox<FactBits>> _closures = new();
    private readonly NumberedTable<StrongBox<FactBits>> _expressionClosures = new();
    private int _symbolCount;

    private FlagModel()
    {
        _unreadable = new Lazy<IReadOnlyDictionary<ISymbol, KconfigFlag>>(FindUnreadable, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The model of <paramref name="compilation"/>, built on first use and shared.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static FlagModel For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new Lazy<FlagModel>(() => Create(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// Whether some <c>const</c> flag member has this simple name: a syntax-level filter (a read of a
    /// const flag is an identifier with one of these names), confirmed with the semantic model.
    /// </summary>
    public bool IsConstFlagMemberName(string name) => _constMemberNames.Contains(name);

    /// <summary>The flags (by member) with a relation whose metadata does not parse (KCONF000); usually none.</summary>
    public IReadOnlyDictionary<ISymbol, KconfigFlag> FlagsWithUnreadableMetadata => _unreadable.Value;

    /// <summary>The numbers of the expressions established as a whole (compound facts of a <see cref="FactSet"/>).</summary>
    public ExpressionTable Expressions { get; } = new();

    /// <summary>The state that establishes exactly one expression, by its number (shared: immutable).</summary>
    public NumberedTable<FactSet> SingleExpressionStates { get; } = new();

    /// <summary>Every flag of the compilation (source and referenced).</summary>
    public IEnumerable<KconfigFlag> Flags => _byName.Values;

    /// <summary>Whether any flag is a <c>const</c> (otherwise no flag makes code unreachable).</summary>
    public bool HasConstFlags => _constMemberNames.Count > 0;

    /// <summary>Builds the model; walks only static classes (use <see cref="For"/>: once per compilation).</summary>
    private static FlagModel Create(Compilation compilation)
    {
        var model = new FlagModel();
        model.AddTypes(compilation.Assembly.GlobalNamespace, requireName: false);
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Referenced flags: only assemblies that have a FeatureFlags type are walked (cheap filter).
            if (reference.TypeNames.Contains("FeatureFlags"))
            {
                model.AddTypes(reference.GlobalNamespace, requireName: true);
            }
        }

        return model;
    }

    /// <summary>The flag with this Kconfig name, or null.</summary>
    public KconfigFlag? Find(string name) => _byName.TryGetValue(name, out var flag) ? flag : null;

    /// <summary>Whether the Kconfig name is known.</summary>
    public bool IsKnown(string name) => _byName.ContainsKey(name);

    /// <summary>The flag a member stands for, or null (cached per member; members from any assembly).</summary>
    [MethodImpl(HotPath.Optimized)]
    public KconfigFlag? FlagOf(ISymbol member)
    {
        if (member.Kind is not (SymbolKind.Field or SymbolKind.Property))
        {
            return null;
        }

        // Looked up first: GetOrAdd's factory captures this model, a delegate allocated on every call (the guard
        // analysis asks for every flag read).
        var definition = member.OriginalDefinition;
        return _byMember.TryGetValue(definition, out var known) ? known : _byMember.GetOrAdd(definition, CreateFlag(definition));
    }

    /// <summary>The flag <paramref name="member"/> declares: a class with a table (big trees) keeps no metadata on its members, and the table answers without binding their attributes.</summary>
    [MethodImpl(HotPath.Optimized)]
    private KconfigFlag? CreateFlag(ISymbol member) => TableOf(member.ContainingType) is { } table ? table.FlagOf(member) : KconfigFlag.TryCreate(member);

    /// <summary>The <c>[KconfigTable]</c> of a type (big trees carry the metadata there, not on the members), decoded once.</summary>
    private FlagTable? TableOf(INamedTypeSymbol? type) =>
        type is null ? null : _tables.GetOrAdd(type, static t => FlagTable.Of(t));

    /// <summary>
    /// The number of a fact (<paramref name="symbol"/> on or off): 2 × the symbol's number, + 1 for off.
    /// Symbols are numbered on first use (flags, comparison facts, names the model does not know), so
    /// numbers stay small and dense for what one compilation's guards mention.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public int FactOf(string symbol, bool on) => ((_symbolNumbers.TryGetValue(symbol, out var number) ? number.Value : Number(symbol)) * 2) + (on ? 0 : 1);

    /// <summary>
    /// Numbers a symbol under a lock, publishing it before the count moves past it: a symbol not found while the
    /// count was <c>n</c> has no number below <c>n</c> (what <see cref="ConditionalSelects"/> relies on).
    /// </summary>
    private int Number(string symbol)
    {
        lock (_numberingLock)
        {
            if (_symbolNumbers.TryGetValue(symbol, out var known))
            {
                return known.Value;
            }

            var number = _symbolCount;
            _symbolNumbers[symbol] = new StrongBox<int>(number);
            Volatile.Write(ref _symbolCount, number + 1);
            return number;
        }
    }

    /// <summary>The fact's number, or false when no fact about <paramref name="symbol"/> was ever numbered (so no set holds it).</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryFactOf(string symbol, bool on, out int fact)
    {
        if (_symbolNumbers.TryGetValue(symbol, out var number))
        {
            fact = (number.Value * 2) + (on ? 0 : 1);
            return true;
        }

        fact = -1;
        return false;
    }

    /// <summary>
    /// <paramref name="facts"/> with expression <paramref name="number"/> established, closed under the
    /// model: the union of the closures of the literals the expression implies (under <c>depends on</c>,
    /// unconditional <c>select</c> and choice exclusion) is computed once per expression number and kept,
    /// so adding an expression is one OR (no copy when it adds nothing); conditional selects (T ∧ cond ⇒ S)
    /// are then applied until nothing changes.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public FactBits CloseWith(FactBits facts, int number)
    {
        EnsureRelations();
        if (!_expressionClosures.TryGetValue(number, out var closure))
        {
            var union = FactBits.Empty;
            foreach (var literal in Expressions.ImpliedLiteralsOf(number))
            {
                union = union.Union(ClosureOf(literal));
            }

            closure = _expressionClosures.GetOrAdd(number, new StrongBox<FactBits>(union));
        }

        facts = facts.Union(closure.Value);
        var selectors = _selectors;
        if (selectors.Length == 0)
        {
            return facts;
        }

        while (true)
        {
            var before = facts;
            foreach (var selector in selectors)
            {
                if (selector.OnFact(this) is not (>= 0 and var selectorOn) || !before.Contains(selectorOn))
                {
                    continue;
                }

                foreach (var (target, condition) in selector.Targets)
                {
                    if (condition is not null && Evaluate(condition, before) == true)
                    {
                        facts = facts.Union(ClosureOf(new Literal(target, true)));
                    }
                }
            }

            if (facts.Equals(before))
            {
                return facts;
            }
        }
    }

    /// <summary>
    /// Kleene evaluation of <paramref name="expression"/> over a set of facts, without a delegate per call
    /// (<see cref="KconfigExpression.Evaluate"/> takes one). Recursive over the expression, whose depth is
    /// bounded where it is built (<see cref="Flow.ConditionTranslator.MaxDepth"/>, <see cref="KconfigExpressionReader.MaxDepth"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool? Evaluate(KconfigExpression expression, FactBits facts)
    {
        switch (expression.Kind)
        {
            case KconfigExpressionKind.Symbol:
            case KconfigExpressionKind.Comparison:
                return TryFactOf(expression.Symbol!, true, out var on) && facts.Contains(on) ? true
                    : TryFactOf(expression.Symbol!, false, out var off) && facts.Contains(off) ? false
                    : null;
            case KconfigExpressionKind.Constant:
                return expression.Value;
            case KconfigExpressionKind.Not:
                return !Evaluate(expression.Left!, facts);
            case KconfigExpressionKind.And:
                {
                    var l = Evaluate(expression.Left!, facts);
                    if (l == false)
                    {
                        return false;
                    }

                    var r = Evaluate(expression.Right!, facts);
                    return r == false ? false : l == true && r == true ? true : null;
                }

            default:
                {
                    var l = Evaluate(expression.Left!, facts);
                    if (l == true)
                    {
                        return true;
                    }

                    var r = Evaluate(expression.Right!, facts);
                    return r == true ? true : l == false && r == false ? false : null;
                }
        }
    }

    /// <summary>The literal and everything it implies unconditionally, numbered (computed on first use, then shared).</summary>
    [MethodImpl(HotPath.Optimized)]
    private FactBits ClosureOf(Literal literal)
    {
        EnsureRelations();
        var fact = FactOf(literal.Symbol, literal.On);
        if (_closures.TryGetValue(fact, out var known))
        {
            return known.Value;
        }

        // Breadth first over the implication graph: chains are as long as the Kconfig tree makes them.
        var closure = FactBits.Empty.With(fact);
        var queue = new Queue<Literal>();
        queue.Enqueue(literal);
        var seen = new HashSet<Literal> { literal };
        while (queue.Count > 0)
        {
            if (_implications.TryGetValue(queue.Dequeue(), out var consequences))
            {
                foreach (var consequence in consequences)
                {
                    if (seen.Add(consequence))
                    {
                        closure = closure.With(FactOf(consequence.Symbol, consequence.On));
                        queue.Enqueue(consequence);
                    }
                }
            }
        }

        return _closures.GetOrAdd(fact, new StrongBox<FactBits>(closure)).Value;
    }

    /// <summary>
    /// Whether <paramref name="expression"/> can be true in some valid configuration: an exact check by
    /// enumeration over the symbols it depends on and those their dependencies and selects reach (at most
    /// 20; beyond that the answer is "satisfiable", so KCONF003 never reports a false positive). Guards
    /// repeat across a code base, so the answer is kept per canonical text for the compilation.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsSatisfiable(KconfigExpression expression)
    {
        EnsureRelations();
        var text = expression.ToString();
        if (_satisfiable.TryGetValue(text, out var known))
        {
            return known.Value;
        }

        var satisfiable = Enumerate(expression);
        _satisfiable.TryAdd(text, satisfiable ? Satisfiable : Unsatisfiable);
        return satisfiable;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool Enumerate(KconfigExpression expression)
    {
        var symbols = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = new List<string>();
        expression.CollectFacts(start);
        var queue = new Queue<string>(start);
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            if (!seen.Add(s))
            {
                continue;
            }

            symbols.Add(s);
            if (symbols.Count > 20)
            {
                return true;
            }

            if (_symbolsToScan.TryGetValue(s, out var related))
            {
                foreach (var r in related)
                {
                    queue.Enqueue(r);
                }
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < symbols.Count; i++)
        {
            index[symbols[i]] = i;
        }

        for (long assignment = 0; assignment < 1L << symbols.Count; assignment++)
        {
            var a = assignment;
            bool? ValueOf(string s) => index.TryGetValue(s, out var i) ? ((a >> i) & 1) == 1 : null;
            if (expression.Evaluate(ValueOf) == true && IsValid(symbols, ValueOf))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool IsValid(List<string> symbols, Func<string, bool?> valueOf)
    {
        foreach (var members in _choiceMembers.Values)
        {
            var on = 0;
            foreach (var member in members)
            {
                if (valueOf(member) == true && ++on > 1)
                {
                    return false;
                }
            }
        }

        foreach (var s in symbols)
        {
            var on = valueOf(s) == true;
            var flag = Find(s);
            if (on && flag?.DependsOn is { } dep && dep.Evaluate(valueOf) == false)
            {
                return false;
            }

            if (!on && flag is not null)
            {
                foreach (var (selector, condition) in flag.SelectedBy)
                {
                    // A symbol outside the set is free, so it never makes the assignment invalid.
                    if (valueOf(selector) == true && (condition is null || condition.Evaluate(valueOf) == true))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private void AddTypes(INamespaceSymbol root, bool requireName)
    {
        // Depth first in declaration order, as a recursive walk would, with a stack of enumerators:
        // namespaces nest as deep as the source says.
        var pending = new Stack<IEnumerator<INamespaceOrTypeSymbol>>();
        pending.Push(((IEnumerable<INamespaceOrTypeSymbol>)root.GetMembers()).GetEnumerator());
        while (pending.Count > 0)
        {
            var members = pending.Peek();
            if (!members.MoveNext())
            {
                pending.Pop().Dispose();
                continue;
            }

            var member = members.Current;
            if (member is INamespaceSymbol child)
            {
                pending.Push(((IEnumerable<INamespaceOrTypeSymbol>)child.GetMembers()).GetEnumerator());
            }
            else if (member is INamedTypeSymbol { IsStatic: true } type && (!requireName || type.Name == "FeatureFlags"))
            {
                foreach (var typeMember in type.GetMembers())
                {
                    if (FlagOf(typeMember) is { } flag && !_byName.ContainsKey(flag.Name))
                    {
                        _byName.Add(flag.Name, flag);
                        if (!(TableOf(type)?.IsGeneratorOutput ?? false))
                        {
                            _checkedFlags.Add(flag);
                        }

                        if (flag.IsConst)
                        {
                            _constMemberNames.Add(flag.Member.Name);
                        }
                    }
                }
            }
        }
    }

    private IReadOnlyDictionary<ISymbol, KconfigFlag> FindUnreadable()
    {
        var unreadable = new Dictionary<ISymbol, KconfigFlag>(SymbolEqualityComparer.Default);
        foreach (var flag in _checkedFlags)
        {
            if (flag.Unreadable.Count > 0)
            {
                unreadable[flag.Member.OriginalDefinition] = flag;
            }
        }

        return unreadable;
    }

    [MethodImpl(HotPath.Optimized)]
    private void EnsureRelations()
    {
        if (_relationsBuilt)
        {
            return;
        }

        lock (_relationsLock)
        {
            if (!_relationsBuilt)
            {
                BuildImplications();
                var selectors = new List<ConditionalSelects>(_selects.Count);
                foreach (var pair in _selects)
                {
                    selectors.Add(new ConditionalSelects(pair.Key, pair.Value.ToArray()));
                }

                _selectors = selectors.ToArray();
                _relationsBuilt = true;
            }
        }
    }

    private void BuildImplications()
    {
        foreach (var flag in _byName.Values)
        {
            if (flag.Choice is { } choice)
            {
                if (!_choiceMembers.TryGetValue(choice, out var members))
                {
                    _choiceMembers[choice] = members = new List<string>();
                }

                members.Add(flag.Name);
            }
        }

        foreach (var members in _choiceMembers.Values)
        {
            foreach (var member in members)
            {
                foreach (var other in members)
                {
                    if (other != member)
                    {
                        // At most one member of a bool choice is y.
                        Add(new Literal(member, true), new Literal(other, false));
                        Related(member).Add(other);
                    }
                }
            }
        }

        foreach (var flag in _byName.Values)
        {
            var related = Related(flag.Name);
            if (flag.DependsOn is { } dep)
            {
                var literals = new List<Literal>();
                dep.CollectImpliedLiterals(literals);
                foreach (var literal in literals)
                {
                    Add(new Literal(flag.Name, true), literal);
                    Add(literal.Negate(), new Literal(flag.Name, false));
                }

                dep.CollectFacts(related);
            }

            foreach (var (selector, condition) in flag.SelectedBy)
            {
                if (condition is null)
                {
                    Add(new Literal(selector, true), new Literal(flag.Name, true));
                    Add(new Literal(flag.Name, false), new Literal(selector, false));
                }
                else
                {
                    if (!_selects.TryGetValue(selector, out var list))
                    {
                        _selects[selector] = list = new List<(string, KconfigExpression?)>();
                    }

                    list.Add((flag.Name, condition));
                    condition.CollectFacts(related);
                }

                // Both directions matter for satisfiability: the selector constrains the target and back.
                related.Add(selector);
                Related(selector).Add(flag.Name);
            }
        }
    }

    /// <summary>
    /// The conditional selects of one selector, with the selector's "on" fact once it is numbered. Until then the
    /// number is looked up again only after some symbol was numbered (a set cannot hold a fact that has no number):
    /// closing a set then costs no name look-up per selector (every select of a generated tree is conditional: its
    /// condition carries the selector's dependencies).
    /// </summary>
    private sealed class ConditionalSelects
    {
        private volatile int _onFact = -1;
        private volatile int _unnumberedAtCount = -1;

        public ConditionalSelects(string selector, (string Target, KconfigExpression? Condition)[] targets)
        {
            Selector = selector;
            Targets = targets;
        }

        public string Selector { get; }

        public (string Target, KconfigExpression? Condition)[] Targets { get; }

        /// <summary>The selector's "on" fact, or -1 while it has no number.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int OnFact(FlagModel model)
        {
            var known = _onFact;
            if (known >= 0)
            {
                return known;
            }

            // Read before the look-up: a symbol numbered after this read may be missed now, and is found next time.
            var count = Volatile.Read(ref model._symbolCount);
            if (count == _unnumberedAtCount)
            {
                return -1;
            }

            if (model.TryFactOf(Selector, true, out var fact))
            {
                _onFact = fact;
                return fact;
            }

            _unnumberedAtCount = count;
            return -1;
        }
    }

    private List<string> Related(string name)
    {
        if (!_symbolsToScan.TryGetValue(name, out var list))
        {
            _symbolsToScan[name] = list = new List<string>();
        }

        return list;
    }

    private void Add(Literal premise, Literal consequence)
    {
        if (!_implications.TryGetValue(premise, out var list))
        {
            _implications[premise] = list = new List<Literal>();
        }

        list.Add(consequence);
    }
}
