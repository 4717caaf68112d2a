namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The fields of a <see cref="Symbol"/> that few symbols set (choice membership, <c>option</c>s,
/// ranges, implies, what implies it, an undefined symbol's first reference, the printed <c>rev_dep</c>), in one object created by the first of them: 40 bytes less on every other
/// symbol (issue 12, round 2). A member of a choice with nothing else rare keeps its choice in the symbol's field instead
/// (<see cref="Symbol.Choice"/>); the parts hold the choice once they exist.
/// A symbol defined once keeps its ranges and implies in its node (<see cref="Symbol.AddRanges"/>): only a symbol defined more
/// than once, or one whose public lists were read, holds them here.
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

    /// <summary>The printed <c>rev_dep</c> and <c>weak_rev_dep</c>, made on the first read of either (null until then).</summary>
    public ReverseDependencies? ReverseDependencies;

    /// <summary>An undefined symbol's first reference (<see cref="Symbol.FirstReference"/>).</summary>
    public System.Runtime.CompilerServices.StrongBox<KconfigSharp.Kconfig.Text.SourceLocation>? FirstReference;
}
