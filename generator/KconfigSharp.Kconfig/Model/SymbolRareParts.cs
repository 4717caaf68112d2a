namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The fields of a <see cref="Symbol"/> that few symbols set (choice membership, <c>option</c>s,
/// ranges, implies, what implies it, an undefined symbol's first reference), in one object created by the first of them: 40 bytes less on every other
/// symbol (issue 12, round 2).
/// </summary>
internal sealed class SymbolRareParts
{
    public Choice? Choice;
    public string? EnvironmentVariable;
    public bool IsAllNoConfigY;
    public bool IsDefconfigList;
    public bool IsTransitional;
    public OneOrMany<RangeProperty> Ranges;
    public OneOrMany<RelationProperty> Implies;
    public OneOrMany<RelationProperty> ImpliedBy;

    /// <summary><see cref="Symbol.WeakReverseDependency"/>, made from <see cref="ImpliedBy"/> on its first read (null until then; read as n while nothing implies the symbol).</summary>
    public Expr? WeakReverseDependency;

    /// <summary>An undefined symbol's first reference (<see cref="Symbol.FirstReference"/>).</summary>
    public System.Runtime.CompilerServices.StrongBox<KconfigSharp.Kconfig.Text.SourceLocation>? FirstReference;
}
