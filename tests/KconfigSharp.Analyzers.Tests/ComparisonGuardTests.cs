using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// Comparisons (<c>= != &lt; &lt;= &gt; &gt;=</c>) in generated metadata and in <c>[RequiresKconfig]</c> are read
/// with the core's grammar: a dependency such as <c>BASE &amp;&amp; N &gt; 3</c> still says "BASE", and a
/// comparison is a fact of its own.
/// </summary>
public sealed class ComparisonGuardTests
{
    /// <summary>
    /// X depends on BASE and N &gt; 3; Z is implied by BASE; S is selected by T if N &gt;= 4; W is implied by S.
    /// </summary>
    private const string Flags = """
        namespace SampleApp
        {
            internal static partial class FeatureFlags
            {
                [global::KconfigSharp.KconfigSymbol("BASE")]
                public static readonly bool Base = true;

                [global::KconfigSharp.KconfigSymbol("N")]
                public static readonly int N = 5;

                [global::KconfigSharp.KconfigSymbol("X")]
                [global::KconfigSharp.KconfigDependsOn("BASE && N > 3")]
                public static readonly bool X = true;

                [global::KconfigSharp.KconfigSymbol("Z")]
                [global::KconfigSharp.KconfigImpliedBy("BASE")]
                public static readonly bool Z = true;

                [global::KconfigSharp.KconfigSymbol("T")]
                public static readonly bool T = true;

                [global::KconfigSharp.KconfigSymbol("S")]
                [global::KconfigSharp.KconfigSelectedBy("T", "N >= 4")]
                public static readonly bool S = true;

                [global::KconfigSharp.KconfigSymbol("W")]
                [global::KconfigSharp.KconfigImpliedBy("S")]
                public static readonly bool W = true;
            }
        }
        """;

    private static Task Verify<TAnalyzer>(string code, string flags, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestState = { Sources = { code, flags, FeatureFlagsAttributes.Text } },
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expect(string id, int index = 0) =>
        new DiagnosticResult(id, id == "KCONF004" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning).WithLocation(index);

    [Fact]
    public Task A_comparison_in_depends_on_keeps_the_rest_of_the_dependency() => Verify<Guards.GuardAnalyzer>(
        """
        using SampleApp;
        class C
        {
            bool M() => FeatureFlags.X && FeatureFlags.Z;
        }
        """,
        Flags);

    [Fact]
    public Task Without_the_dependency_the_implied_read_is_still_KCONF001() => Verify<Guards.GuardAnalyzer>(
        """
        using SampleApp;
        class C
        {
            bool M() => FeatureFlags.T && {|#0:FeatureFlags.Z|};
        }
        """,
        Flags,
        Expect("KCONF001").WithArguments("Z", "BASE", "BASE", "Z"));

    [Fact]
    public Task A_select_if_comparison_applies_where_the_comparison_is_established() => Verify<Guards.GuardAnalyzer>(
        """
        using KconfigSharp;
        using SampleApp;
        class C
        {
            [RequiresKconfig("N >= 4")]
            bool M() => FeatureFlags.T && FeatureFlags.W;
        }
        """,
        Flags);

    [Fact]
    public Task A_select_if_comparison_does_not_apply_where_it_is_unknown() => Verify<Guards.GuardAnalyzer>(
        """
        using SampleApp;
        class C
        {
            bool M() => FeatureFlags.T && {|#0:FeatureFlags.W|};
        }
        """,
        Flags,
        Expect("KCONF001").WithArguments("W", "S", "S", "W"));

    [Fact]
    public Task RequiresKconfig_with_a_comparison_is_established_by_a_dependency() => Verify<Guards.GuardAnalyzer>(
        """
        using KconfigSharp;
        using SampleApp;
        class C
        {
            [RequiresKconfig("N > 3")] static void Big() { }
            void M()
            {
                if (FeatureFlags.X)
                {
                    Big();
                }

                {|#0:Big()|};
            }
        }
        """,
        Flags,
        Expect("KCONF002").WithArguments("Big", "N > 3"));

    [Fact]
    public Task RequiresKconfig_with_a_comparison_is_established_by_the_same_requirement() => Verify<Guards.GuardAnalyzer>(
        """
        using KconfigSharp;
        class C
        {
            [RequiresKconfig("N >= 4")] static void Big() { }
            [RequiresKconfig("BASE && N >= 4")] void Caller() => Big();
            [RequiresKconfig("N <= 4")] void Other() => {|#0:Big()|};
        }
        """,
        Flags,
        Expect("KCONF002").WithArguments("Big", "N >= 4"));

    [Theory]
    [InlineData("N >= 4")]
    [InlineData("N < 4 || N != 7")]
    [InlineData("!(N <= 2) && BASE = y")]
    [InlineData("N = 0x10")]
    public Task Every_comparison_operator_parses_in_RequiresKconfig(string expression) => Verify<Guards.AttributeExpressionAnalyzer>(
        "using KconfigSharp;\nclass C\n{\n    [RequiresKconfig(\"" + expression + "\")] void M() { }\n}\n",
        Flags);

    [Fact]
    public Task A_comparison_still_names_only_known_symbols() => Verify<Guards.AttributeExpressionAnalyzer>(
        "using KconfigSharp;\nclass C\n{\n    [{|#0:RequiresKconfig(\"NOPE >= 4\")|}] void M() { }\n}\n",
        Flags,
        Expect("KCONF004").WithArguments("RequiresKconfig", "NOPE >= 4", "'NOPE' is not a Kconfig symbol of this compilation (no member has [KconfigSymbol(\"NOPE\")])"));

    [Fact]
    public Task Metadata_that_does_not_parse_is_KCONF000_on_the_member() => Verify<Guards.FlagMetadataAnalyzer>(
        "class C { }",
        """
        namespace SampleApp
        {
            internal static partial class FeatureFlags
            {
                [global::KconfigSharp.KconfigSymbol("A")]
                public static readonly bool A = true;

                [global::KconfigSharp.KconfigSymbol("B")]
                [global::KconfigSharp.KconfigDependsOn("A &&")]
                [global::KconfigSharp.KconfigSelectedBy("A", "(A")]
                public static readonly bool {|#0:{|#1:B|}|} = true;
            }
        }
        """,
        Expect("KCONF000", 0).WithArguments("KconfigDependsOn", "A &&", "expected a symbol or constant, found end of file (at position 5)"),
        Expect("KCONF000", 1).WithArguments("KconfigSelectedBy", "(A", "expected ')', found end of file (at position 3)"));

    [Fact]
    public Task Metadata_in_a_class_table_that_does_not_parse_is_KCONF000_on_the_member() => Verify<Guards.FlagMetadataAnalyzer>(
        "class C { }",
        """
        namespace SampleApp
        {
            [global::KconfigSharp.KconfigTable("1P\n2\n(A\nA &&\nA\nB\t\t1\t\tA:0\n")]
            internal static partial class FeatureFlags
            {
                public static readonly bool A = true;

                public static readonly bool {|#0:{|#1:B|}|} = true;
            }
        }
        """,
        Expect("KCONF000", 0).WithArguments("KconfigDependsOn", "A &&", "expected a symbol or constant, found end of file (at position 5)"),
        Expect("KCONF000", 1).WithArguments("KconfigSelectedBy", "(A", "expected ')', found end of file (at position 3)"));

    /// <summary>
    /// The check runs per file (not per member): a member whose metadata does not parse is reported once, in the
    /// file that declares it, when its class is split over files and one of them is generated code.
    /// </summary>
    [Fact]
    public Task Metadata_that_does_not_parse_is_KCONF000_once_in_the_file_declaring_the_member()
    {
        var test = new CSharpAnalyzerTest<Guards.FlagMetadataAnalyzer, DefaultVerifier>
        {
            TestState =
            {
                Sources =
                {
                    ("User.cs", "namespace SampleApp { internal static partial class FeatureFlags { public static int Plain => 1; } }"),
                    ("FeatureFlags.g.cs", """
                        // <auto-generated/>
                        namespace SampleApp
                        {
                            internal static partial class FeatureFlags
                            {
                                [global::KconfigSharp.KconfigSymbol("A")]
                                public static readonly bool A = true;
                            }
                        }
                        """),
                    ("More.g.cs", """
                        // <auto-generated/>
                        namespace SampleApp
                        {
                            internal static partial class FeatureFlags
                            {
                                [global::KconfigSharp.KconfigSymbol("B")]
                                [global::KconfigSharp.KconfigDependsOn("A &&")]
                                public static readonly bool {|#0:B|} = true;
                            }
                        }
                        """),
                    ("Attributes.cs", FeatureFlagsAttributes.Text),
                },
            },
        };
        test.ExpectedDiagnostics.Add(Expect("KCONF000", 0).WithArguments("KconfigDependsOn", "A &&", "expected a symbol or constant, found end of file (at position 5)"));
        return test.RunAsync();
    }
}
