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

    /// <summary>
    /// KCONF001 names the weakest guard that works: the conjuncts of an imply condition that the implier
    /// already brings (its depends-on chain, what it selects, the other choice members being off) are
    /// dropped; what it does not bring (another symbol, a symbol that is only implied) stays.
    /// </summary>
    [Theory]
    [InlineData("Ipv6Extra", "NET_IPV6", "NET_IPV6", "IPV6_EXTRA")]
    [InlineData("Ipv6Chain", "NET_IPV6", "NET_IPV6", "IPV6_CHAIN")]
    [InlineData("Ipv6Crypto", "NET_IPV6", "NET_IPV6", "IPV6_CRYPTO")]
    [InlineData("Ipv6Debug", "NET_IPV6", "NET_IPV6 && VHOST", "IPV6_DEBUG")]
    [InlineData("RtTrace", "SCHED_RT", "SCHED_RT", "RT_TRACE")]
    [InlineData("MpExtra", "MULTIPROCESS_ALLOWED", "MULTIPROCESS_ALLOWED && MULTIPROCESS", "MP_EXTRA")]
    public Task KCONF001_names_the_weakest_guard_that_works(string member, string impliers, string guard, string name) => Verifier.VerifyAllModesAsync(
        "using SampleApp;\nclass C\n{\n    bool M() => {|#0:FeatureFlags." + member + "|};\n}\n",
        Verifier.Diagnostic("KCONF001").WithArguments(member, impliers, guard, name));

    /// <summary>The guard the message names is enough: written alone, it silences KCONF001.</summary>
    [Theory]
    [InlineData("if (F.NetIpv6) Api.Use(F.Ipv6Extra);")]
    [InlineData("if (F.NetIpv6) Api.Use(F.Ipv6Chain);")]
    [InlineData("if (F.NetIpv6) Api.Use(F.Ipv6Crypto);")]
    [InlineData("if (F.NetIpv6 && F.Vhost) Api.Use(F.Ipv6Debug);")]
    [InlineData("if (F.NetIpv6) Api.Use({|KCONF001:F.Ipv6Debug|});")]
    [InlineData("if (F.SchedRt) Api.Use(F.RtTrace);")]
    [InlineData("if (F.MultiprocessAllowed && F.Multiprocess) Api.Use(F.MpExtra);")]
    [InlineData("if (F.MultiprocessAllowed) Api.Use({|KCONF001:F.MpExtra|});")]
    public Task The_named_guard_alone_satisfies_KCONF001(string body) => Verifier.VerifyAllModesAsync(
        "using F = SampleApp.FeatureFlags;\nstatic class Api { public static void Use(bool value) { } }\nclass C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n");

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
