using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The output of the generator's last step: the flags source (compared by content; handed to the compiler
/// in its chunks, <see cref="ChunkedSourceText"/>) and the support types to add (if any,
/// visibility-dependent, <see cref="Kconfig.Writers.CSharp.FeatureFlagsAttributes.SupportTypes"/>)
/// and diagnostics to report.
/// </summary>
internal sealed record GenerationResult(ChunkedText? Source, EquatableArray<DiagnosticInfo> Diagnostics, string? SupportSource = null);
