using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary><c>left || right</c>: tristate maximum.</summary>
public sealed class OrExpr : Expr
{
    public OrExpr(Expr left, Expr right)
    {
        Left = left;
        Right = right;
    }

    public Expr Left { get; }

    public Expr Right { get; }

    internal override int Precedence => 1;

    internal override void Write(StringBuilder builder)
    {
        WriteOperand(builder, Left);
        builder.Append(" || ");
        WriteOperand(builder, Right);
    }
}
