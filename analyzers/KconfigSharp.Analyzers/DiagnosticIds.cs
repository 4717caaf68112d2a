namespace KconfigSharp.Analyzers;

/// <summary>IDs of the analyzer rules (SPEC §6).</summary>
internal static class DiagnosticIds
{
    public const string ImpliedSymbolUnguarded = "KCONF001";
    public const string RequiresKconfigUnguarded = "KCONF002";
    public const string UnsatisfiableGuard = "KCONF003";
    public const string InvalidAttributeExpression = "KCONF004";
    public const string UnreachableCodeSuppression = "KCONF005";
}
