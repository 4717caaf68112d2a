using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The part of a <see cref="ResolvedSymbol"/> written from the model only when read: where the
/// symbol is defined, its <c>depends on</c> text, its relations and its choice (<see cref="SymbolDescriber"/>),
/// and once written its prompt and help (read from the model until then).
/// </summary>
/// <remarks>
/// A resolve writes one per symbol (22,148 for NuttX), and most symbols imply nothing, are implied by
/// nothing (NuttX has no <c>imply</c>): those two are kept in a <see cref="RareParts"/> made only when one
/// of them is set. It is null exactly when both are empty, so the record's field-wise equality
/// still compares the texts (a description given empty ones equals one never given them).
/// </remarks>
internal sealed record SymbolDescription
{
    private readonly RareParts? _rare;

    /// <summary>A description with every part given.</summary>
    public SymbolDescription(
        EquatableArray<SourceLocation> definedAt,
        string? dependsOn,
        EquatableArray<ResolvedRelation> selects,
        EquatableArray<ResolvedRelation> implies,
        EquatableArray<ResolvedRelation> selectedBy,
        EquatableArray<ResolvedRelation> impliedBy,
        string? choiceName,
        string? prompt,
        string? help)
    {
        DefinedAt = definedAt;
        DependsOn = dependsOn;
        Selects = selects;
        SelectedBy = selectedBy;
        ChoiceName = choiceName;
        Prompt = prompt;
        Help = help;
        _rare = RareParts.Of(implies, impliedBy);
    }

    /// <summary>Nothing described (a placeholder until a constructor sets the real one).</summary>
    public static SymbolDescription None { get; } = new(
        EquatableArray<SourceLocation>.Empty, null, EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty,
        EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty, null, null, null);

    /// <summary>Where the symbol is defined, in definition order.</summary>
    public EquatableArray<SourceLocation> DefinedAt { get; init; }

    /// <summary>The direct dependency as Kconfig text, or null when there is none.</summary>
    public string? DependsOn { get; init; }

    /// <summary>The symbols this one selects.</summary>
    public EquatableArray<ResolvedRelation> Selects { get; init; }

    /// <summary>The symbols this one implies.</summary>
    public EquatableArray<ResolvedRelation> Implies
    {
        get => _rare?.Implies ?? EquatableArray<ResolvedRelation>.Empty;
        init => _rare = RareParts.Of(value, ImpliedBy);
    }

    /// <summary>The symbols that select this one.</summary>
    public EquatableArray<ResolvedRelation> SelectedBy { get; init; }

    /// <summary>The symbols that imply this one.</summary>
    public EquatableArray<ResolvedRelation> ImpliedBy
    {
        get => _rare?.ImpliedBy ?? EquatableArray<ResolvedRelation>.Empty;
        init => _rare = RareParts.Of(Implies, value);
    }

    /// <summary>The choice the symbol belongs to, or null.</summary>
    public string? ChoiceName { get; init; }

    /// <summary>The first definition's prompt, or null.</summary>
    public string? Prompt { get; init; }

    /// <summary>The first help text, or null.</summary>
    public string? Help { get; init; }

    /// <summary>The relations few symbols have; never made with both empty.</summary>
    private sealed record RareParts(EquatableArray<ResolvedRelation> Implies, EquatableArray<ResolvedRelation> ImpliedBy)
    {
        public static RareParts? Of(EquatableArray<ResolvedRelation> implies, EquatableArray<ResolvedRelation> impliedBy) =>
            implies.Count == 0 && impliedBy.Count == 0 ? null : new RareParts(implies, impliedBy);
    }
}
