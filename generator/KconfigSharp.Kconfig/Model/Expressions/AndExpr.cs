using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary><c>left &amp;&amp; right</c>: tristate minimum.</summary>
public sealed class AndExpr : Expr
{
    /// <summary><paramref name="left"/> &amp;&amp; <paramref name="right"/>, unsimplified (see <see cref="Expr.And"/>).</summary>
    public AndExpr(Expr left, Expr right)
    {
        Left = left;
        Right = right;
        MayChangeWithoutChoiceTerms = left.MayChangeWithoutChoiceTerms || right.MayChangeWithoutChoiceTerms || IsYesOrNo(left) || IsYesOrNo(right);
    }

    /// <summary>The left operand.</summary>
    public Expr Left { get; }

    /// <summary>The right operand.</summary>
    public Expr Right { get; }

    internal override bool MayChangeWithoutChoiceTerms { get; }

    /// <summary>The id of the last <c>ExprTextCache</c> that wrote this node (its "seen" mark, instead of a set); negative: the dependency graph's mark (<c>SharedSubtreeItems</c>).</summary>
    internal int TextMark { get; set; }

    internal override int Precedence => 2;

    internal override void Write(StringBuilder builder)
    {
        // The chain as a list (ExprChain): a 1 MB condition prints without deep recursion.
        var operands = ExprChain.Operands(this);
        for (var i = 0; i < operands.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : " && ");
            WriteOperand(builder, operands[i]);
        }
    }
}
