namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>Severity of a Kconfig diagnostic; maps onto Roslyn's and MSBuild's severities.</summary>
public enum KconfigSeverity
{
    Info,
    Warning,
    Error,
}
