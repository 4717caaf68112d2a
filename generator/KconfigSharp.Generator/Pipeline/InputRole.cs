namespace KconfigSharp.Generator.Pipeline;

/// <summary>What an AdditionalFile is to KconfigSharp.</summary>
internal enum InputRole
{
    None,
    Kconfig,
    Values,
    ShellResults,

    /// <summary>Only reachable through <c>source</c> or a values file's <c>include</c>: neither a root nor applied on its own.</summary>
    Include,
}
