namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A symbol's <c>rev_dep</c> (or <c>weak_rev_dep</c>) as LKC builds it (<c>menu_finalize</c>): the OR, in definition
/// order, of <c>source &amp;&amp; condition</c> over the selects (implies) of the symbol, each condition already
/// including its definition's dependency. <see cref="Expr.And"/>/<see cref="Expr.Or"/> simplify as LKC's do, so a
/// select whose condition is n leaves no term and one whose condition is y leaves its source alone.
/// </summary>
internal static class RelationChain
{
    public static Expr Of(ListView<RelationProperty> relations)
    {
        Expr chain = ConstantSymbols.Shared.NoExpr;
        foreach (var relation in relations)
        {
            chain = Expr.Or(chain, Expr.And(relation.Source.AsExpr, relation.Condition));
        }

        return chain;
    }
}
