using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary><c>!operand</c>: tristate complement, 2 - value.</summary>
public sealed class NotExpr : Expr
{
    /// <summary><c>!</c><paramref name="operand"/>.</summary>
    public NotExpr(Expr operand) => Operand = operand;

    /// <summary>The negated expression.</summary>
    public Expr Operand { get; }

    internal override int Precedence => 4;

    internal override void Write(StringBuilder builder)
    {
        builder.Append('!');
        WriteOperand(builder, Operand);
    }
}
