namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>Severity of a Kconfig diagnostic; maps onto Roslyn's and MSBuild's severities.</summary>
public enum KconfigSeverity
{
    /// <summary>Information only.</summary>
    Info,
    /// <summary>A problem the tool works around.</summary>
    Warning,
    /// <summary>A problem that makes the input invalid.</summary>
    Error,
}
