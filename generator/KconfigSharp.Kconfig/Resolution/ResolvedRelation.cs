namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// One <c>select</c>/<c>imply</c> edge: the other symbol and the written condition (null when unconditional).
/// A struct: NuttX describes 28,822 of them, stored inline in their symbols' lists rather than as an object each.
/// </summary>
public readonly record struct ResolvedRelation(string Symbol, string? Condition);
