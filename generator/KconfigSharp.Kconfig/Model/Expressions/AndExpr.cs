using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary><c>left &amp;&amp; right</c>: tristate minimum.</summary>
public sealed class AndExpr : Expr
{
    public AndExpr(Expr left, Expr right)
    {
        Left = left;
        Right = right;
    }

    public Expr Left { get; }

    public Expr Right { get; }

    internal override int Precedence => 2;

    internal override void Write(StringBuilder builder)
    {
        WriteOperand(builder, Left);
        builder.Append(" && ");
        WriteOperand(builder, Right);
    }
}
