using KconfigSharp.Kconfig.Diagnostics;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// An equatable stand-in for a Roslyn <c>Diagnostic</c> (which holds a <c>Location</c> and must not
/// cross pipeline steps): ID, severity, message and the full path, line and column it points at.
/// </summary>
internal sealed record DiagnosticInfo(string Id, KconfigSeverity Severity, string Message, string? FilePath, int Line, int Column);
