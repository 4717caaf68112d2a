namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>The fixed facts about one diagnostic ID: its title and default severity.</summary>
public sealed record KconfigDiagnosticDescriptor(string Id, string Title, KconfigSeverity DefaultSeverity)
{
    /// <summary>Creates a diagnostic of this kind at <paramref name="location"/>.</summary>
    public KconfigDiagnostic Create(Text.SourceLocation location, string message) =>
        new(Id, DefaultSeverity, message, location);
}
