using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>The output of the generator's last step: the source to add (if any) and diagnostics to report.</summary>
internal sealed record GenerationResult(string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
