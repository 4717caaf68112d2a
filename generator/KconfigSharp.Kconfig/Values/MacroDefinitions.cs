using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Values;

/// <summary>
/// Reads macro values given outside the Kconfig files, as <c>NAME=VALUE</c> entries (MSBuild
/// <c>KconfigMacros</c>, the CLI's <c>--env</c>). They feed <c>$(NAME)</c>, old-style <c>$NAME</c> and
/// <c>option env</c> alike (<see cref="KconfigSharp.Kconfig.IO.KconfigLoader"/> passes one dictionary to both
/// the parser and the resolver). Later entries win.
/// </summary>
public static class MacroDefinitions
{
    /// <summary>Splits a <c>;</c>- or <c>|</c>-separated list (the MSBuild form) into entries.</summary>
    public static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list!.Split([';', '|'], System.StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Adds each <c>NAME=VALUE</c> entry to <paramref name="into"/>; blank entries are skipped, and each
    /// malformed one is passed to <paramref name="malformed"/> (trimmed) and ignored.
    /// </summary>
    public static void Add(IEnumerable<string> entries, IDictionary<string, string> into, System.Action<string> malformed)
    {
        foreach (var entry in entries)
        {
            if (entry.Trim().Length == 0)
            {
                continue;
            }

            var equals = entry.IndexOf('=');
            if (equals <= 0 || entry.Substring(0, equals).Trim().Length == 0)
            {
                malformed(entry.Trim());
                continue;
            }

            into[entry.Substring(0, equals).Trim()] = entry.Substring(equals + 1);
        }
    }
}
