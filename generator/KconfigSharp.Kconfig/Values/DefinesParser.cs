using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Values;

/// <summary>
/// Parses defines (<c>KconfigDefines</c> = <c>LINUX=y;KVM=y</c>, or CLI <c>NAME=VALUE</c> arguments);
/// the <c>CONFIG_</c> prefix is optional. Defines are applied after every values file.
/// </summary>
public static class DefinesParser
{
    /// <summary>Parses each <c>[CONFIG_]NAME=VALUE</c> of <paramref name="defines"/>; malformed ones are diagnostics from <paramref name="origin"/>.</summary>
    public static IReadOnlyList<ValueAssignment> Parse(IEnumerable<string> defines, DiagnosticBag diagnostics, string origin = "KconfigDefines")
    {
        var result = new List<ValueAssignment>();
        foreach (var define in defines)
        {
            var text = define.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (ValuesFileReader.TryParseAssignment(text, SourceLocation.None, ValueSource.Define, requirePrefix: false, out var assignment, out var error))
            {
                result.Add(assignment);
            }
            else
            {
                diagnostics.Add(KconfigDiagnostics.MalformedValuesLine, SourceLocation.None, $"{origin}: {error}");
            }
        }

        return result;
    }

    /// <summary>Splits <c>A=y;B=n</c> (also <c>,</c> separated) into single defines.</summary>
    public static IReadOnlyList<ValueAssignment> ParseList(string list, DiagnosticBag diagnostics, string origin = "KconfigDefines") =>
        Parse(Split(list), diagnostics, origin);

    /// <summary>The single defines of a list such as the MSBuild property: <c>;</c>, <c>|</c> or <c>,</c> separated.</summary>
    public static IReadOnlyList<string> Split(string list) =>
        list.Split([';', '|', ','], System.StringSplitOptions.RemoveEmptyEntries);
}
