using KconfigSharp.Generator.Tests.Infrastructure;
using KconfigSharp.Tests;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// Inputs that used to crash the compiler through the generator (a stack overflow kills the
/// compiler process), run through the in-process driver on a 256 KB stack (<see cref="SmallStack"/>):
/// each must end in KCONF diagnostics and generated code, never an overflow or a C# error.
/// </summary>
public sealed class DeepInputTests
{
    private const int Deep = 100_000;

    private static (Compilation Output, IReadOnlyList<Diagnostic> Diagnostics, string? FeatureFlags) Generate(string kconfig) =>
        SmallStack.Run(() =>
        {
            var (output, diagnostics, run) = GeneratorHarness.Run([new("/src/Kconfig", kconfig)]);
            return (output, (IReadOnlyList<Diagnostic>)diagnostics, GeneratorHarness.FeatureFlags(run));
        });

    [Fact]
    public void A_100000_deep_depends_on_chain_generates_every_flag()
    {
        var text = string.Concat(Enumerable.Range(1, Deep).Select(i =>
            $"config A{i}\n\tbool \"a\"\n\tdefault y\n" + (i < Deep ? $"\tdepends on A{i + 1}\n" : string.Empty)));

        var (_, diagnostics, flags) = Generate(text);

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("public const bool A1 = true;", flags, StringComparison.Ordinal);
    }

    [Fact]
    public void A_100000_symbol_dependency_loop_is_one_KCONF140()
    {
        var text = string.Concat(Enumerable.Range(1, Deep).Select(i => $"config A{i}\n\tbool \"a\"\n\tdepends on A{(i % Deep) + 1}\n"));

        var (_, diagnostics, _) = Generate(text);

        Assert.Single(diagnostics, d => d.Id == "KCONF140");
        Assert.DoesNotContain(diagnostics, d => d.Id is "KCONF160" or "KCONF299");
    }

    [Theory]
    [InlineData("&&")]
    [InlineData("||")]
    public void A_1_MB_chain_generates_and_compiles(string op)
    {
        var text = "config X\n\tbool \"x\"\n\tdefault y\nconfig B\n\tbool \"b\"\n\tdefault y\n\tdepends on "
            + string.Join($" {op} ", Enumerable.Repeat("X", 1_000_000 / 6)) + "\n";

        var (output, diagnostics, flags) = Generate(text);

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("public const bool B = true;", flags, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Any_symbol_name_gives_a_member_that_compiles()
    {
        var huge = new string('A', 1_000_000);
        var text = $"config {huge}\n\tbool \"x\"\n\tdefault y\nconfig {huge}B\n\tbool \"x\"\n"
            + "config class\n\tbool \"c\"\nconfig 64BIT\n\tbool \"b\"\nconfig 64bit\n\tbool \"b\"\nconfig SYMBOLS\n\tbool \"s\"\n";

        var (output, diagnostics, _) = Generate(text);

        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(2, diagnostics.Count(d => d.Id == "KCONF171"));
        Assert.Equal(2, diagnostics.Count(d => d.Id == "KCONF170"));
        Assert.All(diagnostics.Where(d => d.Id == "KCONF171"), d => Assert.Equal("/src/Kconfig", d.Location.GetLineSpan().Path));
    }
}
