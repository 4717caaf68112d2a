using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The text a <c>default</c> of a string/int/hex symbol gives (Kconfiglib <c>default.str_value</c>):
/// the operand's string value; a non-symbol default is malformed, and its tristate is used as text.
/// Shared by the resolver and the minimal-configuration writer.
/// </summary>
internal static class DefaultText
{
    public static string Of(Expr value, ISymbolValues values) => value switch
    {
        SymbolExpr { Symbol: var symbol } => ExprEvaluator.StrValue(symbol, values),
        _ => ExprEvaluator.ToText(ExprEvaluator.EvaluateValue(value, values)),
    };
}
