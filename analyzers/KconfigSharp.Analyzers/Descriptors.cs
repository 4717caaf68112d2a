using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers;

/// <summary>Descriptors of the analyzer rules; each has a page under docs/diagnostics.</summary>
internal static class Descriptors
{
    private const string Category = "KconfigSharp";
    private static readonly string HelpLinkBase = Kconfig.Diagnostics.HelpLinks.Base;

    public static readonly DiagnosticDescriptor ImpliedSymbolUnguarded = new(
        DiagnosticIds.ImpliedSymbolUnguarded,
        "Implied Kconfig symbol read without a guard on its implier",
        "'{0}' is implied by {1}, but this read is not guarded by {2}: imply is weak, so {3} can be enabled where {1} is not",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A symbol that is the target of 'imply' may be on while the implying symbol is off; guard the read with one of its impliers.",
        helpLinkUri: HelpLinkBase + "KCONF001.md");

    public static readonly DiagnosticDescriptor RequiresKconfigUnguarded = new(
        DiagnosticIds.RequiresKconfigUnguarded,
        "Member that requires a Kconfig feature used without a guard",
        "'{0}' requires Kconfig '{1}', which is not established here: guard the use with it or mark the caller [RequiresKconfig(\"{1}\")]",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A member, type or assembly marked [RequiresKconfig] may only be used where its expression is known to hold: under a guard, or inside a member that itself requires it.",
        helpLinkUri: HelpLinkBase + "KCONF002.md");

    public static readonly DiagnosticDescriptor UnsatisfiableGuard = new(
        DiagnosticIds.UnsatisfiableGuard,
        "Kconfig guard condition is false in every valid configuration",
        "The condition '{0}' is false in every valid Kconfig configuration (it contradicts the dependencies and selects of {1})",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The guarded code can never run: the Kconfig model (depends on, select) rules the condition out.",
        helpLinkUri: HelpLinkBase + "KCONF003.md");

    public static readonly DiagnosticDescriptor InvalidAttributeExpression = new(
        DiagnosticIds.InvalidAttributeExpression,
        "Invalid Kconfig expression in an attribute",
        "[{0}(\"{1}\")]: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The expression of [RequiresKconfig] or [KconfigGuard] must parse as a Kconfig expression and name only symbols the compilation's FeatureFlags types define.",
        helpLinkUri: HelpLinkBase + "KCONF004.md");

    public static readonly DiagnosticDescriptor AnalyzerFailure = new(
        "KCONF000",
        "KconfigSharp analysis failed",
        "KconfigSharp guard analysis failed in this member and was skipped: {0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An internal error in the guard analysis; please report it. The analysis never throws into the compiler.",
        helpLinkUri: HelpLinkBase + "KCONF000.md");

    public static readonly DiagnosticDescriptor UnreadableFlagMetadata = new(
        "KCONF000",
        "KconfigSharp analysis failed",
        "KconfigSharp guard analysis cannot read [{0}(\"{1}\")] on this member and leaves that relation out: {2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A metadata attribute the generator wrote does not parse as a Kconfig expression; the guard analysis knows less about this flag (never something false). Please report it.",
        helpLinkUri: HelpLinkBase + "KCONF000.md");

    public static readonly SuppressionDescriptor UnreachableCodeSuppression = new(
        DiagnosticIds.UnreachableCodeSuppression,
        "CS0162",
        "The code is unreachable only in this configuration: the condition reads a const Kconfig flag");

    public static readonly SuppressionDescriptor UnreachableExpressionSuppression = new(
        DiagnosticIds.UnreachableCodeSuppression,
        "CS0429",
        "The expression is unreachable only in this configuration: the condition reads a const Kconfig flag");
}
