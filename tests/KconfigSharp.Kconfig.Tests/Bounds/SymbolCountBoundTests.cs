using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>MaxSymbols (1,000,000): symbols defined or referenced in one tree.</summary>
public sealed class SymbolCountBoundTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    private static string Configs(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"config S{i}\n\tbool\n"));

    [Theory, MemberData(nameof(Dialects))]
    public void Exactly_as_many_symbols_as_the_bound_are_read(KconfigDialect dialect)
    {
        var options = Robust.With(new KconfigParseOptions { MaxSymbols = 100 }, dialect);

        var model = KconfigParser.ParseText(Configs(100), "Kconfig", options);

        Assert.DoesNotContain(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.Equal(100, model.DefinedSymbols.Count);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void The_entry_past_the_bound_is_KCONF160_once_and_reading_stops(KconfigDialect dialect)
    {
        var options = Robust.With(new KconfigParseOptions { MaxSymbols = 100 }, dialect);
        var files = new InMemoryFileProvider().Add("Kconfig", Configs(150) + "source \"more\"\n").Add("more", Configs(10));

        var model = KconfigParser.Parse("Kconfig", files, options);

        var limit = Assert.Single(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.Equal(201, limit.Location.Line);
        Assert.Equal(100, model.DefinedSymbols.Count);
        Assert.DoesNotContain("more", model.Files);
    }

    [Fact]
    public void The_default_bound_is_far_above_NuttX()
    {
        Assert.True(KconfigParseOptions.Default.MaxSymbols >= 40 * 22_000);
    }
}
