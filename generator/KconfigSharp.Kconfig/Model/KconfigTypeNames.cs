namespace KconfigSharp.Kconfig.Model;

/// <summary>The Kconfig keyword of each type, as messages, writers and the CLI print it.</summary>
public static class KconfigTypeNames
{
    /// <summary><c>bool</c>, <c>tristate</c>, <c>string</c>, <c>int</c>, <c>hex</c>, or <c>unknown</c>.</summary>
    public static string ToKeyword(this KconfigType type) => type switch
    {
        KconfigType.Bool => "bool",
        KconfigType.Tristate => "tristate",
        KconfigType.String => "string",
        KconfigType.Int => "int",
        KconfigType.Hex => "hex",
        _ => "unknown",
    };
}
