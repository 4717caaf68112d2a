using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Values;

/// <summary>
/// One user value: <c>CONFIG_NAME=value</c> (or <c># CONFIG_NAME is not set</c>, value <c>n</c>) from a
/// values file, or a define. <see cref="Name"/> has no <c>CONFIG_</c> prefix; <see cref="Value"/> is
/// unquoted and unescaped; <see cref="IsQuoted"/> tells whether it was written as a string.
/// </summary>
public sealed record ValueAssignment(string Name, string Value, bool IsQuoted, SourceLocation Location, ValueSource Source);
