using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Linux <c>scripts/kconfig</c> value semantics (KCONFIG.md §2) for bool and tristate symbols:
/// visibility from prompts, user values capped by visibility, first active default, imply
/// (only with met dependencies) and select. Values are computed on demand and memoized.
/// </summary>
internal sealed class KconfigResolver
{
    private readonly KconfigModel _model;
    private readonly ResolveMode _mode;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<Symbol, ValueAssignment> _userValues = [];
    private readonly Dictionary<Symbol, (Tristate Value, ValueOrigin Origin)> _values = [];
    private readonly HashSet<Symbol> _inProgress = [];

    private KconfigResolver(KconfigModel model, ResolveMode mode, DiagnosticBag diagnostics)
    {
        _model = model;
        _mode = mode;
        _diagnostics = diagnostics;
    }

    public static Dictionary<Symbol, SymbolState> Resolve(KconfigModel model, IReadOnlyList<ValueAssignment> values, ResolveMode mode, DiagnosticBag diagnostics)
    {
        var resolver = new KconfigResolver(model, mode, diagnostics);
        resolver.LoadUserValues(values);
        var results = new Dictionary<Symbol, SymbolState>();
        foreach (var symbol in model.Symbols.Values)
        {
            var (value, origin) = resolver.Value(symbol);
            results[symbol] = new SymbolState(value switch { Tristate.Yes => "y", Tristate.Module => "m", _ => "n" }, resolver.Visibility(symbol) > Tristate.No, origin);
        }

        return results;
    }

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

            if (symbol.Prompts.Count == 0)
            {
                var hint = _model.HasPrompts ? string.Empty : " (no symbol in this tree has a prompt: is it a QEMU tree? set KconfigDialect=qemu)";
                _diagnostics.Add(KconfigDiagnostics.ValueIgnoredNoPrompt, value.Location, $"CONFIG_{value.Name}={value.Value} is ignored: {value.Name} has no prompt, so user values do not apply{hint}");
                continue;
            }

            _userValues[symbol] = value;
        }
    }

    private Tristate Visibility(Symbol symbol)
    {
        var visibility = Tristate.No;
        foreach (var prompt in symbol.Prompts)
        {
            visibility = Max(visibility, Evaluate(prompt.Condition));
        }

        if (visibility == Tristate.Module && symbol.Type != KconfigType.Tristate)
        {
            visibility = Tristate.Yes;
        }

        return visibility;
    }

    private (Tristate Value, ValueOrigin Origin) Value(Symbol symbol)
    {
        if (_values.TryGetValue(symbol, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(symbol))
        {
            _diagnostics.Add(KconfigDiagnostics.DependencyLoop, symbol.Nodes.Count > 0 ? symbol.Nodes[0].Location : default, $"dependency loop through {symbol.Name}");
            return (Tristate.No, ValueOrigin.Nothing);
        }

        var result = Compute(symbol);
        _inProgress.Remove(symbol);
        _values[symbol] = result;
        return result;
    }

    private (Tristate Value, ValueOrigin Origin) Compute(Symbol symbol)
    {
        if (!symbol.IsDefined || symbol.Type is not (KconfigType.Bool or KconfigType.Tristate))
        {
            return (Tristate.No, ValueOrigin.Nothing);
        }

        var value = Tristate.No;
        var origin = ValueOrigin.Nothing;
        var visibility = Visibility(symbol);
        if (visibility > Tristate.No && _userValues.TryGetValue(symbol, out var user))
        {
            value = Min(Parse(user.Value), visibility);
            origin = new ValueOrigin(user.Source, $"user value {user.Value} from {user.Location}", user.Location);
        }
        else if (visibility > Tristate.No && _mode != ResolveMode.Defconfig)
        {
            value = _mode == ResolveMode.AllYesConfig ? visibility : Tristate.No;
            origin = new ValueOrigin(ValueSource.Mode, _mode.ToString(), default);
        }
        else
        {
            foreach (var def in symbol.Defaults)
            {
                var condition = Evaluate(def.Condition);
                if (condition > Tristate.No)
                {
                    value = Min(Evaluate(def.Value), condition);
                    origin = new ValueOrigin(ValueSource.Default, $"default {def.Value} at {def.Location}", def.Location);
                    break;
                }
            }

            var weak = Evaluate(symbol.WeakReverseDependency);
            if (weak > Tristate.No && Evaluate(symbol.DirectDependency) > Tristate.No && weak > value)
            {
                value = weak;
                origin = new ValueOrigin(ValueSource.Imply, $"implied by {symbol.WeakReverseDependency}", default);
            }
        }

        var reverse = Evaluate(symbol.ReverseDependency);
        if (reverse > value)
        {
            value = reverse;
            origin = new ValueOrigin(ValueSource.Select, $"selected by {symbol.ReverseDependency}", default);
        }

        if (value == Tristate.Module && symbol.Type == KconfigType.Bool)
        {
            value = Tristate.Yes;
        }

        return (value, origin);
    }

    private Tristate Evaluate(Expr expr) => StackGuard.Check() ?? expr switch
    {
        SymbolExpr { Symbol: var symbol } => symbol.IsConstant ? Parse(symbol.Name) : Value(symbol).Value,
        NotExpr not => (Tristate)(2 - (int)Evaluate(not.Operand)),
        AndExpr and => Min(Evaluate(and.Left), Evaluate(and.Right)),
        OrExpr or => Max(Evaluate(or.Left), Evaluate(or.Right)),
        _ => Tristate.No,
    };

    private Tristate Parse(string value)
    {
        var result = value switch { "y" => Tristate.Yes, "m" => Tristate.Module, _ => Tristate.No };
        if (result == Tristate.Module && (_model.ModulesSymbol is null || Value(_model.ModulesSymbol).Value != Tristate.Yes))
        {
            return Tristate.No;
        }

        return result;
    }

    private static Tristate Min(Tristate a, Tristate b) => a < b ? a : b;

    private static Tristate Max(Tristate a, Tristate b) => a > b ? a : b;
}
