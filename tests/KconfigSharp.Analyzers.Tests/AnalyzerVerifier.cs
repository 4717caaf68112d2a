using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>Runs an analyzer over code + the FeatureFlags fixture + the generator's attribute source.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Verifies under const-on, const-off, readonly and table-metadata flags: the diagnostics must not change.</summary>
    public static async Task VerifyAllModesAsync(string code, params DiagnosticResult[] expected)
    {
        foreach (var mode in new[] { FlagMode.ConstOn, FlagMode.ConstOff, FlagMode.Readonly, FlagMode.Table })
        {
            await VerifyAsync(code, mode, expected);
        }
    }

    /// <summary>Verifies one mode.</summary>
    public static Task VerifyAsync(string code, FlagMode mode, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestState = { Sources = { code, FeatureFlagsFixture.For(mode), FeatureFlagsAttributes.Text } },
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A diagnostic result for <paramref name="id"/> at markup location <paramref name="index"/>.</summary>
    public static DiagnosticResult Diagnostic(string id, int index = 0) =>
        new DiagnosticResult(id, id == "KCONF004" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning).WithLocation(index);
}
