using System;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// What a choice selects from its defaults alone (Kconfiglib <c>_selection_from_defaults</c>): the
/// member of the first active <c>default</c> that is visible, else the first visible member. Shared
/// by the resolver and the minimal-configuration writer.
/// </summary>
internal static class ChoiceDefaults
{
    public static Symbol? Selection(Choice choice, ISymbolValues values, Func<Symbol, Tristate> visibility)
    {
        foreach (var def in choice.DefaultsView)
        {
            if (def.Value is SymbolExpr { Symbol: var member } && ExprEvaluator.Evaluate(def.Condition, values) != Tristate.No && visibility(member) != Tristate.No)
            {
                return member;
            }
        }

        foreach (var member in choice.Members)
        {
            if (visibility(member) != Tristate.No)
            {
                return member;
            }
        }

        return null;
    }
}
