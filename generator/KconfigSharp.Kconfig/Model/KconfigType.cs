namespace KconfigSharp.Kconfig.Model;

/// <summary>The five Kconfig types, plus <see cref="Unknown"/> for untyped or undefined symbols.</summary>
public enum KconfigType
{
    /// <summary>No type given (yet).</summary>
    Unknown,
    /// <summary><c>bool</c>: y or n.</summary>
    Bool,
    /// <summary><c>tristate</c>: y, m or n.</summary>
    Tristate,
    /// <summary><c>string</c>.</summary>
    String,
    /// <summary><c>int</c>: decimal.</summary>
    Int,
    /// <summary><c>hex</c>: <c>0x</c>-prefixed.</summary>
    Hex,
}
