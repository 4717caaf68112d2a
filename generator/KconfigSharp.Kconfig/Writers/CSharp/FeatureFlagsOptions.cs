namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>The options that shape the emitted C# (SPEC §3).</summary>
/// <param name="Namespace">The namespace of the class; null for the global namespace.</param>
/// <param name="ClassName">The name of the static partial class.</param>
/// <param name="IsPublic">Public class (else internal and <c>[Embedded]</c>).</param>
/// <param name="UseConstants"><c>const</c> members (else <c>static readonly</c>).</param>
/// <param name="PascalCaseNames">PascalCase member names (else the Kconfig names verbatim).</param>
/// <param name="Description">The class's XML summary.</param>
public sealed record FeatureFlagsOptions(
    string? Namespace,
    string ClassName,
    bool IsPublic,
    bool UseConstants,
    bool PascalCaseNames,
    string Description)
{
    /// <summary>Global namespace, internal <c>FeatureFlags</c>, constants, PascalCase.</summary>
    public static FeatureFlagsOptions Default { get; } = new(null, "FeatureFlags", false, true, true, "Kconfig symbols");
}
