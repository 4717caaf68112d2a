using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// An immutable Kconfig expression. Operands are <see cref="Symbol"/> objects (constants such as
/// <c>y</c> or <c>"str"</c> are constant symbols), so evaluation never looks names up.
/// </summary>
public abstract class Expr
{
    private protected Expr()
    {
    }

    /// <summary>
    /// False when the expression is its own rewrite without choice terms (<c>ExprTextCache.WithoutChoiceTerms</c>):
    /// no <see cref="ChoiceExpr"/> below it and no y/n operand of an <c>&amp;&amp;</c>/<c>||</c> that
    /// <see cref="And"/>/<see cref="Or"/> would simplify away. Known when the node is built, so the
    /// rewrite of a NuttX resolve skips the 95 % of nodes it cannot change without visiting them.
    /// </summary>
    internal virtual bool MayChangeWithoutChoiceTerms => false;

    /// <summary>The sign bit of an <c>&amp;&amp;</c>/<c>||</c> node's packed field: <see cref="MayChangeWithoutChoiceTerms"/>.</summary>
    private protected const int MayChangeFlag = int.MinValue;

    private protected static bool IsYesOrNo(Expr expr) => expr.IsConstant("y") || expr.IsConstant("n");

    /// <summary>Operator precedence for printing: higher binds tighter.</summary>
    internal abstract int Precedence { get; }

    /// <summary>Writes the expression in Kconfig syntax (LKC precedence, parentheses where needed).</summary>
    internal abstract void Write(StringBuilder builder);

    /// <summary>The expression in Kconfig syntax, as it would appear after <c>depends on</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }

    internal void WriteOperand(StringBuilder builder, Expr operand)
    {
        Resolution.StackGuard.Check();
        if (operand.Precedence < Precedence)
        {
            builder.Append('(');
            operand.Write(builder);
            builder.Append(')');
        }
        else
        {
            operand.Write(builder);
        }
    }

    /// <summary><paramref name="left"/> &amp;&amp; <paramref name="right"/>, simplified where one side is a constant y or n (as LKC does).</summary>
    public static Expr And(Expr left, Expr right)
    {
        if (left.IsConstant("y") || right.IsConstant("n"))
        {
            return right;
        }

        if (right.IsConstant("y") || left.IsConstant("n"))
        {
            return left;
        }

        return new AndExpr(left, right);
    }

    /// <summary><paramref name="left"/> || <paramref name="right"/>, simplified where one side is a constant y or n.</summary>
    public static Expr Or(Expr left, Expr right)
    {
        if (left.IsConstant("n") || right.IsConstant("y"))
        {
            return right;
        }

        if (right.IsConstant("n") || left.IsConstant("y"))
        {
            return left;
        }

        return new OrExpr(left, right);
    }

    /// <summary>True when this is the constant symbol named <paramref name="name"/> (<c>y</c>, <c>m</c> or <c>n</c>).</summary>
    public bool IsConstant(string name) =>
        this is SymbolExpr { Symbol: { IsConstant: true } symbol } && symbol.Name == name;
}
