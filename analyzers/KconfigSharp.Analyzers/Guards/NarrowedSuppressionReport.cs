using System;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// Reports a suppression through Roslyn's own checks without its search of every reported diagnostic.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="SuppressionAnalysisContext.ReportSuppression"/> first checks that the suppressed diagnostic is one of
/// <see cref="SuppressionAnalysisContext.ReportedDiagnostics"/> by a linear search (<c>ImmutableArray.Contains</c>, one
/// <c>Diagnostic.Equals</c> per earlier diagnostic), so suppressing most of n CS0162 costs n²/2 comparisons: on the
/// 2,000-file shape (6,720 suppressed) a fifth of our analyzers' time (docs/performance.md, "analyzers, session
/// 2026-11-29 (afternoon)"). The suppressor takes each diagnostic from that array, so the search's answer is known.
/// </para>
/// <para>
/// So the report goes through a copy of the context whose reported diagnostics are the one being suppressed, and
/// Roslyn's checks (the diagnostic was reported, the descriptor is supported, it is not disabled) run on it as before.
/// The context has no public constructor: the copy's array is set through the property's compiler-generated backing
/// field, found by reflection once per process. A Roslyn without that field (or one where setting it fails) gets the
/// context as it is: the same suppressions, at the search's cost.
/// </para>
/// </remarks>
internal static class NarrowedSuppressionReport
{
    private static FieldInfo? s_reportedDiagnostics = FindReportedDiagnosticsField();

    /// <summary>Whether reports skip Roslyn's search (the backing field was found and has the property's type).</summary>
    public static bool Narrows => s_reportedDiagnostics is not null;

    /// <summary>
    /// Reports <paramref name="suppression"/>, whose diagnostic is one of <paramref name="narrowed"/>'s reported
    /// diagnostics, through <paramref name="narrowed"/>: a copy of the suppressor's context that this changes (keep
    /// the context itself for reading <see cref="SuppressionAnalysisContext.ReportedDiagnostics"/>).
    /// </summary>
    public static void Report(ref SuppressionAnalysisContext narrowed, Suppression suppression)
    {
        if (s_reportedDiagnostics is { } field)
        {
            try
            {
                field.SetValueDirect(__makeref(narrowed), ImmutableArray.Create(suppression.SuppressedDiagnostic));
            }
            catch (Exception e) when (e is FieldAccessException or ArgumentException or NotSupportedException)
            {
                // The field is there but cannot be set on this runtime: the copy still holds an array with the
                // diagnostic (a narrowed one, or the original), so the report below is right either way.
                s_reportedDiagnostics = null;
            }
        }

        narrowed.ReportSuppression(suppression);
    }

    private static FieldInfo? FindReportedDiagnosticsField()
    {
        var field = typeof(SuppressionAnalysisContext).GetField(
            "<" + nameof(SuppressionAnalysisContext.ReportedDiagnostics) + ">k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic);
        return field?.FieldType == typeof(ImmutableArray<Diagnostic>) ? field : null;
    }
}
