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
        var operands = new List<Expr>();
        var pending = new ExprStack();
        pending.Push(chain);
        while (NextOperand(chain is AndExpr, pending) is { } operand)
        {
            operands.Add(operand);
        }

        return operands;
    }

    /// <summary>
    /// The next operand of a chain walk: push the chain on an empty <paramref name="pending"/> stack, then call
    /// this until it returns null (the stack is then empty). For a walk that may stop early (short-circuit)
    /// and needs no list of the operands; a caller that stops early clears <paramref name="pending"/>.
    /// </summary>
    public static Expr? NextOperand(bool isAnd, ExprStack pending)
    {
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
                return node;
            }
        }

        return null;
    }
}
