using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Diagnostics;

/// <summary>
/// Roslyn descriptors for every diagnostic the generator reports: the Kconfig core's KCONF1xx (built
/// from its catalog so IDs and titles are written once) and the generator's own KCONF2xx.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "KconfigSharp";

    public static readonly string HelpLinkBase = Kconfig.Diagnostics.HelpLinks.Base;

    public static readonly DiagnosticDescriptor InvalidOption = new(
        "KCONF201", "Invalid KconfigSharp MSBuild option", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "KCONF201.md");

    public static readonly DiagnosticDescriptor NoKconfigFiles = new(
        "KCONF202", "Values file without Kconfig files", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "KCONF202.md");

    public static readonly DiagnosticDescriptor InternalError = new(
        "KCONF299", "KconfigSharp internal error", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "KCONF299.md");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    /// <summary>The descriptor of <paramref name="id"/> (KCONF299's for an unknown ID); the severity is set per diagnostic.</summary>
    public static DiagnosticDescriptor For(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : InternalError;

    public static DiagnosticSeverity ToRoslyn(KconfigSeverity severity) => severity switch
    {
        KconfigSeverity.Error => DiagnosticSeverity.Error,
        KconfigSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var table = new Dictionary<string, DiagnosticDescriptor>
        {
            [InvalidOption.Id] = InvalidOption,
            [NoKconfigFiles.Id] = NoKconfigFiles,
            [InternalError.Id] = InternalError,
        };
        foreach (var kconfig in KconfigDiagnostics.All)
        {
#pragma warning disable RS1017 // The IDs are constants of the Roslyn-free Kconfig core's catalog.
            table[kconfig.Id] = new DiagnosticDescriptor(
                kconfig.Id, kconfig.Title, "{0}", Category, ToRoslyn(kconfig.DefaultSeverity), isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + kconfig.Id + ".md");
#pragma warning restore RS1017
        }

        return table;
    }
}
