using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// <c>left OP right</c>: compares string values, numerically when both parse as numbers of the
/// operands' type (LKC <c>expr_calc_value</c>); the result is y or n.
/// </summary>
public sealed class ComparisonExpr : Expr
{
    /// <summary><paramref name="left"/> <paramref name="op"/> <paramref name="right"/>.</summary>
    public ComparisonExpr(ComparisonOperator op, Symbol left, Symbol right)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    /// <summary>The comparison.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The left operand (a symbol or constant).</summary>
    public Symbol Left { get; }

    /// <summary>The right operand (a symbol or constant).</summary>
    public Symbol Right { get; }

    internal override int Precedence => 3;

    internal override void Write(StringBuilder builder)
    {
        Left.WriteReference(builder);
        builder.Append(Operator switch
        {
            ComparisonOperator.Equal => " = ",
            ComparisonOperator.NotEqual => " != ",
            ComparisonOperator.Less => " < ",
            ComparisonOperator.LessOrEqual => " <= ",
            ComparisonOperator.Greater => " > ",
            _ => " >= ",
        });
        Right.WriteReference(builder);
    }
}
