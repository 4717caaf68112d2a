using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KconfigSharp.Analyzers.Tests;

public sealed class ImpliedSymbolAnalyzerTests
{
    private static Task VerifyAsync(string code, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ImpliedSymbolAnalyzer, DefaultVerifier>
        {
            TestState = { Sources = { code, FeatureFlagsFixture.Source, AttributeSource.Text } },
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Unguarded_read_of_an_implied_symbol_is_KCONF001() => VerifyAsync(
        """
        using SampleApp;
        class C
        {
            bool M() => {|#0:FeatureFlags.Multiprocess|};
        }
        """,
        new DiagnosticResult("KCONF001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Multiprocess", "MULTIPROCESS_ALLOWED", "MULTIPROCESS_ALLOWED", "MULTIPROCESS"));

    [Fact]
    public Task Read_inside_an_if_on_the_implier_is_fine() => VerifyAsync(
        """
        using SampleApp;
        class C
        {
            bool M()
            {
                if (FeatureFlags.MultiprocessAllowed)
                {
                    return FeatureFlags.Multiprocess;
                }

                return false;
            }
        }
        """);

    [Fact]
    public Task Read_guarded_by_an_unrelated_flag_is_KCONF001() => VerifyAsync(
        """
        using SampleApp;
        class C
        {
            bool M()
            {
                if (FeatureFlags.Linux)
                {
                    return {|#0:FeatureFlags.Multiprocess|};
                }

                return false;
            }
        }
        """,
        new DiagnosticResult("KCONF001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Multiprocess", "MULTIPROCESS_ALLOWED", "MULTIPROCESS_ALLOWED", "MULTIPROCESS"));
}
