using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>
/// One problem found in a Kconfig tree, a values file or an option, located at the line it concerns.
/// Equatable, so results holding diagnostics cache in the generator.
/// </summary>
public sealed record KconfigDiagnostic(string Id, KconfigSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>MSBuild canonical form: <c>path(line,col): error KCONF101: message</c>.</summary>
    public string ToCanonicalString(string? fullPath = null)
    {
        var severity = Severity switch
        {
            KconfigSeverity.Error => "error",
            KconfigSeverity.Warning => "warning",
            _ => "info",
        };
        if (!Location.IsInFile)
        {
            return $"kconfig: {severity} {Id}: {Message}";
        }

        var column = Location.Column > 0 ? Location.Column : 1;
        return $"{fullPath ?? Location.File}({Location.Line},{column}): {severity} {Id}: {Message}";
    }

    /// <inheritdoc/>
    public override string ToString() => ToCanonicalString();
}
