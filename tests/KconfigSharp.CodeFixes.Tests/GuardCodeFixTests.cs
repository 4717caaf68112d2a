using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Analyzers.Tests;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KconfigSharp.CodeFixes.Tests;

/// <summary>Each fix's exact output (SPEC §6), and Fix All.</summary>
public sealed class GuardCodeFixTests
{
    private static Task VerifyAsync(string source, string fixedSource, string equivalenceKey, int iterations = 1)
    {
        var test = new CSharpCodeFixTest<GuardAnalyzer, GuardCodeFixProvider, DefaultVerifier>
        {
            TestState = { Sources = { source, FeatureFlagsFixture.Source, FeatureFlagsAttributes.Text } },
            FixedState = { Sources = { fixedSource, FeatureFlagsFixture.Source, FeatureFlagsAttributes.Text } },
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Wrap_an_implied_read_in_a_guard_on_its_implier() => VerifyAsync(
        """
        using SampleApp;

        class C
        {
            void M()
            {
                System.Console.WriteLine({|KCONF001:FeatureFlags.Multiprocess|});
            }
        }
        """,
        """
        using SampleApp;

        class C
        {
            void M()
            {
                if (FeatureFlags.MultiprocessAllowed)
                {
                    System.Console.WriteLine(FeatureFlags.Multiprocess);
                }
            }
        }
        """,
        "Wrap:MULTIPROCESS_ALLOWED");

    [Fact]
    public Task Wrap_with_the_weakest_guard_that_works() => VerifyAsync(
        """
        using SampleApp;

        class C
        {
            void M()
            {
                System.Console.WriteLine({|KCONF001:FeatureFlags.Ipv6Chain|});
            }
        }
        """,
        """
        using SampleApp;

        class C
        {
            void M()
            {
                if (FeatureFlags.NetIpv6)
                {
                    System.Console.WriteLine(FeatureFlags.Ipv6Chain);
                }
            }
        }
        """,
        "Wrap:NET_IPV6");

    [Fact]
    public Task Wrap_a_call_that_requires_Kconfig() => VerifyAsync(
        """
        using KconfigSharp;

        class C
        {
            [RequiresKconfig("LINUX && VHOST")]
            static void Vhost() { }

            void M()
            {
                {|KCONF002:Vhost()|};
            }
        }
        """,
        """
        using KconfigSharp;

        class C
        {
            [RequiresKconfig("LINUX && VHOST")]
            static void Vhost() { }

            void M()
            {
                if (SampleApp.FeatureFlags.Linux && SampleApp.FeatureFlags.Vhost)
                {
                    Vhost();
                }
            }
        }
        """,
        "Wrap:LINUX && VHOST");

    [Fact]
    public Task Extend_the_nearest_guard() => VerifyAsync(
        """
        using SampleApp;

        class C
        {
            void M(bool verbose)
            {
                if (verbose)
                {
                    System.Console.WriteLine({|KCONF001:FeatureFlags.Multiprocess|});
                }
            }
        }
        """,
        """
        using SampleApp;

        class C
        {
            void M(bool verbose)
            {
                if (verbose && FeatureFlags.MultiprocessAllowed)
                {
                    System.Console.WriteLine(FeatureFlags.Multiprocess);
                }
            }
        }
        """,
        "Extend:MULTIPROCESS_ALLOWED");

    [Fact]
    public Task Add_RequiresKconfig_to_the_containing_member() => VerifyAsync(
        """
        using KconfigSharp;

        class C
        {
            [RequiresKconfig("LINUX")]
            static void Linux() { }

            void M()
            {
                {|KCONF002:Linux()|};
            }
        }
        """,
        """
        using KconfigSharp;

        class C
        {
            [RequiresKconfig("LINUX")]
            static void Linux() { }

            [RequiresKconfig("LINUX")]
            void M()
            {
                Linux();
            }
        }
        """,
        "Require:LINUX");

    [Fact]
    public Task Fix_all_wraps_every_unguarded_read() => VerifyAsync(
        """
        using SampleApp;

        class C
        {
            void M()
            {
                System.Console.WriteLine({|KCONF001:FeatureFlags.Multiprocess|});
                System.Console.WriteLine(FeatureFlags.Linux);
                System.Console.WriteLine({|KCONF001:FeatureFlags.Multiprocess|});
            }
        }
        """,
        """
        using SampleApp;

        class C
        {
            void M()
            {
                if (FeatureFlags.MultiprocessAllowed)
                {
                    System.Console.WriteLine(FeatureFlags.Multiprocess);
                }
                System.Console.WriteLine(FeatureFlags.Linux);
                if (FeatureFlags.MultiprocessAllowed)
                {
                    System.Console.WriteLine(FeatureFlags.Multiprocess);
                }
            }
        }
        """,
        "Wrap:MULTIPROCESS_ALLOWED",
        iterations: 2);
}
