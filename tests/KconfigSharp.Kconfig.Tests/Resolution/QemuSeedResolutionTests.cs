using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Resolution;

public sealed class QemuSeedResolutionTests
{
    private static ResolvedConfiguration Resolve(string values)
    {
        var model = KconfigParser.ParseText(SeedText.KconfigHost, "Kconfig.host", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });
        var assignments = ValuesFileReader.ReadText(values, "config-host.mak", new DiagnosticBag());
        return KconfigEngine.Resolve(model, assignments);
    }

    private static string ValueOf(ResolvedConfiguration configuration, string name) =>
        configuration.Symbols.Single(s => s.Name == name).Value;

    [Fact]
    public void Imply_turns_the_implied_symbol_on_when_the_implier_is_on()
    {
        var configuration = Resolve("CONFIG_MULTIPROCESS_ALLOWED=y\n");

        Assert.Equal("y", ValueOf(configuration, "MULTIPROCESS"));
        Assert.Equal(ValueSource.Imply, configuration.Symbols.Single(s => s.Name == "MULTIPROCESS").Origin.Source);
    }

    [Fact]
    public void An_implied_symbol_can_still_be_set_to_n()
    {
        var configuration = Resolve("CONFIG_MULTIPROCESS_ALLOWED=y\nCONFIG_MULTIPROCESS=n\n");

        Assert.Equal("n", ValueOf(configuration, "MULTIPROCESS"));
    }

    [Fact]
    public void Select_forces_the_target_on()
    {
        var configuration = Resolve("CONFIG_FUZZ=y\n");

        Assert.Equal("y", ValueOf(configuration, "SPARSE_MEM"));
    }

    [Fact]
    public void Select_against_an_assignment_is_a_contradiction()
    {
        var configuration = Resolve("CONFIG_FUZZ=y\nCONFIG_SPARSE_MEM=n\n");

        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.Contradiction.Id && d.Message.Contains("SPARSE_MEM"));
    }

    [Fact]
    public void Unset_symbols_default_to_n()
    {
        var configuration = Resolve(string.Empty);

        Assert.All(configuration.Symbols, s => Assert.Equal("n", s.Value));
    }
}
