using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>A symbol (or constant) used as an expression operand.</summary>
public sealed class SymbolExpr : Expr
{
    /// <summary>An operand that is <paramref name="symbol"/>.</summary>
    public SymbolExpr(Symbol symbol) => Symbol = symbol;

    /// <summary>The symbol or constant.</summary>
    public Symbol Symbol { get; }

    internal override int Precedence => 5;

    internal override void Write(StringBuilder builder) => Symbol.WriteReference(builder);
}
