using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>KCONF005: CS0162/CS0429 caused by a const flag are suppressed; other unreachable code is not.</summary>
public sealed class UnreachableCodeSuppressorTests
{
    private static Task VerifyAsync(string code, params DiagnosticResult[] expected) => VerifyAsync(code, FlagMode.ConstOff, expected);

    private static Task VerifyAsync(string code, FlagMode mode, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UnreachableCodeSuppressor, DefaultVerifier>
        {
            TestState = { Sources = { code, FeatureFlagsFixture.For(mode), FeatureFlagsAttributes.Text } },
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Suppressed(string id, int index) =>
        DiagnosticResult.CompilerWarning(id).WithLocation(index).WithIsSuppressed(true);

    private static DiagnosticResult Kept(string id, int index) =>
        DiagnosticResult.CompilerWarning(id).WithLocation(index).WithIsSuppressed(false);

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
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_in_the_else_of_an_if_on_a_const_flag_is_suppressed() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (SampleApp.FeatureFlags.Linux) { }
                else
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        FlagMode.ConstOn,
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_in_a_while_on_a_const_flag_is_suppressed() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                while (SampleApp.FeatureFlags.Linux)
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_in_a_for_on_a_const_flag_is_suppressed() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                for (var i = 0; SampleApp.FeatureFlags.Linux; i++)
                {
                    {|#0:System|}.Console.WriteLine(i);
                }
            }
        }
        """,
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_after_a_do_loop_on_a_const_flag_is_suppressed() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                do
                {
                    System.Console.WriteLine();
                }
                while (SampleApp.FeatureFlags.Linux);
                {|#0:System|}.Console.WriteLine();
            }
        }
        """,
        FlagMode.ConstOn,
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_after_an_early_return_in_a_block_on_a_negated_flag_through_an_alias_is_suppressed() => VerifyAsync(
        """
        using F = SampleApp.FeatureFlags;
        class C
        {
            void M()
            {
                if (!(F.Linux && F.Vhost))
                {
                    System.Console.WriteLine();
                    return;
                }

                System.Console.Write(1);
            }
        }
        """.Replace("System.Console.Write(1)", "{|#0:System|}.Console.Write(1)"),
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_in_a_nested_block_under_a_const_flag_is_suppressed() => VerifyAsync(
        """
        using static SampleApp.FeatureFlags;
        class C
        {
            void M(bool b)
            {
                if (Linux)
                {
                    {|#0:if|} (b)
                    {
                        System.Console.WriteLine();
                    }
                }
            }
        }
        """,
        Suppressed("CS0162", 0));

    [Fact]
    public Task CS0162_after_a_plain_return_in_a_lambda_under_a_conditional_expression_on_a_const_flag_is_kept() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                System.Action a = SampleApp.FeatureFlags.Linux ? () => { } : () => { return; {|#0:System|}.Console.WriteLine(); };
                a();
            }
        }
        """,
        FlagMode.ConstOn,
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_after_a_plain_return_in_a_local_function_under_a_const_flag_is_kept() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (SampleApp.FeatureFlags.Linux)
                {
                    Local();
                }

                void Local()
                {
                    return;
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        FlagMode.ConstOn,
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_under_a_plain_if_false_is_kept() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (false)
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_under_a_const_that_is_not_a_flag_but_shares_a_flag_name_is_kept() => VerifyAsync(
        """
        class C
        {
            const bool Linux = false;

            void M()
            {
                if (Linux)
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_after_a_plain_return_that_follows_a_flag_guard_is_kept() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (SampleApp.FeatureFlags.Linux)
                {
                    System.Console.WriteLine();
                }

                return;
                {|#0:System|}.Console.WriteLine();
            }
        }
        """,
        FlagMode.ConstOn,
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_after_a_plain_throw_that_follows_an_early_return_on_a_flag_is_kept() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (!SampleApp.FeatureFlags.Linux)
                {
                    {|#1:return|};
                }

                throw new System.Exception();
                {|#0:System|}.Console.WriteLine();
            }
        }
        """,
        FlagMode.ConstOn,
        Kept("CS0162", 0),
        Suppressed("CS0162", 1));

    [Fact]
    public Task Readonly_flags_make_nothing_unreachable_and_plain_CS0162_stays() => VerifyAsync(
        """
        class C
        {
            void M()
            {
                if (SampleApp.FeatureFlags.Linux) return;
                return;
                {|#0:System|}.Console.WriteLine();
            }
        }
        """,
        FlagMode.Readonly,
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_under_a_local_const_that_hides_a_flag_read_by_its_bare_name_is_kept() => VerifyAsync(
        """
        using static SampleApp.FeatureFlags;
        class C
        {
            void M()
            {
                const bool Linux = false;
                if (Linux)
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        Kept("CS0162", 0));

    [Fact]
    public Task CS0162_under_a_nested_type_that_hides_the_flag_type_is_kept() => VerifyAsync(
        """
        using SampleApp;
        class C
        {
            static class FeatureFlags
            {
                public const bool Linux = false;
            }

            void M()
            {
                if (FeatureFlags.Linux)
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }

        class D
        {
            void M()
            {
                if (FeatureFlags.Linux)
                {
                    {|#1:System|}.Console.WriteLine();
                }
            }
        }
        """,
        Kept("CS0162", 0),
        Suppressed("CS0162", 1));

    [Fact]
    public Task CS0162_under_a_lambda_parameter_named_like_the_flag_type_is_judged_by_what_it_binds_to() => VerifyAsync(
        """
        using SampleApp;
        class Other
        {
            public const bool Linux = false;
        }

        class C
        {
            void M()
            {
                System.Func<Other, int> f = FeatureFlags =>
                {
                    if (Other.Linux)
                    {
                        {|#0:return|} 1;
                    }

                    return 0;
                };
                if (FeatureFlags.Linux)
                {
                    {|#1:System|}.Console.WriteLine(f(null!));
                }
            }
        }
        """,
        Kept("CS0162", 0),
        Suppressed("CS0162", 1));

    [Fact]
    public Task CS0162_under_a_flag_beside_an_inherited_const_read_bare_is_suppressed() => VerifyAsync(
        """
        class Base
        {
            protected const bool Linux = SampleApp.FeatureFlags.Linux;
        }

        class C : Base
        {
            void M()
            {
                if (SampleApp.FeatureFlags.Vhost && Linux)
                {
                    {|#0:System|}.Console.WriteLine();
                }
            }
        }
        """,
        Suppressed("CS0162", 0));

    [Fact]
    public void Reports_skip_the_search_of_every_reported_diagnostic_on_this_compiler()
    {
        // The report narrows the context's reported diagnostics through a compiler-generated field; if a Roslyn update
        // renames it, the suppressions stay right (next test) but Roslyn's quadratic search comes back: fail here instead.
        Assert.True(NarrowedSuppressionReport.Narrows);
    }

    [Fact]
    public Task Many_CS0162_suppressed_and_kept_in_turn_are_each_judged_alone() => VerifyAsync(
        string.Concat(
            "class C\n{\n",
            string.Concat(Enumerable.Range(0, 12).Select(i => i % 3 == 1
                ? $"    void M{i}() {{ if (false) {{ {{|#{i}:System|}}.Console.WriteLine(); }} }}\n"
                : $"    void M{i}() {{ if (SampleApp.FeatureFlags.Linux) {{ {{|#{i}:System|}}.Console.WriteLine(); }} }}\n")),
            "}\n"),
        Enumerable.Range(0, 12).Select(i => i % 3 == 1 ? Kept("CS0162", i) : Suppressed("CS0162", i)).ToArray());
}
