using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Choice checks that matter for values (Kconfiglib <c>_check_choice_sanity</c>): a
/// <c>select</c>/<c>imply</c> of a choice member has no effect (KCONF143), and a choice default that
/// is not one of its members is ignored (KCONF114).
/// </summary>
internal static class ChoiceSanity
{
    public static void Check(KconfigModel model, DiagnosticBag diagnostics)
    {
        foreach (var choice in model.Choices)
        {
            foreach (var def in choice.Defaults)
            {
                if (def.Value is SymbolExpr { Symbol: var member } && member.Choice != choice)
                {
                    diagnostics.Add(KconfigDiagnostics.ChoiceProblem, def.Location, $"the default selection {NameAndLocation.Of(member)} of {NameAndLocation.Of(choice)} is not contained in the choice");
                }
            }

            foreach (var member in choice.Members)
            {
                Warn(member, member.SelectedBy, "selected", diagnostics);
                Warn(member, member.ImpliedBy, "implied", diagnostics);
            }
        }
    }

    private static void Warn(Symbol member, List<RelationProperty> relations, string verb, DiagnosticBag diagnostics)
    {
        if (relations.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"the choice symbol {NameAndLocation.Of(member)} is {verb} by the following symbols, which has no effect: ");
        foreach (var relation in relations)
        {
            message.Append("\n - ").Append(NameAndLocation.Of(relation.Source));
        }

        diagnostics.Add(KconfigDiagnostics.ChoiceSelectIgnored, relations[0].Location, message.ToString());
    }
}
