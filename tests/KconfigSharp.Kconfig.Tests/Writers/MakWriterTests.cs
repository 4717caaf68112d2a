using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Kconfig.Tests.Writers;

public sealed class MakWriterTests
{
    private static ResolvedConfiguration Resolve(string kconfig, string defines)
    {
        var model = KconfigParser.ParseText(kconfig, "Kconfig", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });
        return KconfigEngine.Resolve(model, DefinesParser.ParseList(defines, new DiagnosticBag()));
    }

    [Fact]
    public void Writes_every_y_symbol_sorted_ordinally_with_newlines()
    {
        var configuration = Resolve("config b\nconfig B_2\nconfig B\nconfig A\n  default y\nconfig N\n", "b=y;B_2=y;B=y");

        Assert.Equal("CONFIG_A=y\nCONFIG_B=y\nCONFIG_B_2=y\nCONFIG_b=y\n", MakWriter.Write(configuration));
    }

    [Fact]
    public void Leaves_out_the_symbols_given_as_defines()
    {
        var configuration = Resolve("config A\n  select B\nconfig B\n", "A=y");

        Assert.Equal("CONFIG_B=y\n", MakWriter.Write(configuration, ["A"]));
    }

    [Fact]
    public void Writes_nothing_when_nothing_is_y()
    {
        var configuration = Resolve("config A\n", string.Empty);

        Assert.Equal(string.Empty, MakWriter.Write(configuration));
    }
}
