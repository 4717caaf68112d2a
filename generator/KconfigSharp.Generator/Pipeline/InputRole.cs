namespace KconfigSharp.Generator.Pipeline;

/// <summary>What an AdditionalFile is to KconfigSharp.</summary>
internal enum InputRole
{
    None,
    Kconfig,
    Values,
    ShellResults,
}
