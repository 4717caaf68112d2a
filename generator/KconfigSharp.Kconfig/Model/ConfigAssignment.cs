using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// <c>CONFIG_X=value</c> written inside a file parsed as Kconfig (QEMU's minikconf accepts these in
/// any file it parses, which is how its <c>.mak</c> files are read).
/// </summary>
public sealed record ConfigAssignment(Symbol Symbol, string Value, SourceLocation Location);
