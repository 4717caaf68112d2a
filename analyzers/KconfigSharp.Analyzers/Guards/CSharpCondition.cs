using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>Writes a Kconfig expression as a fully qualified C# condition over the flag members (for code fixes).</summary>
internal static class CSharpCondition
{
    /// <summary>The C# text, or null when a symbol has no member in this compilation.</summary>
    public static string? From(KconfigExpression expression, FlagModel model)
    {
        switch (expression.Kind)
        {
            case KconfigExpressionKind.Symbol:
                if (model.Find(expression.Symbol!) is not { } flag)
                {
                    return null;
                }

                var member = flag.Member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + flag.Member.Name;
                return flag.IsTristate ? "(" + member + " != global::KconfigSharp.Tristate.No)" : member;
            case KconfigExpressionKind.Comparison:
                // The generated members of int/hex/string symbols are not compared here (yet).
                return null;
            case KconfigExpressionKind.Constant:
                return expression.Value ? "true" : "false";
            case KconfigExpressionKind.Not:
                return From(expression.Left!, model) is { } operand ? "!" + Wrap(expression.Left!, operand) : null;
            default:
                var left = From(expression.Left!, model);
                var right = From(expression.Right!, model);
                var op = expression.Kind == KconfigExpressionKind.And ? " && " : " || ";
                return left is null || right is null ? null : Wrap(expression.Left!, left) + op + Wrap(expression.Right!, right);
        }
    }

    private static string Wrap(KconfigExpression e, string text) =>
        e.Kind is KconfigExpressionKind.And or KconfigExpressionKind.Or ? "(" + text + ")" : text;
}
