namespace KconfigSharp.Kconfig.Model;

/// <summary>Tristate logic values; <c>!x = 2 - x</c>, <c>&amp;&amp;</c> = min, <c>||</c> = max.</summary>
public enum Tristate : byte
{
    /// <summary>n</summary>
    No = 0,
    /// <summary>m</summary>
    Module = 1,
    /// <summary>y</summary>
    Yes = 2,
}
