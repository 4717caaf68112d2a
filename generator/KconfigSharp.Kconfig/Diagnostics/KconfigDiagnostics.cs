using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>
/// Every diagnostic the Kconfig core reports (KCONF1xx). The generator maps each to a Roslyn
/// descriptor with the same ID; the CLI prints them in MSBuild canonical form. Each ID has a page
/// <c>docs/diagnostics/KCONFxxx.md</c>.
/// </summary>
public static class KconfigDiagnostics
{
    // Syntax (parser and lexer).
    public static readonly KconfigDiagnosticDescriptor SyntaxError = new("KCONF101", "Kconfig syntax error", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor UnknownKeyword = new("KCONF102", "Unknown Kconfig keyword", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor AttributeOutsideEntry = new("KCONF103", "Attribute outside an entry", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor UnbalancedBlock = new("KCONF104", "Unbalanced block", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor UnterminatedString = new("KCONF105", "Unterminated string", KconfigSeverity.Error);

    // Symbols and definitions.
    public static readonly KconfigDiagnosticDescriptor UndefinedSymbol = new("KCONF110", "Undefined Kconfig symbol", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor UntypedSymbol = new("KCONF111", "Symbol defined without a type", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor TypeRedefinition = new("KCONF112", "Symbol type redefined", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor BadConstant = new("KCONF113", "Invalid constant for the symbol's type", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor ChoiceProblem = new("KCONF114", "Choice problem", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor AttributeNotAllowed = new("KCONF115", "Attribute not allowed here", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor TransitionalWithProperties = new("KCONF116", "Transitional symbol with properties other than help", KconfigSeverity.Error);

    // Inclusion.
    public static readonly KconfigDiagnosticDescriptor MissingSourcedFile = new("KCONF120", "Sourced file not found", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor RecursiveSource = new("KCONF121", "Recursive source", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor RepeatedSource = new("KCONF122", "File sourced more than once", KconfigSeverity.Warning);

    // Macros and shell.
    public static readonly KconfigDiagnosticDescriptor MacroError = new("KCONF130", "Macro error", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor MacroMessage = new("KCONF131", "Macro info or warning", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor ShellNotRun = new("KCONF132", "$(shell,...) not run", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor UndefinedEnvironmentVariable = new("KCONF133", "Undefined environment variable", KconfigSeverity.Warning);

    // Resolution.
    public static readonly KconfigDiagnosticDescriptor DependencyLoop = new("KCONF140", "Recursive dependency", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor SelectUnmetDependency = new("KCONF141", "Select of a symbol with unmet direct dependencies", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor Contradiction = new("KCONF142", "Contradiction between clauses", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor ChoiceSelectIgnored = new("KCONF143", "select/imply of a choice symbol has no effect", KconfigSeverity.Warning);

    // Values files and defines.
    public static readonly KconfigDiagnosticDescriptor ValueForUnknownSymbol = new("KCONF150", "Value for an unknown symbol", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor ValueWrongType = new("KCONF151", "Value of the wrong type", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor ValueOutOfRange = new("KCONF152", "Value out of range", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor ValueIgnoredNoPrompt = new("KCONF153", "Value ignored: symbol has no prompt", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor ValueIgnoredUnmetDependency = new("KCONF154", "Value ignored: unmet dependency", KconfigSeverity.Warning);
    public static readonly KconfigDiagnosticDescriptor MalformedValuesLine = new("KCONF155", "Malformed values-file line", KconfigSeverity.Warning);

    // Limits and generation.
    public static readonly KconfigDiagnosticDescriptor LimitExceeded = new("KCONF160", "Input exceeds a limit", KconfigSeverity.Error);
    public static readonly KconfigDiagnosticDescriptor NameCollision = new("KCONF170", "Generated member name collision", KconfigSeverity.Warning);

    /// <summary>All descriptors, for documentation checks and the generator's descriptor table.</summary>
    public static IReadOnlyList<KconfigDiagnosticDescriptor> All { get; } =
    [
        SyntaxError, UnknownKeyword, AttributeOutsideEntry, UnbalancedBlock, UnterminatedString,
        UndefinedSymbol, UntypedSymbol, TypeRedefinition, BadConstant, ChoiceProblem, AttributeNotAllowed, TransitionalWithProperties,
        MissingSourcedFile, RecursiveSource, RepeatedSource,
        MacroError, MacroMessage, ShellNotRun, UndefinedEnvironmentVariable,
        DependencyLoop, SelectUnmetDependency, Contradiction, ChoiceSelectIgnored,
        ValueForUnknownSymbol, ValueWrongType, ValueOutOfRange, ValueIgnoredNoPrompt, ValueIgnoredUnmetDependency, MalformedValuesLine,
        LimitExceeded, NameCollision,
    ];
}
