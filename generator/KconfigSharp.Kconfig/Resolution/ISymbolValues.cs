using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// What <see cref="ExprEvaluator"/> needs to evaluate an expression: the values of non-constant
/// symbols and choices. The resolver answers while computing; the writers answer from a finished
/// <see cref="ResolvedConfiguration"/>, so both evaluate expressions with the same rules.
/// </summary>
internal interface ISymbolValues
{
    /// <summary>The tristate value of a defined or undefined (non-constant) symbol.</summary>
    Tristate TriValue(Symbol symbol);

    /// <summary>The string value (Kconfiglib <c>str_value</c>) of a non-constant symbol.</summary>
    string StrValue(Symbol symbol);

    /// <summary>The mode of a choice (n, m or y).</summary>
    Tristate ChoiceMode(Choice choice);

    /// <summary>True when LKC 7.x rules decide where LKC and Kconfiglib part (<see cref="KconfigModel.FollowsLkc"/>).</summary>
    bool FollowsLkc { get; }

    /// <summary>The value of the modules symbol; a bare <c>m</c> in a condition is <c>m &amp;&amp; MODULES</c>.</summary>
    Tristate Modules { get; }
}
