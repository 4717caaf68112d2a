namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The fields of a <see cref="MenuNode"/> that few nodes set (the choice of a <c>choice</c> node, a
/// menu's <c>visible if</c>, ranges, implies, children; the symbol of a node that has them), in one object created by the first of them: 32 bytes
/// less on every other node (issue 12, round 2; children since 2026-11-29 morning: NuttX's 1,055 parents
/// without other rare parts cost 59 KB, the field on 32,000 nodes cost 256 KB).
/// </summary>
internal sealed class MenuNodeRareParts
{
    /// <summary>The node's symbol, held here once the node has rare parts (they take its field: <see cref="MenuNode.Symbol"/>).</summary>
    public Symbol? Symbol;

    public Choice? Choice;
    public Expr? VisibleIf;
    public OneOrMany<RangeProperty> Ranges;
    public OneOrMany<RelationProperty> Implies;
    public OneOrMany<MenuNode> Children;

    /// <summary>The own dependency where the propagated one does not hold it (<see cref="MenuNode.OwnDependency"/>).</summary>
    public Expr? OwnDependency;
}
