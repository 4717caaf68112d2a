using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A symbol's resolved value and the facts the generator documents, as an immutable, equatable record.
/// <see cref="Value"/> is in <c>.config</c> spelling: <c>y</c>/<c>m</c>/<c>n</c> for bool and tristate,
/// the unquoted string, decimal int, <c>0x</c>-prefixed hex; empty when a string/int/hex has no value.
/// </summary>
public sealed record ResolvedSymbol(
    string Name,
    KconfigType Type,
    string Value,
    bool IsDefined,
    bool IsVisible,
    string? Prompt,
    string? Help,
    EquatableArray<SourceLocation> DefinedAt,
    string? DependsOn,
    EquatableArray<ResolvedRelation> Selects,
    EquatableArray<ResolvedRelation> Implies,
    EquatableArray<ResolvedRelation> SelectedBy,
    EquatableArray<ResolvedRelation> ImpliedBy,
    string? ChoiceName,
    ValueOrigin Origin);
