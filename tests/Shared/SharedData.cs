using System.Reflection;

namespace KconfigSharp.Tests;

/// <summary>
/// Locates <c>../shared</c> (the reference corpora CI places beside the checkout). Tests that need it
/// call <see cref="Require"/> and are skipped, saying why, in a clone that does not have it.
/// </summary>
public static class SharedData
{
    /// <summary>The absolute path of the shared folder as configured at build time.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>True when the shared folder exists on this machine.</summary>
    public static bool IsAvailable => Directory.Exists(Root);

    /// <summary>A path inside the shared folder.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Why shared-data tests are skipped here, or null when they can run.</summary>
    public static string? SkipReason =>
        IsAvailable ? null : $"the shared corpus folder '{Root}' is absent (it sits beside the checkout in CI)";

    private static string FindRoot()
    {
        var configured = typeof(SharedData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SharedDataRoot")?.Value;
        return configured ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));
    }
}

/// <summary>A fact that is skipped, with the reason, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that is skipped, with the reason, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
