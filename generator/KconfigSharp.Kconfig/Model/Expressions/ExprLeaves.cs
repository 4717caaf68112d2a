using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The leaves of an expression — symbol references, choice terms and comparisons — in the order a
/// recursive left-then-right walk through <c>!</c>, <c>&amp;&amp;</c> and <c>||</c> would meet them.
/// Walked with an explicit stack, so a 1 MB <c>&amp;&amp;</c> chain cannot overflow the call stack.
/// </summary>
internal static class ExprLeaves
{
    /// <summary>Every <see cref="SymbolExpr"/>, <see cref="ChoiceExpr"/> and <see cref="ComparisonExpr"/> of <paramref name="expr"/>, left to right.</summary>
    public static List<Expr> Of(Expr expr)
    {
        var leaves = new List<Expr>();
        Collect(expr, leaves, new ExprStack());
        return leaves;
    }

    /// <summary>Appends the leaves of <paramref name="expr"/> to <paramref name="leaves"/>, using <paramref name="pending"/> (left empty) as the walk's stack.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static void Collect(Expr expr, List<Expr> leaves, ExprStack pending)
    {
        pending.Push(expr);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case NotExpr not:
                    pending.Push(not.Operand);
                    break;
                case AndExpr conjunction:
                    pending.Push(conjunction.Right);
                    pending.Push(conjunction.Left);
                    break;
                case OrExpr disjunction:
                    pending.Push(disjunction.Right);
                    pending.Push(disjunction.Left);
                    break;
                case var leaf:
                    leaves.Add(leaf);
                    break;
            }
        }
    }
}
