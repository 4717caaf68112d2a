using System.Text;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers;

/// <summary>
/// Writes the minimal configuration (LKC <c>savedefconfig</c>, Kconfiglib <c>write_min_config</c>, no
/// header): every symbol that gets a <c>.config</c> line, in definition order, except those that
/// cannot be changed (not a choice member and visibility at most the value of what selects it), those
/// whose value equals the value they would get from their defaults, selects and implies alone, and a
/// bool choice member of a non-optional choice that is y because it is the default selection.
/// Loading the result gives the same configuration as loading the full <c>.config</c>.
/// </summary>
public static class MinConfigWriter
{
    /// <summary>The minimal configuration for <paramref name="configuration"/>, resolved from <paramref name="model"/>.</summary>
    public static string Write(KconfigModel model, ResolvedConfiguration configuration)
    {
        var menu = new ResolvedMenu(model, configuration);
        var output = new StringBuilder();
        foreach (var symbol in model.DefinedSymbols)
        {
            if (menu.Find(symbol) is not { IsWritten: true } resolved)
            {
                continue;
            }

            if (symbol.Choice is null && ResolvedMenu.Parse(resolved.Visibility) <= menu.ReverseDependencyValue(symbol))
            {
                continue;
            }

            if (resolved.Value == DefaultValue(symbol, menu))
            {
                continue;
            }

            if (symbol.Choice is { IsOptional: false } choice
                && symbol.Type == KconfigType.Bool
                && resolved.Value == "y"
                && ChoiceDefaults.Selection(choice, menu.Values, member => ResolvedMenu.Parse(menu.Find(member)?.Visibility ?? "n")) == symbol)
            {
                continue;
            }

            ConfigWriter.AppendSymbol(output, symbol, resolved);
        }

        return output.ToString();
    }

    /// <summary>
    /// The value the symbol would have without a user value (Kconfiglib <c>_str_default</c>): the first
    /// active default, raised by selects and implies, m read as y for a bool; choice members get n; no
    /// range clamping.
    /// </summary>
    private static string DefaultValue(Symbol symbol, ResolvedMenu menu)
    {
        var values = menu.Values;
        if (symbol.Type is KconfigType.Bool or KconfigType.Tristate)
        {
            var value = Tristate.No;
            if (symbol.Choice is null)
            {
                foreach (var def in symbol.DefaultsView)
                {
                    var condition = ExprEvaluator.Evaluate(def.Condition, values);
                    if (condition != Tristate.No)
                    {
                        value = ExprEvaluator.Min(ExprEvaluator.EvaluateValue(def.Value, values), condition);
                        break;
                    }
                }

                value = ExprEvaluator.Max(value, ExprEvaluator.Max(menu.ReverseDependencyValue(symbol), ExprEvaluator.Evaluate(symbol.WeakReverseDependency, values)));
                var actsAsBool = symbol.Type == KconfigType.Bool || menu.Modules == Tristate.No;
                if (value == Tristate.Module && actsAsBool)
                {
                    value = Tristate.Yes;
                }
            }

            return ExprEvaluator.ToText(value);
        }

        if (symbol.Type is KconfigType.String or KconfigType.Int or KconfigType.Hex)
        {
            foreach (var def in symbol.DefaultsView)
            {
                if (ExprEvaluator.Evaluate(def.Condition, values) != Tristate.No)
                {
                    return DefaultText.Of(def.Value, values);
                }
            }
        }

        return string.Empty;
    }
}
