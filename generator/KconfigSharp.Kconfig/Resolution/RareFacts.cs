using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The facts of a <see cref="ResolvedSymbol"/> that few symbols have, kept beside it only when one is
/// given: the user's value and note, and a type or n/m/y-like text that <see cref="PackedFacts"/>
/// has no code for (read only when the packed code says so). The symbol's value moves in here with them
/// (<see cref="Value"/>), so a symbol without rare facts keeps one field for both.
/// </summary>
internal sealed record RareFacts(
    string? UserValue,
    string? UserValueNote,
    KconfigType Type,
    string? Visibility,
    string? DirectDependencyValue,
    string? Assignable)
{
    /// <summary>The symbol's value.</summary>
    public string? Value { get; init; }

    /// <summary>Nothing rare.</summary>
    public static RareFacts None { get; } = new(null, null, KconfigType.Unknown, null, null, null);
}
