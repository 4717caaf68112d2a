namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The fields of a <see cref="MenuNode"/> that few nodes set (the choice of a <c>choice</c> node, a
/// menu's <c>visible if</c>, ranges, implies), in one object created by the first of them: 24 bytes
/// less on every other node (issue 12, round 2).
/// </summary>
internal sealed class MenuNodeRareParts
{
    public Choice? Choice;
    public Expr? VisibleIf;
    public OneOrMany<RangeProperty> Ranges;
    public OneOrMany<RelationProperty> Implies;
}
