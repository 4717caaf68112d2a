using System;
using System.IO;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// Decides an AdditionalFile's role (SPEC §3): <c>KconfigRole</c> metadata wins (<c>kconfig</c>, <c>values</c>,
/// <c>shell-results</c>, <c>include</c> for a file only reached by <c>source</c>/<c>include</c>, <c>none</c>); otherwise files named
/// <c>Kconfig</c>, <c>Kconfig.*</c> or <c>*.kconfig</c> are Kconfig, and <c>.config</c>, <c>*.config</c>,
/// <c>*defconfig</c>, <c>config-host.mak</c> and <c>*.mak</c> are values files.
/// </summary>
internal static class InputClassifier
{
    public static InputRole Classify(string path, string? roleMetadata)
    {
        switch (roleMetadata?.Trim().ToLowerInvariant())
        {
            case "kconfig":
                return InputRole.Kconfig;
            case "values":
                return InputRole.Values;
            case "shell-results":
                return InputRole.ShellResults;
            case "include":
                return InputRole.Include;
            case "none":
                return InputRole.None;
        }

        var name = Path.GetFileName(path);
        if (name == "Kconfig" || name.StartsWith("Kconfig.", StringComparison.Ordinal) || name.StartsWith("Kconfig-", StringComparison.Ordinal)
            || name.EndsWith(".kconfig", StringComparison.OrdinalIgnoreCase))
        {
            return InputRole.Kconfig;
        }

        if (name == ".config" || name.EndsWith(".config", StringComparison.OrdinalIgnoreCase) || name.EndsWith("defconfig", StringComparison.Ordinal)
            || name.EndsWith(".mak", StringComparison.OrdinalIgnoreCase))
        {
            return InputRole.Values;
        }

        return InputRole.None;
    }
}
