namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// What the <c>kconfig</c>-dialect resolver knows about a symbol beyond its value: facts for
/// <c>.config</c> writing (<see cref="IsWritten"/>) and for <c>kconfig why</c>.
/// </summary>
internal readonly record struct KconfigSymbolDetails(
    bool IsWritten,
    string Visibility,
    string DirectDependencyValue,
    string Assignable,
    string? UserValue,
    string? UserValueNote);
