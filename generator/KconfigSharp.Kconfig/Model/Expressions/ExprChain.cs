using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The operands of an <c>&amp;&amp;</c> or <c>||</c> chain, left to right. Parsing and
/// <c>select</c>/<c>imply</c> accumulation build such chains 100,000 deep (a 1 MB condition, a
/// symbol selected by 100,000 others); walking them with this list instead of recursing keeps every
/// expression walk's stack depth independent of chain length (docs/robustness.md).
/// </summary>
internal static class ExprChain
{
    /// <summary>
    /// The maximal operands of the chain rooted at <paramref name="chain"/> (an <see cref="AndExpr"/>
    /// or <see cref="OrExpr"/>): every nested node of the same operator is opened, in the order a
    /// recursive left-then-right walk would meet the operands, so short-circuit order is unchanged.
    /// </summary>
    public static List<Expr> Operands(Expr chain)
    {
        var isAnd = chain is AndExpr;
        var operands = new List<Expr>();
        var pending = new ExprStack();
        pending.Push(chain);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (isAnd && node is AndExpr conjunction)
            {
                pending.Push(conjunction.Right);
                pending.Push(conjunction.Left);
            }
            else if (!isAnd && node is OrExpr disjunction)
            {
                pending.Push(disjunction.Right);
                pending.Push(disjunction.Left);
            }
            else
            {
                operands.Add(node);
            }
        }

        return operands;
    }
}
