using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>Properties of random valid programs generated from the Kconfig grammar.</summary>
public sealed class GeneratedProgramProperties
{
    private static readonly KconfigParseOptions KconfigOptions = new() { Dialect = KconfigDialect.Kconfig };

    [Fact]
    public void Generated_programs_parse_without_errors_and_diagnostics_lie_inside_the_file()
    {
        KconfigProgramGen.Program.Sample(text =>
        {
            var model = KconfigParser.ParseText(text, "Kconfig", KconfigOptions);
            Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics) + "\n" + text);
            Invariants.DiagnosticsLieInsideTheirFiles(model.Diagnostics, new Dictionary<string, string> { ["Kconfig"] = text });
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void Parse_print_parse_gives_the_same_model()
    {
        KconfigProgramGen.Program.Sample(text =>
        {
            var first = KconfigParser.ParseText(text, "Kconfig", KconfigOptions);
            var printed = ModelPrinter.Print(first);
            var second = KconfigParser.ParseText(printed, "Kconfig", KconfigOptions);

            Assert.False(second.HasErrors, string.Join("\n", second.Diagnostics) + "\n" + printed);
            Assert.Equal(ModelPrinter.Describe(first), ModelPrinter.Describe(second));
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void Resolution_terminates_in_both_dialects_and_every_mode()
    {
        KconfigProgramGen.Program.Sample(text =>
        {
            foreach (var dialect in new[] { KconfigDialect.Kconfig, KconfigDialect.Qemu })
            {
                var model = KconfigParser.ParseText(text, "Kconfig", new KconfigParseOptions { Dialect = dialect });
                foreach (var mode in new[] { ResolveMode.Defconfig, ResolveMode.AllNoConfig, ResolveMode.AllYesConfig })
                {
                    var resolved = KconfigEngine.Resolve(model, Array.Empty<ValueAssignment>(), new ResolveOptions { Mode = mode });
                    Invariants.DiagnosticsLieInsideTheirFiles(resolved.Diagnostics, new Dictionary<string, string> { ["Kconfig"] = text });
                }
            }
        }, iter: PropertyBudget.Iterations(150), seed: PropertyBudget.Seed, threads: 1);
    }
}
