namespace KconfigSharp.Kconfig.Model;

/// <summary>The relational operators of Kconfig expressions.</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
