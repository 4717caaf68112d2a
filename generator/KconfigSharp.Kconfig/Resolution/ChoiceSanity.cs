using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Choice checks that matter for values (Kconfiglib <c>_check_choice_sanity</c>, same wording):
/// a <c>select</c>/<c>imply</c> of a choice member has no effect (KCONF143); a choice without a
/// type or prompt, a default that is not a member, a default on a member, and a member without a
/// prompt (or with one outside the choice) are KCONF114.
/// </summary>
internal static class ChoiceSanity
{
    /// <summary>
    /// Reports the model's choice problems. They depend on the model alone, so they are found once per model and kept with
    /// its <see cref="DependencyGraph"/>: the walk reads every choice member's nodes and their parents (NuttX: 3–4 % of a resolve).
    /// </summary>
    public static void Check(KconfigModel model, DiagnosticBag diagnostics) => diagnostics.AddRange(DependencyGraph.Of(model).ChoiceProblems);

    /// <summary>The choice problems of <paramref name="model"/>, in the order <see cref="Check"/> reports them.</summary>
    internal static IReadOnlyList<KconfigDiagnostic> Find(KconfigModel model)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var choice in model.Choices)
        {
            if (choice.Type is not (KconfigType.Bool or KconfigType.Tristate))
            {
                Problem(choice, $"{NameAndLocation.Of(choice)} defined with type unknown", diagnostics);
            }

            if (choice.PromptsView.Count == 0)
            {
                Problem(choice, $"{NameAndLocation.Of(choice)} defined without a prompt", diagnostics);
            }

            foreach (var def in choice.DefaultsView)
            {
                if (def.Value is SymbolExpr { Symbol: var member } && member.Choice != choice)
                {
                    diagnostics.Add(KconfigDiagnostics.ChoiceProblem, def.Location, $"the default selection {NameAndLocation.Of(member)} of {NameAndLocation.Of(choice)} is not contained in the choice");
                }
            }

            foreach (var member in choice.Members)
            {
                if (member.DefaultsView.Count > 0)
                {
                    diagnostics.Add(KconfigDiagnostics.ChoiceProblem, member.DefaultsView[0].Location, $"default on the choice symbol {NameAndLocation.Of(member)} will have no effect");
                }

                Warn(member, member.ReverseDependency, "selected", diagnostics);
                Warn(member, member.WeakReverseDependency, "implied", diagnostics);
                foreach (var node in member.NodeList)
                {
                    if (node.Parent?.Choice == choice)
                    {
                        if (node.Prompt is null)
                        {
                            diagnostics.Add(KconfigDiagnostics.ChoiceProblem, node.Location, $"the choice symbol {NameAndLocation.Of(member)} has no prompt");
                        }
                    }
                    else if (node.Prompt is not null)
                    {
                        diagnostics.Add(KconfigDiagnostics.ChoiceProblem, node.Location, $"the choice symbol {NameAndLocation.Of(member)} is defined with a prompt outside the choice");
                    }
                }
            }
        }

        return diagnostics.Items;
    }

    private static void Problem(Choice choice, string message, DiagnosticBag diagnostics) =>
        diagnostics.Add(KconfigDiagnostics.ChoiceProblem, choice.NodeList.Count > 0 ? choice.NodeList[0].Location : default, message);

    private static void Warn(Symbol member, Expr relations, string verb, DiagnosticBag diagnostics)
    {
        if (relations.IsConstant("n"))
        {
            return;
        }

        var message = new StringBuilder($"the choice symbol {NameAndLocation.Of(member)} is {verb} by the following symbols, but select/imply has no effect on choice symbols");
        var operands = new List<Expr>();
        KconfiglibText.Split(relations, isAnd: false, operands);
        foreach (var operand in operands)
        {
            var parts = new List<Expr>();
            KconfiglibText.Split(operand, isAnd: true, parts);
            if (parts[0] is SymbolExpr { Symbol: var source })
            {
                message.Append("\n - ").Append(NameAndLocation.Of(source));
            }
        }

        diagnostics.Add(KconfigDiagnostics.ChoiceSelectIgnored, member.NodeList[0].Location, message.ToString());
    }
}
