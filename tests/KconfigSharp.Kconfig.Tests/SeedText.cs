namespace KconfigSharp.Kconfig.Tests;

/// <summary>The seed file, embedded so core tests run without ../shared.</summary>
internal static class SeedText
{
    public static string KconfigHost { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kconfig.host"));
}
