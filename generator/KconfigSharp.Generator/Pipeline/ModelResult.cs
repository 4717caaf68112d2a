using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The output of the parse-and-resolve step: the resolved configuration (null when there is no
/// Kconfig file or the step failed), the class description, the source tree (to turn tree paths
/// into full paths for diagnostics) and the diagnostics so far. Equatable, so the emit step is
/// skipped when a Kconfig edit does not change the resolved model.
/// </summary>
internal sealed record ModelResult(
    ResolvedConfiguration? Configuration,
    string Description,
    string SourceTree,
    EquatableArray<DiagnosticInfo> Diagnostics);
