namespace KconfigSharp.Kconfig.Model;

/// <summary>The five Kconfig types, plus <see cref="Unknown"/> for untyped or undefined symbols.</summary>
public enum KconfigType
{
    Unknown,
    Bool,
    Tristate,
    String,
    Int,
    Hex,
}
