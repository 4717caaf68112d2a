namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Configuration modes (LKC <c>conf</c> and minikconf flags).</summary>
public enum ResolveMode
{
    /// <summary>Defaults apply (<c>conf --olddefconfig</c>, minikconf <c>--defconfig</c>).</summary>
    Defconfig,

    /// <summary>Everything that can be n is n.</summary>
    AllNoConfig,

    /// <summary>Everything that can be y is y.</summary>
    AllYesConfig,
}
