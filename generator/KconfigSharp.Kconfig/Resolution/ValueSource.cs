namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Where a resolved value came from (for docs, <c>kconfig why</c> and diagnostics).</summary>
public enum ValueSource
{
    /// <summary>Nothing set it: the type's empty value (n, "" or no value).</summary>
    None,

    /// <summary>A <c>default</c> (or <c>def_*</c>) whose condition held.</summary>
    Default,

    /// <summary>A values file (<c>.config</c>, defconfig, <c>.mak</c>).</summary>
    ValuesFile,

    /// <summary>A define (<c>KconfigDefines</c>, CLI <c>NAME=VALUE</c>).</summary>
    Define,

    /// <summary>Forced by <c>select</c>.</summary>
    Select,

    /// <summary>Raised by <c>imply</c>.</summary>
    Imply,

    /// <summary>Chosen as the selection of a choice.</summary>
    Choice,

    /// <summary><c>option env=</c>.</summary>
    Environment,

    /// <summary>Forced to n by an unmet <c>depends on</c> (qemu dialect).</summary>
    DependsOn,

    /// <summary>Set by the configuration mode (allnoconfig / allyesconfig).</summary>
    Mode,
}
