namespace KconfigSharp.Kconfig.Resolution;

/// <summary>One <c>select</c>/<c>imply</c> edge: the other symbol and the written condition (null when unconditional).</summary>
public sealed record ResolvedRelation(string Symbol, string? Condition);
