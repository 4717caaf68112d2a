namespace KconfigSharp.Kconfig.Model;

/// <summary>Tristate logic values; <c>!x = 2 - x</c>, <c>&amp;&amp;</c> = min, <c>||</c> = max.</summary>
public enum Tristate : byte
{
    No = 0,
    Module = 1,
    Yes = 2,
}
