using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// What an interactive front end (menuconfig) and the workflow writers ask about a resolved tree
/// beyond each symbol's value: whether a menu node is shown (its prompt condition, dependencies and
/// every enclosing menu's <c>visible if</c>), whether a symbol can be changed (LKC
/// <c>sym_is_changeable</c>: visibility above the value of its reverse dependency), the active range
/// of an int/hex symbol and each choice's state. Evaluates with the resolver's rules.
/// </summary>
public sealed class ResolvedMenu
{
    private readonly ResolvedConfigurationValues _values;

    /// <summary>Answers questions about <paramref name="configuration"/>, the resolution of <paramref name="model"/>.</summary>
    public ResolvedMenu(KconfigModel model, ResolvedConfiguration configuration)
    {
        Model = model;
        Configuration = configuration;
        _values = new ResolvedConfigurationValues(model, configuration);
    }

    /// <summary>The parsed tree.</summary>
    public KconfigModel Model { get; }

    /// <summary>The resolved values of <see cref="Model"/>.</summary>
    public ResolvedConfiguration Configuration { get; }

    /// <summary>The resolved record of a symbol, or null.</summary>
    public ResolvedSymbol? Find(Symbol symbol) => _values.Find(symbol);

    /// <summary>The resolved state of a choice, or null.</summary>
    public ResolvedChoice? Find(Choice choice)
    {
        for (var i = 0; i < Model.Choices.Count; i++)
        {
            if (Model.Choices[i] == choice)
            {
                return i < Configuration.Choices.Count ? Configuration.Choices[i] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the node shows in a menu: a symbol or choice whose prompt condition holds at this
    /// location, a menu whose dependencies and <c>visible if</c> hold, a comment whose dependencies
    /// hold; never a promptless node. In the qemu dialect every symbol node is shown (all are assignable).
    /// </summary>
    public bool IsShown(MenuNode node)
    {
        if (Model.Dialect == KconfigDialect.Qemu)
        {
            return node.Kind == MenuNodeKind.Symbol;
        }

        if (node.Prompt is not { } prompt || node.Kind == MenuNodeKind.Root)
        {
            return node.Kind == MenuNodeKind.Root;
        }

        var condition = node.Kind is MenuNodeKind.Symbol or MenuNodeKind.Choice ? Expr.And(prompt.WrittenCondition, node.Dependency) : node.Dependency;
        if (ExprEvaluator.Evaluate(condition, _values) == Tristate.No)
        {
            return false;
        }

        // 'visible if' of this menu and of every enclosing menu (walked upwards, no recursion).
        for (var menu = node; menu is not null; menu = menu.Parent)
        {
            if (menu.Kind == MenuNodeKind.Menu && menu.VisibleIf is { } visibleIf && ExprEvaluator.Evaluate(visibleIf, _values) == Tristate.No)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>LKC <c>sym_is_changeable</c>: the symbol's visibility exceeds the value of what selects it. Always true in the qemu dialect.</summary>
    public bool IsChangeable(Symbol symbol)
    {
        if (Model.Dialect == KconfigDialect.Qemu)
        {
            return symbol.IsDefined;
        }

        return Find(symbol) is { } resolved && Parse(resolved.Visibility) > ReverseDependencyValue(symbol);
    }

    /// <summary>The value of the symbol's reverse dependency (what its selectors force it to).</summary>
    public Tristate ReverseDependencyValue(Symbol symbol) => ExprEvaluator.EvaluateRelations(symbol.SelectedByView, _values);

    /// <summary>The first active <c>range</c> of an int/hex symbol as its two bound values, or null when none is active.</summary>
    public KeyValuePair<string, string>? ActiveRange(Symbol symbol)
    {
        foreach (var range in symbol.RangesView)
        {
            if (ExprEvaluator.Evaluate(range.Condition, _values) != Tristate.No)
            {
                return new KeyValuePair<string, string>(ExprEvaluator.StrValue(range.Low, _values), ExprEvaluator.StrValue(range.High, _values));
            }
        }

        return null;
    }

    /// <summary>The tristate value of a bool/tristate symbol as the evaluator sees it.</summary>
    public Tristate TriValue(Symbol symbol) => _values.TriValue(symbol);

    /// <summary>The modules symbol's value (m is n without it).</summary>
    public Tristate Modules => _values.Modules;

    internal ResolvedConfigurationValues Values => _values;

    internal static Tristate Parse(string text) => text switch { "y" => Tristate.Yes, "m" => Tristate.Module, _ => Tristate.No };
}
