using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A symbol's resolved value and the facts the generator documents, as an immutable, equatable record.
/// <see cref="Value"/> is in <c>.config</c> spelling: <c>y</c>/<c>m</c>/<c>n</c> for bool and tristate,
/// the unquoted string, decimal int, <c>0x</c>-prefixed hex; empty when a string/int/hex has no value.
/// The members after <see cref="Origin"/> are filled by the <c>kconfig</c> dialect:
/// <see cref="IsWritten"/> (the symbol gets a <c>.config</c> line: visible, or given a value by an
/// active default, imply or select; never for <c>option env</c> symbols), <see cref="Visibility"/>
/// and <see cref="DirectDependencyValue"/> (n/m/y), <see cref="Assignable"/> (the values a user may
/// set now, e.g. <c>ny</c>), <see cref="UserValue"/> and, when it did not stick,
/// <see cref="UserValueNote"/> saying why.
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
    ValueOrigin Origin,
    bool IsWritten = false,
    string Visibility = "n",
    string DirectDependencyValue = "n",
    string Assignable = "",
    string? UserValue = null,
    string? UserValueNote = null);
