using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// Reads the Kconfig expression of an attribute (<c>[KconfigDependsOn]</c>, <c>[RequiresKconfig]</c>, ...)
/// with the core's grammar (<see cref="KconfigParser.ParseExpression"/>: every operator of
/// <c>depends on</c>, constants, parentheses, LKC precedence) and maps the parse onto the on/off facts
/// the guard analysis tracks. Text only: no Kconfig file is read.
/// </summary>
internal static class KconfigExpressionReader
{
    /// <summary>
    /// Deepest expression tree accepted. The analysis walks expressions recursively, so a deeper one
    /// (a chain of thousands of <c>&amp;&amp;</c>) is refused here, with a message, instead.
    /// </summary>
    public const int MaxDepth = 200;

    /// <summary>The expression, or null with the reason in <paramref name="error"/>.</summary>
    public static KconfigExpression? TryRead(string? text, out string? error)
    {
        var parsed = KconfigParser.ParseExpression(text, out error);
        if (parsed is null)
        {
            return null;
        }

        var result = Convert(parsed, out var depth);
        if (depth > MaxDepth)
        {
            error = $"the expression is nested {depth} deep, more than the {MaxDepth} the guard analysis reads";
            return null;
        }

        return result;
    }

    /// <summary>Post-order conversion with an explicit stack: the parse of a long chain is as deep as it is long.</summary>
    private static KconfigExpression Convert(Expr root, out int maxDepth)
    {
        maxDepth = 0;
        var pending = new Stack<(Expr Node, int Depth, bool Expanded)>();
        var done = new Stack<(KconfigExpression Expression, int Depth)>();
        pending.Push((root, 1, false));
        while (pending.Count > 0)
        {
            var (node, depth, expanded) = pending.Pop();
            switch (node)
            {
                case NotExpr not when !expanded:
                    pending.Push((node, depth, true));
                    pending.Push((not.Operand, depth + 1, false));
                    continue;
                case AndExpr conjunction when !expanded:
                    pending.Push((node, depth, true));
                    pending.Push((conjunction.Right, depth + 1, false));
                    pending.Push((conjunction.Left, depth + 1, false));
                    continue;
                case OrExpr disjunction when !expanded:
                    pending.Push((node, depth, true));
                    pending.Push((disjunction.Right, depth + 1, false));
                    pending.Push((disjunction.Left, depth + 1, false));
                    continue;
                case NotExpr:
                    {
                        var (operand, d) = done.Pop();
                        done.Push((KconfigExpression.Not(operand), d + 1));
                        continue;
                    }

                case AndExpr or OrExpr:
                    {
                        var (right, rd) = done.Pop();
                        var (left, ld) = done.Pop();
                        var combined = node is AndExpr ? KconfigExpression.And(left, right) : KconfigExpression.Or(left, right);
                        done.Push((combined, Math.Max(ld, rd) + 1));
                        continue;
                    }

                case ComparisonExpr comparison:
                    {
                        var converted = Compare(comparison);
                        done.Push((converted, converted.Kind == KconfigExpressionKind.Comparison ? 1 : 3));
                        continue;
                    }

                case SymbolExpr symbol:
                    done.Push((Operand(symbol.Symbol), 1));
                    continue;
                default:
                    // A choice only appears in finalized trees, never in a parsed text.
                    done.Push((KconfigExpression.Const(false), 1));
                    continue;
            }
        }

        var (result, resultDepth) = done.Pop();
        maxDepth = resultDepth;
        return result;
    }

    /// <summary>A bare operand: y and m are on, n and every other constant (a string, a number) is off.</summary>
    private static KconfigExpression Operand(Symbol symbol) =>
        symbol.IsConstant ? KconfigExpression.Const(IsOn(symbol)) : KconfigExpression.Sym(NameOf(symbol));

    private static KconfigExpression Compare(ComparisonExpr comparison)
    {
        var equal = comparison.Operator == ComparisonOperator.Equal;
        if (equal || comparison.Operator == ComparisonOperator.NotEqual)
        {
            var left = comparison.Left;
            var right = comparison.Right;
            if (IsTristateConstant(left) && !right.IsConstant)
            {
                (left, right) = (right, left);
            }

            if (!left.IsConstant && IsTristateConstant(right))
            {
                // SYM = y|m and SYM != n: on; SYM = n and SYM != y|m: off.
                var symbol = KconfigExpression.Sym(NameOf(left));
                return IsOn(right) == equal ? symbol : KconfigExpression.Not(symbol);
            }

            if (!left.IsConstant && !right.IsConstant && left.Name != right.Name)
            {
                // SYM = SYM2 over on/off facts: both on or both off.
                var a = KconfigExpression.Sym(NameOf(left));
                var b = KconfigExpression.Sym(NameOf(right));
                var same = KconfigExpression.Or(KconfigExpression.And(a, b), KconfigExpression.And(KconfigExpression.Not(a), KconfigExpression.Not(b)));
                return equal ? same : KconfigExpression.Not(same);
            }
        }

        var operands = new List<string>(2);
        foreach (var side in new[] { comparison.Left, comparison.Right })
        {
            if (!side.IsConstant)
            {
                operands.Add(NameOf(side));
            }
        }

        return KconfigExpression.Comparison(comparison.ToString(), operands);
    }

    private static bool IsTristateConstant(Symbol symbol) => symbol.IsConstant && symbol.Name is "y" or "m" or "n";

    private static bool IsOn(Symbol constant) => constant.Name is "y" or "m";

    /// <summary>The Kconfig name; a <c>CONFIG_</c> prefix (as in a C define) is accepted and dropped.</summary>
    private static string NameOf(Symbol symbol) =>
        symbol.Name.StartsWith("CONFIG_", StringComparison.Ordinal) ? symbol.Name.Substring(7) : symbol.Name;
}
