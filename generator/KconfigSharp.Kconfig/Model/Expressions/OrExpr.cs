using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary><c>left || right</c>: tristate maximum.</summary>
public sealed class OrExpr : Expr
{
    /// <summary><paramref name="left"/> || <paramref name="right"/>, unsimplified (see <see cref="Expr.Or"/>).</summary>
    public OrExpr(Expr left, Expr right)
    {
        Left = left;
        Right = right;
        if (left.MayChangeWithoutChoiceTerms || right.MayChangeWithoutChoiceTerms || IsYesOrNo(left) || IsYesOrNo(right))
        {
            _dependencyIdAndFlag = MayChangeFlag;
        }
    }

    // The dependency id in the low 31 bits, MayChangeWithoutChoiceTerms in the sign bit: one int where a bool
    // was, so the node stays 40 bytes.
    private int _dependencyIdAndFlag;

    /// <summary>The left operand.</summary>
    public Expr Left { get; }

    /// <summary>The right operand.</summary>
    public Expr Right { get; }

    internal override bool MayChangeWithoutChoiceTerms => _dependencyIdAndFlag < 0;

    /// <summary>The node's <see cref="DependencyIds">dependency id</see>, or 0.</summary>
    internal int DependencyId
    {
        get => _dependencyIdAndFlag & ~MayChangeFlag;
        set => _dependencyIdAndFlag = (_dependencyIdAndFlag & MayChangeFlag) | value;
    }

    /// <summary>
    /// <c>ExprTextCache</c>'s mark: below 2^29 the id of the last cache that wrote this node (its "seen" mark, instead
    /// of a set); from 2^29 up, 2^29 + the slot of its kept text in the cache that kept it.
    /// </summary>
    internal int TextMark { get; set; }

    internal override int Precedence => 1;

    internal override void Write(StringBuilder builder)
    {
        // The chain as a list (ExprChain): a 1 MB condition prints without deep recursion.
        var operands = ExprChain.Operands(this);
        for (var i = 0; i < operands.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : " || ");
            WriteOperand(builder, operands[i]);
        }
    }
}
