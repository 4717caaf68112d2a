namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A symbol's <c>rev_dep</c> (or <c>weak_rev_dep</c>) as LKC builds it (<c>menu_finalize</c>): the OR, in definition
/// order, of <c>source &amp;&amp; condition</c> over the selects (implies) of the symbol, each condition already
/// including its definition's dependency. <see cref="Expr.And"/>/<see cref="Expr.Or"/> simplify as LKC's do, so a
/// select whose condition is n leaves no term and one whose condition is y leaves its source alone. A source's leaf is its
/// own (a symbol holds no leaf; the chain is made once, on first read, for printing and choice checks).
/// </summary>
internal static class RelationChain
{
    public static Expr Of(ListView<RelationProperty> relations)
    {
        Expr chain = ConstantSymbols.Shared.NoExpr;
        foreach (var relation in relations)
        {
            chain = Expr.Or(chain, Expr.And(new SymbolExpr(relation.Source), relation.Condition));
        }

        return chain;
    }
}
