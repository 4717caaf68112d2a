namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The three tristate constants every expression may use. They never change once made, so every model shares
/// one set (<see cref="Shared"/>): a property whose written condition is <c>y</c>, or a symbol nothing implies,
/// needs no field to say so (issue 12, session 2026-11-29 morning).
/// </summary>
public sealed class ConstantSymbols
{
    /// <summary>The constants of every model.</summary>
    internal static ConstantSymbols Shared { get; } = new();

    internal ConstantSymbols()
    {
        Yes = new Symbol("y", isConstant: true) { Type = KconfigType.Tristate };
        Module = new Symbol("m", isConstant: true) { Type = KconfigType.Tristate };
        No = new Symbol("n", isConstant: true) { Type = KconfigType.Tristate };
        YesExpr = new SymbolExpr(Yes);
        NoExpr = new SymbolExpr(No);
        _yesLeaf = new SymbolExpr(Yes);
        _moduleLeaf = new SymbolExpr(Module);
        _noLeaf = new SymbolExpr(No);
    }

    // The operand leaves of y, m and n a parse shares (not YesExpr/NoExpr: a written `if y` is told apart from none).
    private readonly SymbolExpr _yesLeaf;
    private readonly SymbolExpr _moduleLeaf;
    private readonly SymbolExpr _noLeaf;

    /// <summary>The constant <c>y</c>.</summary>
    public Symbol Yes { get; }

    /// <summary>The constant <c>m</c>.</summary>
    public Symbol Module { get; }

    /// <summary>The constant <c>n</c>.</summary>
    public Symbol No { get; }

    /// <summary>The expression <c>y</c>, shared so "no condition" costs no allocation.</summary>
    public Expr YesExpr { get; }

    /// <summary>The expression <c>n</c>.</summary>
    public Expr NoExpr { get; }

    /// <summary>The shared operand leaf of y, m or n; null for any other symbol.</summary>
    internal SymbolExpr? SharedLeaf(Symbol symbol) =>
        ReferenceEquals(symbol, Yes) ? _yesLeaf : ReferenceEquals(symbol, Module) ? _moduleLeaf : ReferenceEquals(symbol, No) ? _noLeaf : null;
}
