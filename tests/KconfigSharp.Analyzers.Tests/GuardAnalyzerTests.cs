using Microsoft.CodeAnalysis.Diagnostics;
using KconfigSharp.Analyzers.Guards;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = KconfigSharp.Analyzers.Tests.AnalyzerVerifier<KconfigSharp.Analyzers.Guards.GuardAnalyzer>;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>Messages, properties and robustness of KCONF001/002/003.</summary>
public sealed class GuardAnalyzerTests
{
    [Fact]
    public Task Unguarded_read_of_an_implied_symbol_is_KCONF001_with_the_message() => Verifier.VerifyAllModesAsync(
        """
        using SampleApp;
        class C
        {
            bool M() => {|#0:FeatureFlags.Multiprocess|};
        }
        """,
        Verifier.Diagnostic("KCONF001").WithArguments("Multiprocess", "MULTIPROCESS_ALLOWED", "MULTIPROCESS_ALLOWED", "MULTIPROCESS"));

    [Fact]
    public Task Conditional_imply_names_the_condition_in_the_message() => Verifier.VerifyAllModesAsync(
        """
        using SampleApp;
        class C
        {
            bool M() => FeatureFlags.Linux && {|#0:FeatureFlags.VhostUser|};
        }
        """,
        Verifier.Diagnostic("KCONF001").WithArguments("VhostUser", "LINUX", "LINUX && VHOST", "VHOST_USER"));

    [Fact]
    public Task Unguarded_call_of_a_RequiresKconfig_method_is_KCONF002_with_the_message() => Verifier.VerifyAllModesAsync(
        """
        using KconfigSharp;
        class C
        {
            [RequiresKconfig("LINUX && VHOST")] static void Vhost() { }
            void M() => {|#0:Vhost()|};
        }
        """,
        Verifier.Diagnostic("KCONF002").WithArguments("Vhost", "LINUX && VHOST"));

    [Fact]
    public Task Contradicting_guard_is_KCONF003_with_the_message() => Verifier.VerifyAllModesAsync(
        """
        using SampleApp;
        class C
        {
            void M()
            {
                if ({|#0:FeatureFlags.Fuzz && !FeatureFlags.SparseMem|}) { }
            }
        }
        """,
        Verifier.Diagnostic("KCONF003").WithArguments("FeatureFlags.Fuzz && !FeatureFlags.SparseMem", "FUZZ, SPARSE_MEM"));

    [Fact]
    public async Task An_internal_failure_is_one_KCONF000_warning_not_AD0001()
    {
        // Only the block holding the trigger throws, through this analyzer instance's own test seam.
        var guard = new GuardAnalyzer(
            onAnalyzeBlock: block =>
            {
                if (block.Syntax.ToString().Contains("Kconf000Trigger"))
                {
                    throw new InvalidOperationException("boom");
                }
            },
            runAnalysis: null);
        var compilation = Robustness.SmallStackCompilation.Compile(FlagMode.Readonly, """
            using SampleApp;
            class C
            {
                bool M() { /* Kconf000Trigger */ return FeatureFlags.Linux; }
                bool N() { return FeatureFlags.Linux; }
            }
            """);
        var options = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
            new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([guard], options).GetAllDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var failure = Assert.Single(diagnostics, d => d.Id == "KCONF000");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, failure.Severity);
        Assert.Contains("InvalidOperationException: boom", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Kconf000Trigger", failure.Location.SourceTree!.GetText().ToString(failure.Location.SourceSpan), StringComparison.Ordinal);
    }
}
