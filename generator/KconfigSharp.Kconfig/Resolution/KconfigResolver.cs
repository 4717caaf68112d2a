using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Linux <c>scripts/kconfig</c> value semantics as Kconfiglib implements them (KCONFIG.md §2):
/// visibility from prompts, user values capped by visibility, first active default, <c>imply</c>
/// (only with met direct dependencies), <c>select</c>, choices, tristate with <c>modules</c>,
/// string/int/hex with ranges, <c>option env</c>. Values are computed on demand and memoized, so
/// the order symbols are asked for does not matter.
/// </summary>
internal sealed class KconfigResolver : ISymbolValues
{
    private readonly KconfigModel _model;
    private readonly ResolveMode _mode;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly Symbol? _modules;

    private readonly Dictionary<Symbol, ValueAssignment> _userAssignments = [];
    private readonly Dictionary<Symbol, Tristate> _userTristates = [];
    private readonly Dictionary<Symbol, string> _userStrings = [];
    private readonly Dictionary<Choice, Symbol> _userSelections = [];
    private readonly Dictionary<Choice, List<Symbol>> _choiceReadOrder = [];

    // Per symbol: its values, visibility, origin, written and in-progress marks, in one slot.
    private readonly SymbolStates _states;

    // The values of the model's numbered dependencies once computed, and the count of reads that broke a loop.
    private readonly DependencyValues _dependencyValues;

    // Per symbol id, the values of its reverse (2 * id) and weak reverse (2 * id + 1) dependencies once computed
    // (0 = not yet, else the tristate + 1): the value computation reads them, and Assignable read them again for
    // every visible bool/tristate symbol (NuttX: 6,661 of the resolve's 218,171 expression nodes).
    private readonly byte[] _reverseValues;

    private readonly ChoiceSlots _choices;
    private readonly OriginTexts _originTexts = new();

    private KconfigResolver(KconfigModel model, ResolveMode mode, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string> environment)
    {
        _model = model;
        _mode = mode;
        _diagnostics = diagnostics;
        _environment = environment;

        // One slot per symbol by id: every symbol gets a value, a visibility and an origin.
        _states = new SymbolStates(model);
        _dependencyValues = new DependencyValues(model);
        _reverseValues = RentedArray.Cleared<byte>(2 * model.Symbols.Count);
        _choices = new ChoiceSlots(model.Choices.Count);

        // Kconfiglib falls back on a symbol named MODULES when no symbol carries 'option modules'.
        _modules = model.ModulesSymbol ?? model.FindSymbol("MODULES");
    }

    /// <summary>
    /// Starts a resolve: checks the graph and the choices, loads the user values. The caller then
    /// asks <see cref="State"/> of every defined symbol, then of every undefined one, in model order
    /// (values are computed on demand and memoized; that order fixes the order of diagnostics), and
    /// ends with <see cref="Finish"/>. Nothing keeps the states: each is read once, as it is described.
    /// </summary>
    public static KconfigResolver Start(
        KconfigModel model,
        IReadOnlyList<ValueAssignment> values,
        ResolveMode mode,
        DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string> environment)
    {
        var resolver = new KconfigResolver(model, mode, diagnostics, environment);
        DependencyLoopDetector.Check(model, diagnostics);
        ChoiceSanity.Check(model, diagnostics);
        resolver.LoadUserValues(values);
        resolver.ResolveDeepGraphInDependencyOrder();
        return resolver;
    }

    /// <summary>Reports user values that did not stick and returns every choice, in model order (an array of their exact count: a growing list copied itself ten times for NuttX's 1,218).</summary>
    public ResolvedChoice[] Finish()
    {
        ReportIgnoredUserValues();
        var choices = _model.Choices.Count == 0 ? System.Array.Empty<ResolvedChoice>() : new ResolvedChoice[_model.Choices.Count];
        for (var i = 0; i < choices.Length; i++)
        {
            var choice = _model.Choices[i];
            var mode = ChoiceMode(choice);
            choices[i] = new ResolvedChoice(
                i,
                choice.Name,
                ChoiceType(choice),
                ExprEvaluator.ToText(mode),
                Selection(choice)?.Name,
                ExprEvaluator.ToText(ChoiceVisibility(choice)));
        }

        return choices;
    }

    /// <summary>Gives the per-symbol working arrays back to the pool once every state was read and <see cref="Finish"/> ran.</summary>
    public void Release()
    {
        _states.Release();
        _dependencyValues.Release();
        ArrayPool<byte>.Shared.Return(_reverseValues);
        _choices.Release();
    }

    /// <summary>
    /// Longest chain of "value reads value" resolved on demand (recursively). Real trees stay far
    /// below it (NuttX: 14); a deeper graph is resolved in dependency order first.
    /// </summary>
    internal const int OnDemandDepth = 48;

    /// <summary>
    /// On a graph deeper than <see cref="OnDemandDepth"/>, computes every value in dependency order
    /// (<see cref="DependencyOrder"/>), so the on-demand computations below find what they read
    /// memoized instead of recursing once per link of a 100,000-symbol chain. Symbols still on the
    /// walk's path count as in progress, exactly as in the recursion: a loop breaks the same way.
    /// Shallower graphs keep the on-demand order, and with it the order of their diagnostics.
    /// </summary>
    private void ResolveDeepGraphInDependencyOrder()
    {
        var graph = DependencyGraph.Of(_model);
        if (!graph.IsDeeperThan(OnDemandDepth))
        {
            return;
        }

        DependencyOrder.Walk(_model, graph, symbol => _states[symbol].InProgress = true, symbol =>
        {
            _states[symbol].InProgress = false;
            _ = symbol.Type is KconfigType.Bool or KconfigType.Tristate ? TriValue(symbol) : Tristate.No;
            _ = StrValue(symbol);
            _ = Visibility(symbol);
        });
    }

    /// <inheritdoc/>
    public bool FollowsLkc => _model.FollowsLkc;

    /// <inheritdoc/>
    public Tristate Modules => _modules is null ? Tristate.No : TriValue(_modules);

    private ValueOrigin DefaultOrigin(DefaultProperty def) => _originTexts.Default(def);

    /// <summary>
    /// Evaluates one of <paramref name="symbol"/>'s prompt, default or range conditions or its direct
    /// dependency: each has the symbol's menu dependency ANDed in (the finalizer's propagation), which, like
    /// every numbered dependency (the menus' above it too), is computed once per resolve instead of once per
    /// condition and per entry of its menu (<see cref="DependencyValues"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private Tristate EvaluateOwn(Symbol symbol, Expr condition) =>
        _model.Owns(symbol) ? ExprEvaluator.Evaluate(condition, this, _dependencyValues) : ExprEvaluator.Evaluate(condition, this);

    /// <summary>The value of <paramref name="symbol"/>'s reverse dependency (its selects), computed once (<see cref="KeptValue"/>).</summary>
    private Tristate ReverseValue(Symbol symbol) => KeptValue(symbol, 0, symbol.SelectedByView);

    /// <summary>The value of <paramref name="symbol"/>'s weak reverse dependency (its implies), computed once (<see cref="KeptValue"/>).</summary>
    private Tristate WeakReverseValue(Symbol symbol) => KeptValue(symbol, 1, symbol.ImpliedByView);

    /// <summary>
    /// Evaluates one of <paramref name="symbol"/>'s reverse dependencies (<paramref name="which"/>: 0 select, 1 imply)
    /// once: a later read takes the kept value. Like a dependency's value (<see cref="DependencyValues"/>), a value is kept only when no read
    /// on the way broke a dependency loop; every value such an evaluation read is then final, so evaluating it again
    /// would read the same values in the same order (no computation, no diagnostic) and give the same result.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private Tristate KeptValue(Symbol symbol, int which, ListView<RelationProperty> relations)
    {
        if (!_model.Owns(symbol))
        {
            return ExprEvaluator.EvaluateRelations(relations, this);
        }

        ref var kept = ref _reverseValues[(2 * symbol.Id) + which];
        if (kept != 0)
        {
            return (Tristate)(kept - 1);
        }

        var loopBreaks = _dependencyValues.LoopBreaks;
        var value = ExprEvaluator.EvaluateRelations(relations, this, _dependencyValues);
        if (_dependencyValues.LoopBreaks == loopBreaks)
        {
            kept = (byte)(value + 1);
        }

        return value;
    }

    /// <summary>The symbol's value, visibility, origin and <c>why</c> facts.</summary>
    [MethodImpl(HotPath.Optimized)]
    public SymbolState State(Symbol symbol)
    {
        var value = StrValue(symbol);
        var visibility = Visibility(symbol);
        var origin = _states[symbol].Origin;
        string? user = null;
        if (_userAssignments.TryGetValue(symbol, out var assignment))
        {
            user = assignment.Value;
        }

        var details = new KconfigSymbolDetails(
            _states[symbol].IsWritten,
            ExprEvaluator.ToText(visibility),
            ExprEvaluator.ToText(symbol.IsDefined ? EvaluateOwn(symbol, symbol.DirectDependency) : Tristate.No),
            Assignable(symbol),
            user,
            user is null ? null : UserValueNote(symbol, assignment!));
        if (!symbol.IsDefined || symbol.Type == KconfigType.Unknown)
        {
            // Undefined and untyped symbols act as n in logical context; report them as such.
            value = "n";
        }

        return new SymbolState(value, visibility > Tristate.No, origin ?? ValueOrigin.Nothing, details);
    }

    // ---- User values -------------------------------------------------------------------------

    private void LoadUserValues(IReadOnlyList<ValueAssignment> values)
    {
        foreach (var value in values)
        {
            var symbol = _model.FindSymbol(value.Name);
            if (symbol is null || !symbol.IsDefined)
            {
                _diagnostics.Add(KconfigDiagnostics.ValueForUnknownSymbol, value.Location, $"CONFIG_{value.Name} is not defined in any Kconfig file; the value is ignored");
                continue;
            }

            // A transitional symbol has no prompt yet takes its old value (LKC: always visible).
            if (symbol.PromptsView.Count == 0 && !symbol.IsTransitional)
            {
                var hint = _model.HasPrompts ? string.Empty : " (no symbol in this tree has a prompt: is it a QEMU tree? use --dialect qemu, or KconfigDialect=qemu in MSBuild)";
                _diagnostics.Add(KconfigDiagnostics.ValueIgnoredNoPrompt, value.Location, $"CONFIG_{value.Name}={value.Value} is ignored: {NameAndLocation.Of(symbol)} has no prompt, meaning user values have no effect on it{hint}");
                continue;
            }

            if (!TryStoreUserValue(symbol, value))
            {
                continue;
            }

            _userAssignments[symbol] = value;
        }
    }

    private bool TryStoreUserValue(Symbol symbol, ValueAssignment value)
    {
        var text = value.Value;
        switch (symbol.Type)
        {
            case KconfigType.Bool or KconfigType.Tristate:
                var tristate = text switch { "y" => Tristate.Yes, "m" => Tristate.Module, "n" => Tristate.No, _ => (Tristate?)null };
                if (tristate is null || (tristate == Tristate.Module && symbol.Type == KconfigType.Bool) || value.IsQuoted)
                {
                    WrongType(symbol, value);
                    return false;
                }

                if (symbol.Choice is { } choice && tristate == Tristate.Module && choice.Type != KconfigType.Tristate)
                {
                    WrongType(symbol, value);
                    return false;
                }

                _userTristates[symbol] = tristate.Value;
                if (symbol.Choice is { } owner)
                {
                    // Setting a choice member to y makes it the choice's user selection (Kconfiglib set_value).
                    if (tristate == Tristate.Yes)
                    {
                        _userSelections[owner] = symbol;
                    }

                    // LKC 7.x conf_read_simple: each member read, y or n, moves to the head of the
                    // choice's priority list, so the last one read ranks first.
                    if (!_choiceReadOrder.TryGetValue(owner, out var order))
                    {
                        order = [];
                        _choiceReadOrder[owner] = order;
                    }

                    order.Remove(symbol);
                    order.Add(symbol);
                }

                return true;
            case KconfigType.Int or KconfigType.Hex:
                var numberBase = KconfigNumbers.BaseOf(symbol.Type);
                if (!KconfigNumbers.TryParse(text, numberBase, out var number) || (symbol.Type == KconfigType.Hex && number.Sign < 0))
                {
                    WrongType(symbol, value);
                    return false;
                }

                _userStrings[symbol] = text;
                return true;
            case KconfigType.String:
                _userStrings[symbol] = text;
                return true;
            default:
                WrongType(symbol, value);
                return false;
        }
    }

    private void WrongType(Symbol symbol, ValueAssignment value) =>
        _diagnostics.Add(KconfigDiagnostics.ValueWrongType, value.Location, $"the value '{value.Value}' is invalid for {NameAndLocation.Of(symbol)}, which has type {symbol.Type.ToKeyword()} -- assignment ignored");

    private void ReportIgnoredUserValues()
    {
        foreach (var pair in _userAssignments)
        {
            var symbol = pair.Key;
            var assignment = pair.Value;
            if (Visibility(symbol) != Tristate.No)
            {
                continue;
            }

            _diagnostics.Add(KconfigDiagnostics.ValueIgnoredUnmetDependency, assignment.Location, $"CONFIG_{symbol.Name}={assignment.Value} is ignored: {UserValueNote(symbol, assignment)}");
        }
    }

    /// <summary>Why a user value did not (fully) stick, or null when it did.</summary>
    private string? UserValueNote(Symbol symbol, ValueAssignment assignment)
    {
        var visibility = Visibility(symbol);
        if (visibility == Tristate.No)
        {
            var direct = ExprEvaluator.Evaluate(symbol.DirectDependency, this);
            if (direct == Tristate.No)
            {
                return $"{symbol.Name} is not visible because its dependency {KconfiglibText.Expr(symbol.DirectDependency)} is n ({KconfiglibText.OperandValues(symbol.DirectDependency, this)})";
            }

            if (symbol.Choice is { } choice && ChoiceMode(choice) != Tristate.Yes)
            {
                return $"{symbol.Name} is a member of {NameAndLocation.Of(choice)}, whose mode is {ExprEvaluator.ToText(ChoiceMode(choice))}";
            }

            var conditions = new StringBuilder();
            foreach (var prompt in symbol.PromptsView)
            {
                if (conditions.Length > 0)
                {
                    conditions.Append(" || ");
                }

                conditions.Append(KconfiglibText.Expr(prompt.Condition));
            }

            return $"{symbol.Name} is not visible because its prompt condition {conditions} is n";
        }

        var value = StrValue(symbol);
        if (symbol.Type is KconfigType.Bool or KconfigType.Tristate)
        {
            if (value == assignment.Value)
            {
                return null;
            }

            if (symbol.Choice is { } choice)
            {
                return Selection(choice) is { } selected
                    ? $"{selected.Name} is the selection of {NameAndLocation.Of(choice)}"
                    : $"{NameAndLocation.Of(choice)} is in mode {ExprEvaluator.ToText(ChoiceMode(choice))}";
            }

            var reverse = ReverseValue(symbol);
            if (reverse > _userTristates[symbol])
            {
                return $"{symbol.Name} is selected ({KconfiglibText.Expr(symbol.ReverseDependency)} is {ExprEvaluator.ToText(reverse)})";
            }

            return $"the visibility of {symbol.Name} is {ExprEvaluator.ToText(visibility)}";
        }

        return value == assignment.Value ? null
            : _model.FollowsLkc ? $"the value is outside the active range of {symbol.Name} and was clamped to {value}"
            : $"the value is outside the active range of {symbol.Name}; the default {value} is used";
    }

    // ---- ISymbolValues -----------------------------------------------------------------------

    /// <inheritdoc/>
    [MethodImpl(HotPath.Optimized)]
    public Tristate TriValue(Symbol symbol)
    {
        if (symbol.IsConstant)
        {
            return ExprEvaluator.ConstantTristate(symbol);
        }

        // The slot's reference stays valid across the computation (SymbolStates).
        ref var slot = ref _states[symbol];
        if (slot.HasTristate)
        {
            return slot.Tristate;
        }

        if (symbol.Type is not (KconfigType.Bool or KconfigType.Tristate))
        {
            slot.Tristate = Tristate.No;
            return Tristate.No;
        }

        if (slot.InProgress)
        {
            // A dependency loop (already reported by DependencyLoopDetector): break it with n.
            _dependencyValues.CountLoopBreak();
            return Tristate.No;
        }

        // Every chain of symbols recurses through here, StrValue or ChoiceVisibility: the one stack check of a step of it.
        StackGuard.Check();
        slot.InProgress = true;
        var value = ComputeTristate(symbol);
        slot.InProgress = false;
        slot.Tristate = value;
        return value;
    }

    /// <inheritdoc/>
    [MethodImpl(HotPath.Optimized)]
    public string StrValue(Symbol symbol)
    {
        if (symbol.IsConstant)
        {
            return symbol.Name;
        }

        ref var slot = ref _states[symbol];
        if (slot.Str is { } known)
        {
            return known;
        }

        string value;
        switch (symbol.Type)
        {
            case KconfigType.Bool or KconfigType.Tristate:
                value = ExprEvaluator.ToText(TriValue(symbol));
                break;
            case KconfigType.Unknown:
                // Undefined (and untyped) symbols evaluate to their own name, so "FOO = bar" works.
                value = symbol.Name;
                break;
            default:
                if (slot.InProgress)
                {
                    _dependencyValues.CountLoopBreak();
                    return string.Empty;
                }

                StackGuard.Check();
                slot.InProgress = true;
                value = ComputeString(symbol);
                slot.InProgress = false;
                break;
        }

        slot.Str = value;
        return value;
    }

    /// <inheritdoc/>
    public Tristate ChoiceMode(Choice choice)
    {
        ref var slot = ref _choices[choice];
        if (slot.HasMode)
        {
            return slot.Mode;
        }

        // Non-optional choices have an implicit lower bound of m ('m && visibility' in LKC).
        // allyesconfig sets every choice, optional ones included, to y (Kconfiglib allyesconfig.py).
        var value = _mode == ResolveMode.AllYesConfig ? Tristate.Yes : choice.IsOptional ? Tristate.No : Tristate.Module;
        value = ExprEvaluator.Min(value, ChoiceVisibility(choice));
        if (value == Tristate.Module && ChoiceType(choice) == KconfigType.Bool)
        {
            value = Tristate.Yes;
        }

        slot.Mode = value;
        slot.HasMode = true;
        return value;
    }

    // ---- Symbols -----------------------------------------------------------------------------

    /// <summary>The effective type: tristate acts as bool without modules and in a y-mode choice.</summary>
    private KconfigType EffectiveType(Symbol symbol)
    {
        if (symbol.Type == KconfigType.Tristate && ((symbol.Choice is { } choice && ChoiceMode(choice) == Tristate.Yes) || Modules == Tristate.No))
        {
            return KconfigType.Bool;
        }

        return symbol.Type;
    }

    [MethodImpl(HotPath.Optimized)]
    private Tristate Visibility(Symbol symbol)
    {
        if (symbol.IsConstant)
        {
            return Tristate.No;
        }

        ref var slot = ref _states[symbol];
        if (slot.HasVisibility)
        {
            return slot.Visibility;
        }

        if (symbol.IsTransitional)
        {
            // LKC sym_calc_visibility: a transitional symbol is visible, so a value read from an
            // old .config sticks and feeds the defaults of the symbols that replace it.
            slot.Visibility = Tristate.Yes;
            return Tristate.Yes;
        }

        var visibility = Tristate.No;
        foreach (var prompt in symbol.PromptsView)
        {
            visibility = ExprEvaluator.Max(visibility, EvaluateOwn(symbol, prompt.Condition));
        }

        if (symbol.Choice is { } choice)
        {
            var mode = ChoiceMode(choice);
            if (choice.Type == KconfigType.Tristate && symbol.Type != KconfigType.Tristate && mode != Tristate.Yes)
            {
                // Non-tristate members of a tristate choice are visible only in y mode.
                visibility = Tristate.No;
            }
            else if (symbol.Type == KconfigType.Tristate && visibility == Tristate.Module && mode == Tristate.Yes)
            {
                // Members with m visibility are not visible in a y-mode choice.
                visibility = Tristate.No;
            }
        }

        if (visibility == Tristate.Module && EffectiveType(symbol) != KconfigType.Tristate)
        {
            visibility = Tristate.Yes;
        }

        slot.Visibility = visibility;
        return visibility;
    }

    [MethodImpl(HotPath.Optimized)]
    private Tristate ComputeTristate(Symbol symbol)
    {
        var visibility = Visibility(symbol);
        var written = visibility != Tristate.No;
        var value = Tristate.No;
        ValueOrigin? origin = null;
        if (symbol.Choice is { } choice)
        {
            if (visibility == Tristate.Yes)
            {
                value = Selection(choice) == symbol ? Tristate.Yes : Tristate.No;
                origin = value == Tristate.Yes ? ChoiceOrigin(choice, symbol) : null;
            }
            else if (visibility != Tristate.No && _userTristates.TryGetValue(symbol, out var user) && user != Tristate.No)
            {
                // A visible member of an m-mode choice with a non-n user value.
                value = Tristate.Module;
                origin = UserOrigin(symbol);
            }
            else if (visibility != Tristate.No && _mode == ResolveMode.AllYesConfig)
            {
                // allyesconfig sets members to m, as high as an m-mode choice lets them go.
                value = Tristate.Module;
                origin = new ValueOrigin(ValueSource.Mode, "allyesconfig", default);
            }
        }
        else
        {
            if (visibility != Tristate.No && TryUserTristate(symbol, out var user, out var userOrigin))
            {
                value = ExprEvaluator.Min(user, visibility);
                origin = userOrigin;
            }
            else
            {
                foreach (var def in symbol.DefaultsView)
                {
                    var condition = EvaluateOwn(symbol, def.Condition);
                    if (condition != Tristate.No)
                    {
                        value = ExprEvaluator.Min(ExprEvaluator.EvaluateValue(def.Value, this), condition);
                        written |= value != Tristate.No;
                        origin = DefaultOrigin(def);
                        break;
                    }
                }

                var weak = WeakReverseValue(symbol);
                if (_model.FollowsLkc && weak != Tristate.No)
                {
                    // LKC 7.x: an active imply always marks the symbol for writing, and the value is
                    // (default || imply) && direct dependencies, so with unmet dependencies it is
                    // written as "is not set" (Kconfiglib ignores such an imply and writes nothing).
                    if (weak == Tristate.Module && EffectiveType(symbol) == KconfigType.Bool)
                    {
                        weak = Tristate.Yes;
                    }

                    var direct = EvaluateOwn(symbol, symbol.DirectDependency);
                    if (direct == Tristate.Module && EffectiveType(symbol) == KconfigType.Bool)
                    {
                        direct = Tristate.Yes;
                    }

                    if (ExprEvaluator.Min(weak, direct) > value)
                    {
                        origin = _originTexts.Relation(ValueSource.Imply, symbol);
                    }

                    value = ExprEvaluator.Min(ExprEvaluator.Max(weak, value), direct);
                    written = true;
                }
                else if (weak != Tristate.No && EvaluateOwn(symbol, symbol.DirectDependency) != Tristate.No)
                {
                    // Kconfiglib: imply counts only while the symbol's own direct dependencies are met.
                    if (weak > value)
                    {
                        origin = _originTexts.Relation(ValueSource.Imply, symbol);
                    }

                    value = ExprEvaluator.Max(weak, value);
                    written = true;
                }
            }

            // select wins over everything, even over unmet direct dependencies (with a warning).
            var reverse = ReverseValue(symbol);
            if (reverse != Tristate.No)
            {
                if (EvaluateOwn(symbol, symbol.DirectDependency) < reverse)
                {
                    WarnSelectUnmetDependencies(symbol, reverse);
                }

                if (reverse > value)
                {
                    origin = _originTexts.Relation(ValueSource.Select, symbol);
                }

                value = ExprEvaluator.Max(reverse, value);
                written = true;
            }

            // Kconfiglib (and LKC before 7.x) also raise m to y under a y imply.
            if (value == Tristate.Module && (EffectiveType(symbol) == KconfigType.Bool || (!_model.FollowsLkc && WeakReverseValue(symbol) == Tristate.Yes)))
            {
                value = Tristate.Yes;
            }
        }

        // Transitional symbols (LKC SYMBOL_TRANS) feed other symbols' defaults but are never written.
        if (written && !symbol.IsTransitional)
        {
            _states[symbol].IsWritten = true;
        }

        if (origin is not null)
        {
            _states[symbol].Origin = origin;
        }

        return value;
    }

    private bool TryUserTristate(Symbol symbol, out Tristate value, out ValueOrigin origin)
    {
        if (_userTristates.TryGetValue(symbol, out value))
        {
            origin = UserOrigin(symbol);
            return true;
        }

        // A transitional symbol has no prompt, so the all*config modes leave it alone
        // (LKC conf_set_all_new_symbols skips entries without a prompt).
        if (_mode != ResolveMode.Defconfig && !symbol.IsTransitional)
        {
            // conf --allnoconfig / --allyesconfig: every promptable symbol without a value gets n / y
            // (option allnoconfig_y symbols y); visibility then caps it like a user value.
            value = _mode == ResolveMode.AllYesConfig || symbol.IsAllNoConfigY ? Tristate.Yes : Tristate.No;
            origin = new ValueOrigin(ValueSource.Mode, _mode == ResolveMode.AllYesConfig ? "allyesconfig" : "allnoconfig", default);
            return true;
        }

        origin = ValueOrigin.Nothing;
        return false;
    }

    private ValueOrigin UserOrigin(Symbol symbol)
    {
        var user = _userAssignments[symbol];
        return new ValueOrigin(user.Source, $"user value {user.Value} from {user.Location}", user.Location);
    }

    [MethodImpl(HotPath.Optimized)]
    private string ComputeString(Symbol symbol)
    {
        var visibility = Visibility(symbol);
        var written = visibility != Tristate.No;
        var value = string.Empty;
        ValueOrigin? origin = null;
        if (symbol.Type is KconfigType.Int or KconfigType.Hex)
        {
            var numberBase = KconfigNumbers.BaseOf(symbol.Type);
            var hex = symbol.Type == KconfigType.Hex;
            var hasRange = false;
            BigInteger low = 0, high = 0;
            RangeProperty? activeRange = null;
            foreach (var range in symbol.RangesView)
            {
                if (EvaluateOwn(symbol, range.Condition) != Tristate.No)
                {
                    hasRange = true;
                    activeRange = range;

                    // An operand that is not a number counts as 0 (LKC runs strtoll on it).
                    low = KconfigNumbers.TryParse(ExprEvaluator.StrValue(range.Low, this), numberBase, out var l) ? l : 0;
                    high = KconfigNumbers.TryParse(ExprEvaluator.StrValue(range.High, this), numberBase, out var h) ? h : 0;
                    break;
                }
            }

            var useDefaults = true;
            if (visibility != Tristate.No && _userStrings.TryGetValue(symbol, out var user) && user.Length > 0)
            {
                KconfigNumbers.TryParse(user, numberBase, out var userNumber);
                var outside = hasRange && (userNumber < low || userNumber > high);
                var range = $"[{KconfigNumbers.Format(low, hex)}, {KconfigNumbers.Format(high, hex)}]";
                if (!outside)
                {
                    value = user;
                    useDefaults = false;
                    origin = UserOrigin(symbol);
                }
                else if (_model.FollowsLkc)
                {
                    value = BoundText(userNumber < low ? activeRange!.Low : activeRange!.High, userNumber < low ? low : high, numberBase, hex);
                    useDefaults = false;
                    origin = UserOrigin(symbol);
                    _diagnostics.Add(
                        KconfigDiagnostics.ValueOutOfRange,
                        _userAssignments[symbol].Location,
                        $"user value {KconfigNumbers.Format(userNumber, hex)} on the {symbol.Type.ToKeyword()} symbol {NameAndLocation.Of(symbol)} is outside the active range ({range}) -- clamped to {value}");
                }
                else
                {
                    // Kconfiglib (trees with legacy syntax): the user value is dropped.
                    _diagnostics.Add(
                        KconfigDiagnostics.ValueOutOfRange,
                        _userAssignments[symbol].Location,
                        $"user value {KconfigNumbers.Format(userNumber, hex)} on the {symbol.Type.ToKeyword()} symbol {NameAndLocation.Of(symbol)} ignored due to being outside the active range ({range}) -- falling back on defaults");
                }
            }

            if (useDefaults)
            {
                var hasDefault = false;
                BigInteger number = 0;
                if (EnvironmentValue(symbol) is { } environment)
                {
                    value = environment;
                    hasDefault = true;
                    number = KconfigNumbers.TryParse(value, numberBase, out var n) ? n : 0;
                }
                else
                {
                    foreach (var def in symbol.DefaultsView)
                    {
                        if (EvaluateOwn(symbol, def.Condition) != Tristate.No)
                        {
                            hasDefault = true;
                            written = true;
                            value = DefaultString(def.Value);
                            number = KconfigNumbers.TryParse(value, numberBase, out var n) ? n : 0;
                            origin = DefaultOrigin(def);
                            break;
                        }
                    }
                }

                // Clamping runs even without a default: no default and a range with lo > 0 gives lo.
                if (hasRange)
                {
                    BigInteger? clamp = number < low ? low : number > high ? high : null;
                    if (clamp is { } clamped)
                    {
                        value = _model.FollowsLkc
                            ? BoundText(number < low ? activeRange!.Low : activeRange!.High, clamped, numberBase, hex)
                            : KconfigNumbers.Format(clamped, hex);
                        origin ??= new ValueOrigin(ValueSource.Default, "the low end of the active range", default);
                        if (hasDefault)
                        {
                            _diagnostics.Add(
                                KconfigDiagnostics.ValueOutOfRange,
                                symbol.NodeList[0].Location,
                                $"default value {number} on {NameAndLocation.Of(symbol)} clamped to {value} due to being outside the active range ([{KconfigNumbers.Format(low, hex)}, {KconfigNumbers.Format(high, hex)}])");
                        }
                    }
                }
            }
        }
        else if (visibility != Tristate.No && _userStrings.TryGetValue(symbol, out var user))
        {
            value = user;
            origin = UserOrigin(symbol);
        }
        else if (EnvironmentValue(symbol) is { } environment)
        {
            value = environment;
            origin = new ValueOrigin(ValueSource.Environment, $"environment variable {symbol.EnvironmentVariable}", symbol.NodeList[0].Location);
        }
        else
        {
            foreach (var def in symbol.DefaultsView)
            {
                if (EvaluateOwn(symbol, def.Condition) != Tristate.No)
                {
                    value = DefaultString(def.Value);
                    written = true;
                    origin = DefaultOrigin(def);
                    break;
                }
            }
        }

        // 'option env' symbols (LKC SYMBOL_AUTO), the defconfig_list symbol and transitional symbols
        // are never written.
        if (written && symbol.EnvironmentVariable is null && !symbol.IsDefconfigList && !symbol.IsTransitional)
        {
            _states[symbol].IsWritten = true;
        }

        if (origin is not null)
        {
            _states[symbol].Origin = origin;
        }

        return value;
    }

    /// <summary>
    /// LKC 7.x <c>sym_validate_range</c>: a value outside the range becomes the text of the bound it
    /// crossed (a hex bound written <c>20</c> stays <c>20</c>); Kconfiglib formats the number instead.
    /// </summary>
    private string BoundText(Symbol bound, BigInteger number, int numberBase, bool hex)
    {
        var text = ExprEvaluator.StrValue(bound, this);
        return KconfigNumbers.TryParse(text, numberBase, out _) ? text : KconfigNumbers.Format(number, hex);
    }

    /// <summary>The value of an <c>option env</c> symbol's variable, or null when unset or not an env symbol.</summary>
    private string? EnvironmentValue(Symbol symbol) =>
        symbol.EnvironmentVariable is { } name && _environment.TryGetValue(name, out var value) ? value : null;

    private string DefaultString(Expr value) => DefaultText.Of(value, this);

    private void WarnSelectUnmetDependencies(Symbol symbol, Tristate reverse)
    {
        var direct = ExprEvaluator.Evaluate(symbol.DirectDependency, this);
        var message = new StringBuilder();
        message.Append(NameAndLocation.Of(symbol)).Append(" has direct dependencies ").Append(KconfiglibText.Expr(symbol.DirectDependency))
            .Append(" with value ").Append(ExprEvaluator.ToText(direct)).Append(", but is currently being ").Append(ExprEvaluator.ToText(reverse))
            .Append("-selected by the following symbols:");
        var selects = new List<Expr>();
        KconfiglibText.Split(symbol.ReverseDependency, isAnd: false, selects);
        foreach (var select in selects)
        {
            if (ExprEvaluator.Evaluate(select, this) <= direct)
            {
                continue;
            }

            var parts = new List<Expr>();
            KconfiglibText.Split(select, isAnd: true, parts);
            if (parts[0] is not SymbolExpr { Symbol: var selector })
            {
                continue;
            }

            message.Append("\n - ").Append(NameAndLocation.Of(selector)).Append(", with value ").Append(StrValue(selector))
                .Append(", direct dependencies ").Append(KconfiglibText.Expr(selector.DirectDependency))
                .Append(" (value: ").Append(ExprEvaluator.ToText(ExprEvaluator.Evaluate(selector.DirectDependency, this))).Append(')');
            if (select is AndExpr conjunction)
            {
                message.Append(", and select condition ").Append(KconfiglibText.Expr(conjunction.Right))
                    .Append(" (value: ").Append(ExprEvaluator.ToText(ExprEvaluator.Evaluate(conjunction.Right, this))).Append(')');
            }
        }

        _diagnostics.Add(KconfigDiagnostics.SelectUnmetDependency, symbol.NodeList[0].Location, message.ToString());
    }

    private string Assignable(Symbol symbol)
    {
        if (symbol.Type is not (KconfigType.Bool or KconfigType.Tristate))
        {
            return string.Empty;
        }

        var visibility = Visibility(symbol);
        if (visibility == Tristate.No)
        {
            return string.Empty;
        }

        var reverse = ReverseValue(symbol);
        var boolLike = EffectiveType(symbol) == KconfigType.Bool || WeakReverseValue(symbol) == Tristate.Yes;
        if (visibility == Tristate.Yes)
        {
            if (symbol.Choice is not null)
            {
                return "y";
            }

            return reverse switch
            {
                Tristate.No => boolLike ? "ny" : "nmy",
                Tristate.Yes => "y",
                _ => boolLike ? "y" : "my",
            };
        }

        return reverse switch
        {
            Tristate.No => WeakReverseValue(symbol) != Tristate.Yes ? "nm" : "ny",
            Tristate.Yes => "y",
            _ => "m",
        };
    }

    // ---- Choices -----------------------------------------------------------------------------

    private KconfigType ChoiceType(Choice choice) =>
        choice.Type == KconfigType.Tristate && Modules == Tristate.No ? KconfigType.Bool : choice.Type;

    private Tristate ChoiceVisibility(Choice choice)
    {
        ref var slot = ref _choices[choice];
        if (slot.HasVisibility)
        {
            return slot.Visibility;
        }

        if (slot.InProgress)
        {
            _dependencyValues.CountLoopBreak();
            return Tristate.No;
        }

        StackGuard.Check();
        slot.InProgress = true;

        // The prompt's condition ANDs in the choice's menu dependency, which its menu's other entries share.
        var visibility = Tristate.No;
        foreach (var prompt in choice.PromptsView)
        {
            visibility = ExprEvaluator.Max(visibility, ExprEvaluator.Evaluate(prompt.Condition, this, _dependencyValues));
        }

        if (visibility == Tristate.Module && ChoiceType(choice) != KconfigType.Tristate)
        {
            visibility = Tristate.Yes;
        }

        slot.InProgress = false;
        slot.Visibility = visibility;
        slot.HasVisibility = true;
        return visibility;
    }

    private Symbol? Selection(Choice choice)
    {
        ref var slot = ref _choices[choice];
        if (slot.HasSelection)
        {
            return slot.Selection;
        }

        Symbol? selection = null;
        if (_model.FollowsLkc)
        {
            // LKC 7.x sym_calc_choice picks among the visible members whatever the choice's own
            // visibility (a choice has no mode there).
            selection = LkcSelection(choice);
        }
        else if (ChoiceMode(choice) == Tristate.Yes)
        {
            if (_userSelections.TryGetValue(choice, out var user) && Visibility(user) != Tristate.No)
            {
                selection = user;
            }
            else
            {
                selection = SelectionFromDefaults(choice);
            }
        }

        slot.Selection = selection;
        slot.HasSelection = true;
        return selection;
    }

    /// <summary>
    /// LKC 7.x <c>sym_calc_choice</c> (the 6.11 choice rework): the highest-priority visible member
    /// read as y; else the default member unless it was read as n; else the first visible member
    /// without a value; else the visible member read first (the lowest priority).
    /// </summary>
    private Symbol? LkcSelection(Choice choice)
    {
        _choiceReadOrder.TryGetValue(choice, out var readOrder);
        readOrder ??= [];
        for (var i = readOrder.Count - 1; i >= 0; i--)
        {
            var member = readOrder[i];
            if (Visibility(member) != Tristate.No && _userTristates[member] == Tristate.Yes)
            {
                return member;
            }
        }

        var fallback = SelectionFromDefaults(choice);
        if (fallback is not null && !(_userTristates.TryGetValue(fallback, out var value) && value == Tristate.No))
        {
            return fallback;
        }

        foreach (var member in choice.Members)
        {
            if (Visibility(member) != Tristate.No && !_userTristates.ContainsKey(member))
            {
                return member;
            }
        }

        // Every visible member was read as n; members never read are invisible here.
        foreach (var member in readOrder)
        {
            if (Visibility(member) != Tristate.No)
            {
                return member;
            }
        }

        return null;
    }

    private Symbol? SelectionFromDefaults(Choice choice) => ChoiceDefaults.Selection(choice, this, Visibility);

    private ValueOrigin ChoiceOrigin(Choice choice, Symbol member) =>
        _userSelections.TryGetValue(choice, out var user) && user == member
            ? UserOrigin(member)
            : new ValueOrigin(ValueSource.Choice, $"selection of {NameAndLocation.Of(choice)}", member.NodeList[0].Location);
}
