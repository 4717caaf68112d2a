using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Verifier = KconfigSharp.Analyzers.Tests.AnalyzerVerifier<KconfigSharp.Analyzers.Guards.GuardAnalyzer>;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// <c>[RequiresKconfig]</c> on a local function (issue 18, item 4): its calls must establish it
/// (KCONF002), and inside it its expression holds, as for a method. A top-level <c>Program.cs</c> has no
/// other kind of member.
/// </summary>
public sealed class LocalFunctionRequirementTests
{
    private const string Prelude = """
        using KconfigSharp;
        using F = SampleApp.FeatureFlags;

        static class Api
        {
            [RequiresKconfig("MULTIPROCESS_ALLOWED")] public static void Mp() { }
            public static void Use(bool value) { }
        }

        """;

    [Theory]
    [InlineData("[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void L() { Api.Mp(); Api.Use(F.Multiprocess); } if (F.MultiprocessAllowed) L();")]
    [InlineData("[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] static void L() => Api.Use(F.Multiprocess); {|KCONF002:L()|};")]
    [InlineData("[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void L() { Api.Mp(); } {|KCONF002:L()|}; if (F.MultiprocessAllowed) L();")]
    [InlineData("[RequiresKconfig(\"FUZZ\")] void L() { Api.Mp(); Api.Use(F.Multiprocess); } if (F.Fuzz) L();")]
    [InlineData("[RequiresKconfig(\"LINUX\")] void L() { {|KCONF002:Api.Mp()|}; Api.Use({|KCONF001:F.Multiprocess|}); } if (F.Linux) L();")]
    [InlineData("[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void Outer() { void Inner() => Api.Mp(); Inner(); } if (F.MultiprocessAllowed) Outer();")]
    [InlineData("[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void L() { System.Action a = () => Api.Mp(); } if (F.MultiprocessAllowed) L();")]
    [InlineData("void L() { {|KCONF002:Api.Mp()|}; } if (F.MultiprocessAllowed) L(); L();")]
    public Task Local_function_in_a_method(string body) => Verifier.VerifyAllModesAsync(
        Prelude + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n");

    [Fact]
    public async Task Local_function_of_a_top_level_program()
    {
        var test = new CSharpAnalyzerTest<GuardAnalyzer, DefaultVerifier>
        {
            TestState =
            {
                OutputKind = OutputKind.ConsoleApplication,
                Sources =
                {
                    """
                    using KconfigSharp;
                    using F = SampleApp.FeatureFlags;

                    if (F.MultiprocessAllowed)
                    {
                        Run();
                    }

                    {|KCONF002:Run()|};
                    System.Console.WriteLine({|KCONF001:F.Multiprocess|});

                    [RequiresKconfig("MULTIPROCESS_ALLOWED")]
                    static void Run()
                    {
                        System.Console.WriteLine(F.Multiprocess);
                        Mp();
                    }

                    [RequiresKconfig("MULTIPROCESS_ALLOWED")]
                    static void Mp()
                    {
                    }
                    """,
                    FeatureFlagsFixture.For(FlagMode.Readonly),
                    FeatureFlagsAttributes.Text,
                },
            },
        };
        await test.RunAsync();
    }
}
