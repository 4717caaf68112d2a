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
    /// <summary>KCONF101: Kconfig syntax error.</summary>
    public static readonly KconfigDiagnosticDescriptor SyntaxError = new("KCONF101", "Kconfig syntax error", KconfigSeverity.Error);
    /// <summary>KCONF102: Unknown Kconfig keyword.</summary>
    public static readonly KconfigDiagnosticDescriptor UnknownKeyword = new("KCONF102", "Unknown Kconfig keyword", KconfigSeverity.Error);
    /// <summary>KCONF103: Attribute outside an entry.</summary>
    public static readonly KconfigDiagnosticDescriptor AttributeOutsideEntry = new("KCONF103", "Attribute outside an entry", KconfigSeverity.Error);
    /// <summary>KCONF104: Unbalanced block.</summary>
    public static readonly KconfigDiagnosticDescriptor UnbalancedBlock = new("KCONF104", "Unbalanced block", KconfigSeverity.Error);
    /// <summary>KCONF105: Unterminated string.</summary>
    public static readonly KconfigDiagnosticDescriptor UnterminatedString = new("KCONF105", "Unterminated string", KconfigSeverity.Error);

    // Symbols and definitions.
    /// <summary>KCONF110: Undefined Kconfig symbol.</summary>
    public static readonly KconfigDiagnosticDescriptor UndefinedSymbol = new("KCONF110", "Undefined Kconfig symbol", KconfigSeverity.Warning);
    /// <summary>KCONF111: Symbol defined without a type.</summary>
    public static readonly KconfigDiagnosticDescriptor UntypedSymbol = new("KCONF111", "Symbol defined without a type", KconfigSeverity.Warning);
    /// <summary>KCONF112: Symbol type redefined.</summary>
    public static readonly KconfigDiagnosticDescriptor TypeRedefinition = new("KCONF112", "Symbol type redefined", KconfigSeverity.Warning);
    /// <summary>KCONF113: Invalid constant for the symbol's type.</summary>
    public static readonly KconfigDiagnosticDescriptor BadConstant = new("KCONF113", "Invalid constant for the symbol's type", KconfigSeverity.Warning);
    /// <summary>KCONF114: Choice problem.</summary>
    public static readonly KconfigDiagnosticDescriptor ChoiceProblem = new("KCONF114", "Choice problem", KconfigSeverity.Warning);
    /// <summary>KCONF115: Attribute not allowed here.</summary>
    public static readonly KconfigDiagnosticDescriptor AttributeNotAllowed = new("KCONF115", "Attribute not allowed here", KconfigSeverity.Warning);
    /// <summary>KCONF116: Transitional symbol with properties other than help.</summary>
    public static readonly KconfigDiagnosticDescriptor TransitionalWithProperties = new("KCONF116", "Transitional symbol with properties other than help", KconfigSeverity.Error);

    // Inclusion.
    /// <summary>KCONF120: Sourced file not found.</summary>
    public static readonly KconfigDiagnosticDescriptor MissingSourcedFile = new("KCONF120", "Sourced file not found", KconfigSeverity.Error);
    /// <summary>KCONF121: Recursive source.</summary>
    public static readonly KconfigDiagnosticDescriptor RecursiveSource = new("KCONF121", "Recursive source", KconfigSeverity.Error);
    /// <summary>KCONF122: File sourced more than once.</summary>
    public static readonly KconfigDiagnosticDescriptor RepeatedSource = new("KCONF122", "File sourced more than once", KconfigSeverity.Warning);
    /// <summary>KCONF123: Sourced path is not a regular file.</summary>
    public static readonly KconfigDiagnosticDescriptor UnreadableSourcedFile = new("KCONF123", "Sourced path is not a regular file", KconfigSeverity.Error);

    // Macros and shell.
    /// <summary>KCONF130: Macro error.</summary>
    public static readonly KconfigDiagnosticDescriptor MacroError = new("KCONF130", "Macro error", KconfigSeverity.Error);
    /// <summary>KCONF131: Macro info or warning.</summary>
    public static readonly KconfigDiagnosticDescriptor MacroMessage = new("KCONF131", "Macro info or warning", KconfigSeverity.Warning);
    /// <summary>KCONF132: $(shell,...) not run.</summary>
    public static readonly KconfigDiagnosticDescriptor ShellNotRun = new("KCONF132", "$(shell,...) not run", KconfigSeverity.Warning);
    /// <summary>KCONF133: Undefined environment variable.</summary>
    public static readonly KconfigDiagnosticDescriptor UndefinedEnvironmentVariable = new("KCONF133", "Undefined environment variable", KconfigSeverity.Warning);

    // Resolution.
    /// <summary>KCONF140: Recursive dependency.</summary>
    public static readonly KconfigDiagnosticDescriptor DependencyLoop = new("KCONF140", "Recursive dependency", KconfigSeverity.Error);
    /// <summary>KCONF141: Select of a symbol with unmet direct dependencies.</summary>
    public static readonly KconfigDiagnosticDescriptor SelectUnmetDependency = new("KCONF141", "Select of a symbol with unmet direct dependencies", KconfigSeverity.Warning);
    /// <summary>KCONF142: Contradiction between clauses.</summary>
    public static readonly KconfigDiagnosticDescriptor Contradiction = new("KCONF142", "Contradiction between clauses", KconfigSeverity.Error);
    /// <summary>KCONF143: select/imply of a choice symbol has no effect.</summary>
    public static readonly KconfigDiagnosticDescriptor ChoiceSelectIgnored = new("KCONF143", "select/imply of a choice symbol has no effect", KconfigSeverity.Warning);

    // Values files and defines.
    /// <summary>KCONF150: Value for an unknown symbol.</summary>
    public static readonly KconfigDiagnosticDescriptor ValueForUnknownSymbol = new("KCONF150", "Value for an unknown symbol", KconfigSeverity.Warning);
    /// <summary>KCONF151: Value of the wrong type.</summary>
    public static readonly KconfigDiagnosticDescriptor ValueWrongType = new("KCONF151", "Value of the wrong type", KconfigSeverity.Warning);
    /// <summary>KCONF152: Value out of range.</summary>
    public static readonly KconfigDiagnosticDescriptor ValueOutOfRange = new("KCONF152", "Value out of range", KconfigSeverity.Warning);
    /// <summary>KCONF153: Value ignored: symbol has no prompt.</summary>
    public static readonly KconfigDiagnosticDescriptor ValueIgnoredNoPrompt = new("KCONF153", "Value ignored: symbol has no prompt", KconfigSeverity.Warning);
    /// <summary>KCONF154: Value ignored: unmet dependency.</summary>
    public static readonly KconfigDiagnosticDescriptor ValueIgnoredUnmetDependency = new("KCONF154", "Value ignored: unmet dependency", KconfigSeverity.Warning);
    /// <summary>KCONF155: Malformed values-file line.</summary>
    public static readonly KconfigDiagnosticDescriptor MalformedValuesLine = new("KCONF155", "Malformed values-file line", KconfigSeverity.Warning);
    /// <summary>KCONF156: Symbol set twice in one values file.</summary>
    public static readonly KconfigDiagnosticDescriptor ValueSetTwice = new("KCONF156", "Symbol set twice in one values file", KconfigSeverity.Warning);

    // Limits and generation.
    /// <summary>KCONF160: Input exceeds a limit.</summary>
    public static readonly KconfigDiagnosticDescriptor LimitExceeded = new("KCONF160", "Input exceeds a limit", KconfigSeverity.Error);
    /// <summary>KCONF170: Generated member name collision.</summary>
    public static readonly KconfigDiagnosticDescriptor NameCollision = new("KCONF170", "Generated member name collision", KconfigSeverity.Warning);
    /// <summary>KCONF171: Symbol name too long for a C# member.</summary>
    public static readonly KconfigDiagnosticDescriptor NameShortened = new("KCONF171", "Symbol name too long for a C# member", KconfigSeverity.Warning);

    /// <summary>All descriptors, for documentation checks and the generator's descriptor table.</summary>
    public static IReadOnlyList<KconfigDiagnosticDescriptor> All { get; } =
    [
        SyntaxError, UnknownKeyword, AttributeOutsideEntry, UnbalancedBlock, UnterminatedString,
        UndefinedSymbol, UntypedSymbol, TypeRedefinition, BadConstant, ChoiceProblem, AttributeNotAllowed, TransitionalWithProperties,
        MissingSourcedFile, RecursiveSource, RepeatedSource, UnreadableSourcedFile,
        MacroError, MacroMessage, ShellNotRun, UndefinedEnvironmentVariable,
        DependencyLoop, SelectUnmetDependency, Contradiction, ChoiceSelectIgnored,
        ValueForUnknownSymbol, ValueWrongType, ValueOutOfRange, ValueIgnoredNoPrompt, ValueIgnoredUnmetDependency, MalformedValuesLine, ValueSetTwice,
        LimitExceeded, NameCollision, NameShortened,
    ];
}
