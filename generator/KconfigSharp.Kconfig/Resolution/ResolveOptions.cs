namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Options for <see cref="KconfigEngine.Resolve"/>.</summary>
public sealed class ResolveOptions
{
    /// <summary>defconfig, no environment.</summary>
    public static ResolveOptions Default { get; } = new();

    /// <summary>defconfig, allnoconfig or allyesconfig.</summary>
    public ResolveMode Mode { get; init; } = ResolveMode.Defconfig;

    /// <summary>
    /// Values for <c>option env="NAME"</c> symbols (pass the same map as
    /// <see cref="Syntax.KconfigParseOptions.Macros"/>); the process environment is never read here.
    /// </summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, string> Environment { get; init; } = new System.Collections.Generic.Dictionary<string, string>();
}
