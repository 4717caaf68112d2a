using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The output of the generator's last step: the flags source and the support types to add (if any,
/// visibility-dependent, <see cref="Kconfig.Writers.CSharp.FeatureFlagsAttributes.SupportTypes"/>)
/// and diagnostics to report.
/// </summary>
internal sealed record GenerationResult(string? Source, EquatableArray<DiagnosticInfo> Diagnostics, string? SupportSource = null);
