using KconfigSharp.Analyzers.Guards;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = KconfigSharp.Analyzers.Tests.AnalyzerVerifier<KconfigSharp.Analyzers.Guards.GuardAnalyzer>;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>Messages, properties and robustness of KCONF001/002/003.</summary>
[Collection(Robustness.GuardAnalyzerHookCollection.Name)]
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
        // Only the block holding the trigger throws: other tests run in parallel with this hook set.
        GuardAnalyzer.OnAnalyzeBlock = block =>
        {
            if (block.Syntax.ToString().Contains("Kconf000Trigger"))
            {
                throw new InvalidOperationException("boom");
            }
        };
        try
        {
            await Verifier.VerifyAsync(
                """
                using SampleApp;
                class C
                {
                    bool M() {|#0:{ /* Kconf000Trigger */ return FeatureFlags.Linux; }|}
                }
                """,
                FlagMode.Readonly,
                Verifier.Diagnostic("KCONF000").WithArguments("InvalidOperationException: boom"));
        }
        finally
        {
            GuardAnalyzer.OnAnalyzeBlock = null;
        }
    }
}
