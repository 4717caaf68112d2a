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
    /// <summary>What a walk does at each node: whether to enter a subtree, and what to do with a leaf.</summary>
    internal interface IVisitor
    {
        /// <summary>False skips <paramref name="node"/> (a leaf or an operator) and everything below it.</summary>
        bool Enter(Expr node);

        /// <summary>A <see cref="SymbolExpr"/>, <see cref="ChoiceExpr"/> or <see cref="ComparisonExpr"/>.</summary>
        void Leaf(Expr leaf);
    }

    /// <summary>Every <see cref="SymbolExpr"/>, <see cref="ChoiceExpr"/> and <see cref="ComparisonExpr"/> of <paramref name="expr"/>, left to right.</summary>
    public static List<Expr> Of(Expr expr)
    {
        var leaves = new List<Expr>();
        Collect(expr, leaves, new ExprStack());
        return leaves;
    }

    /// <summary>Appends the leaves of <paramref name="expr"/> to <paramref name="leaves"/>, using <paramref name="pending"/> (left empty) as the walk's stack.</summary>
    public static void Collect(Expr expr, List<Expr> leaves, ExprStack pending)
    {
        var collector = new ListCollector(leaves);
        Walk(expr, pending, ref collector);
    }

    /// <summary>
    /// Walks <paramref name="expr"/> in leaf order, using <paramref name="pending"/> (left empty) as the
    /// stack. A struct visitor is specialized per type: no delegate, no interface call per node.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static void Walk<TVisitor>(Expr expr, ExprStack pending, ref TVisitor visitor)
        where TVisitor : struct, IVisitor
    {
        pending.Push(expr);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visitor.Enter(node))
            {
                continue;
            }

            switch (node)
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
                default:
                    visitor.Leaf(node);
                    break;
            }
        }
    }

    private readonly struct ListCollector(List<Expr> leaves) : IVisitor
    {
        public bool Enter(Expr node) => true;

        public void Leaf(Expr leaf) => leaves.Add(leaf);
    }
}
