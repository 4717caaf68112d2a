using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>KCONF005: CS0162/CS0429 caused by a const flag are suppressed; other unreachable code is not.</summary>
public sealed class UnreachableCodeSuppressorTests
{
    private static Task VerifyAsync(string code, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UnreachableCodeSuppressor, DefaultVerifier>
        {
            TestState = { Sources = { code, FeatureFlagsFixture.For(FlagMode.ConstOff), FeatureFlagsAttributes.Text } },
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Suppressed(string id, int index) =>
        DiagnosticResult.CompilerWarning(id).WithLocation(index).WithIsSuppressed(true);

    [Fact]
    public Task CS0162_inside_an_if_on_a_const_flag_is_suppressed() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (SampleApp.FeatureFlags.Linux)
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_after_an_early_return_on_a_const_flag_is_suppressed() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (!SampleApp.FeatureFlags.Linux) return;
                {|#0:System|}.Console.WriteLine();
            }
        }
        """,
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_after_a_plain_return_is_kept() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                return;
                {|#0:System|}.Console.WriteLine();
            }
        }
        """,
        DiagnosticResult.CompilerWarning("CS0162").WithLocation(0));
}
