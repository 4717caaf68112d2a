namespace KconfigSharp.Kconfig.Model;

/// <summary>Which reference implementation's rules apply (SPEC §4).</summary>
public enum KconfigDialect
{
    /// <summary>Linux <c>scripts/kconfig</c> (and Kconfiglib) syntax and value semantics.</summary>
    Kconfig,

    /// <summary>QEMU's <c>scripts/minikconf.py</c>: bool only, hard constraints, <c>||</c> binds tighter than <c>&amp;&amp;</c>.</summary>
    Qemu,
}
