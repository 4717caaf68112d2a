using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers;

/// <summary>Descriptors of the analyzer rules; each has a page under docs/diagnostics.</summary>
internal static class Descriptors
{
    private const string Category = "KconfigSharp";
    private const string HelpLinkBase = "https://github.com/kconfigsharp/kconfigsharp/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor ImpliedSymbolUnguarded = new(
        DiagnosticIds.ImpliedSymbolUnguarded,
        "Implied Kconfig symbol read without a guard on its implier",
        "'{0}' is implied by {1}, but this read is not guarded by {2}: imply is weak, so {3} can be enabled where {1} is not",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A symbol that is the target of 'imply' may be on while the implying symbol is off; guard the read with one of its impliers.",
        helpLinkUri: HelpLinkBase + "KCONF001.md");
}
