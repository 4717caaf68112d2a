namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// Iteration counts for the property tests: small and seeded in CI (about a minute in all);
/// <c>KCONFIG_PROPERTY_ITERATIONS=N</c> multiplies every count by N for a long run, and
/// <c>KCONFIG_PROPERTY_SEED</c> replays a failing seed CsCheck printed.
/// </summary>
internal static class PropertyBudget
{
    private static readonly int Multiplier =
        int.TryParse(Environment.GetEnvironmentVariable("KCONFIG_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : 1;

    /// <summary>The seed: the fixed CI seed unless one is given in the environment.</summary>
    public static string? Seed =>
        Environment.GetEnvironmentVariable("KCONFIG_PROPERTY_SEED") is { Length: > 0 } seed ? seed : (Multiplier > 1 ? null : "0000000000009");

    public static long Iterations(int ciCount) => (long)ciCount * Multiplier;
}
