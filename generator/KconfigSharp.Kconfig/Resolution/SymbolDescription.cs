using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The part of a <see cref="ResolvedSymbol"/> written from the model only when read: where the
/// symbol is defined, its <c>depends on</c> text, its relations and its choice (<see cref="SymbolDescriber"/>),
/// and once written its prompt and help (read from the model until then).
/// </summary>
internal sealed record SymbolDescription(
    EquatableArray<SourceLocation> DefinedAt,
    string? DependsOn,
    EquatableArray<ResolvedRelation> Selects,
    EquatableArray<ResolvedRelation> Implies,
    EquatableArray<ResolvedRelation> SelectedBy,
    EquatableArray<ResolvedRelation> ImpliedBy,
    string? ChoiceName,
    string? Prompt,
    string? Help)
{
    /// <summary>Nothing described (a placeholder until a constructor sets the real one).</summary>
    public static SymbolDescription None { get; } = new(
        EquatableArray<SourceLocation>.Empty, null, EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty,
        EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty, null, null, null);
}
