namespace KconfigSharp.Generator.Emit;

/// <summary>The options that shape the emitted C# (SPEC §3).</summary>
internal sealed record EmitOptions(
    string? Namespace,
    string ClassName,
    bool IsPublic,
    bool UseConstants,
    bool PascalCaseNames,
    string Description)
{
    public static EmitOptions Default { get; } = new(null, "FeatureFlags", false, true, true, "Kconfig symbols");
}
