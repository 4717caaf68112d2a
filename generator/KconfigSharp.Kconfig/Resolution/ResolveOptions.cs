namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Options for <see cref="KconfigEngine.Resolve"/>.</summary>
public sealed class ResolveOptions
{
    public static ResolveOptions Default { get; } = new();

    public ResolveMode Mode { get; init; } = ResolveMode.Defconfig;
}
