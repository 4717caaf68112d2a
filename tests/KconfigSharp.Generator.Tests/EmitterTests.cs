using CsCheck;
using KconfigSharp.Kconfig.Writers.CSharp;
using KconfigSharp.Generator.Tests.Infrastructure;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// The emitter on a hand-built resolved configuration: pins the C# type and literal of every Kconfig
/// type, choices and docs, independent of any resolver.
/// </summary>
public sealed class EmitterTests
{
    private static ResolvedSymbol Symbol(string name, KconfigType type, string value, int line, string? prompt = null, string? help = null,
        string? dependsOn = null, string? choice = null, ValueOrigin? origin = null, bool defined = true) =>
        new(name, type, value, defined, prompt is not null, prompt, help,
            defined ? new[] { new SourceLocation("Kconfig", line) }.ToEquatableArray() : EquatableArray<SourceLocation>.Empty,
            dependsOn, EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty,
            EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty, choice, origin ?? ValueOrigin.Nothing);

    internal static ResolvedConfiguration EveryType() => new(
        KconfigDialect.Kconfig,
        "Every type",
        new[]
        {
            Symbol("FEATURE", KconfigType.Bool, "y", 1, "A feature", "Turns the feature on.\nIt <matters> & \"quotes\".",
                origin: new ValueOrigin(ValueSource.Default, "default y at Kconfig:3", new SourceLocation("Kconfig", 3))),
            Symbol("DRIVER", KconfigType.Tristate, "m", 8, "A driver", dependsOn: "FEATURE"),
            Symbol("OFF_DRIVER", KconfigType.Tristate, "n", 12),
            Symbol("NAME", KconfigType.String, "say \"hi\"\\ \t\u2028", 16, "Name",
                origin: new ValueOrigin(ValueSource.ValuesFile, "user value from .config:2", new SourceLocation(".config", 2))),
            Symbol("EMPTY_NAME", KconfigType.String, string.Empty, 20),
            Symbol("COUNT", KconfigType.Int, "42", 24, "Count"),
            Symbol("BIG", KconfigType.Int, "5000000000", 28, "Big"),
            Symbol("NEGATIVE", KconfigType.Int, "-7", 32, "Negative"),
            Symbol("NO_COUNT", KconfigType.Int, string.Empty, 36),
            Symbol("BASE", KconfigType.Hex, "0x1f000", 40, "Base address"),
            Symbol("WIDE", KconfigType.Hex, "0xffffffff00000000", 44, "Wide"),
            Symbol("NO_BASE", KconfigType.Hex, string.Empty, 48),
            Symbol("SCHED_FAIR", KconfigType.Bool, "y", 52, "Fair", choice: "SCHED",
                origin: new ValueOrigin(ValueSource.Choice, "selection of choice SCHED", default)),
            Symbol("SCHED_RT", KconfigType.Bool, "n", 55, "Realtime", dependsOn: "FEATURE", choice: "SCHED"),
            Symbol("MISSING", KconfigType.Bool, "n", 0, defined: false),
        }.ToEquatableArray(),
        EquatableArray<Kconfig.Diagnostics.KconfigDiagnostic>.Empty);

    [Fact]
    public void Every_type_choice_and_docs_are_pinned()
    {
        var source = FeatureFlagsWriter.Write(EveryType(), FeatureFlagsOptions.Default with { Namespace = "SampleApp", Description = "Every type." });
        Snapshot.Match("EveryType.Emitter.g.cs", source);
    }

    [Fact]
    public void A_keyword_member_has_its_at_sign_in_code_and_not_in_the_tables()
    {
        var configuration = new ResolvedConfiguration(
            KconfigDialect.Kconfig,
            null,
            new[] { Symbol("class", KconfigType.Bool, "y", 1), Symbol("int", KconfigType.Bool, "n", 2) }.ToEquatableArray(),
            EquatableArray<Kconfig.Diagnostics.KconfigDiagnostic>.Empty);

        var source = FeatureFlagsWriter.Write(configuration, FeatureFlagsOptions.Default with { PascalCaseNames = false, Docs = FeatureFlagsDocs.Brief });

        Assert.Contains("public const bool @class = true;", source);
        Assert.Contains("public const bool @int = false;", source);
        // The member is the symbol's name as the compiler sees it, so neither table writes a member field.
        Assert.Contains(@"KconfigTable(""1V\n0\nclass\nint\n"")", source);
        Assert.Contains(@"""Kconfig\nclass\t\tb\ty\t0:1\nint\t\tb\tn\t0:2\n""", source);
    }

    [Fact]
    public void Every_type_compiles_in_const_and_readonly_modes()
    {
        foreach (var constants in new[] { true, false })
        {
            var source = FeatureFlagsWriter.Write(EveryType(), FeatureFlagsOptions.Default with { Namespace = "SampleApp", UseConstants = constants });
            var compilation = GeneratorHarness.Compilation("App", null, GeneratorHarness.ProgramSource, FeatureFlagsAttributes.Text, source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        }
    }

    [Theory]
    [InlineData("SampleApp", true, false, false, FeatureFlagsDocs.None)]
    [InlineData(null, false, true, true, FeatureFlagsDocs.Brief)]
    [InlineData("A.B", true, true, false, FeatureFlagsDocs.Full)]
    public void With_support_types_the_output_compiles_alone(string? ns, bool isPublic, bool constants, bool pascal, FeatureFlagsDocs docs)
    {
        var options = FeatureFlagsOptions.Default with { Namespace = ns, IsPublic = isPublic, UseConstants = constants, PascalCaseNames = pascal, Docs = docs, IncludeSupportTypes = true };
        var source = FeatureFlagsWriter.Write(EveryType(), options);
        var compilation = GeneratorHarness.Compilation("App", null, GeneratorHarness.ProgramSource, source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("MULTIPROCESS_ALLOWED", "MultiprocessAllowed")]
    [InlineData("X86_64", "X86_64")]
    [InlineData("TARGET_BIG_ENDIAN", "TargetBigEndian")]
    [InlineData("I2C", "I2c")]
    [InlineData("ARM_V7M", "ArmV7m")]
    public void Pascal_names_follow_the_spec(string name, string expected) =>
        Assert.Equal(expected, MemberNames.ToPascalCase(name));

    [Fact]
    public void Pascal_names_are_those_of_the_split_rule_for_any_name() =>
        Gen.String[Gen.Char["Aa_1zZ9b_\u00e9\u0130"], 0, 12].Sample(name => Assert.Equal(SplitRule(name), MemberNames.ToPascalCase(name)), iter: 5000);

    [Fact]
    public void Long_ascii_names_take_the_split_rule_too() =>
        // Names past 255 characters are written through a heap buffer instead of the stack.
        Gen.String[Gen.Char["Aa_1zZ9b_"], 240, 700].Sample(name => Assert.Equal(SplitRule(name), MemberNames.ToPascalCase(name)), iter: 300);

    /// <summary>SPEC §3's rule as written: split on '_', each part capitalized, '_' kept before a digit and for an empty part.</summary>
    private static string SplitRule(string name)
    {
        var parts = name.Split('_');
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                result.Append('_');
                continue;
            }

            if (char.IsDigit(parts[i][0]) && i > 0)
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(parts[i][0])).Append(parts[i].Substring(1).ToLowerInvariant());
        }

        return result.ToString();
    }
}
