namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// Dense numbers (1, 2, ... per model; 0: none) that the finalizer gives the <c>&amp;&amp;</c>/<c>||</c> nodes that are a
/// dependency: each menu node's propagated <see cref="MenuNode.Dependency"/> (which every entry under a menu, and each
/// property of a symbol, ANDs in again), the OR that is the <see cref="Symbol.DirectDependency"/> of a symbol or choice
/// defined more than once. They are the nodes an evaluation or a walk meets again and again (NuttX: 84 % of the
/// resolve's repeated operator nodes), so a resolve keeps each one's value, and the dependency graph each one's items,
/// in an array by the id: no dictionary, and no mark on the shared node (racing resolves of one model read the same
/// nodes). The ids are written once, by the finalizer, before the model is published.
/// </summary>
internal static class DependencyIds
{
    /// <summary>The id of <paramref name="expr"/>, or 0 (a leaf, a <c>!</c>, a node no one numbered).</summary>
    public static int Of(Expr expr) => expr switch
    {
        AndExpr conjunction => conjunction.DependencyId,
        OrExpr disjunction => disjunction.DependencyId,
        _ => 0,
    };

    /// <summary>Gives <paramref name="expr"/> the next id (after <paramref name="count"/>, which it advances) when it is an operator without one.</summary>
    public static void Assign(Expr expr, ref int count)
    {
        switch (expr)
        {
            case AndExpr { DependencyId: 0 } conjunction:
                conjunction.DependencyId = ++count;
                break;
            case OrExpr { DependencyId: 0 } disjunction:
                disjunction.DependencyId = ++count;
                break;
        }
    }
}
