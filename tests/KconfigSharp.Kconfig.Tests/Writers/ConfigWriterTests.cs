using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Kconfig.Tests.Writers;

public sealed class ConfigWriterTests
{
    private static string Write(string kconfig, string values = "")
    {
        var model = KconfigParser.ParseText(kconfig);
        var configuration = KconfigEngine.Resolve(model, ValuesFileReader.ReadText(values, ".config", new DiagnosticBag()));
        return ConfigWriter.Write(model, configuration);
    }

    [Fact]
    public void Visible_menus_are_framed_and_invisible_symbols_without_defaults_are_omitted()
    {
        const string kconfig = "config HIDDEN\n\tbool\nmenu \"Menu\"\nconfig A\n\tbool \"a\"\nendmenu\nconfig B\n\tbool\n\tdefault y\ncomment \"note\"\n";

        Assert.Equal("\n#\n# Menu\n#\n# CONFIG_A is not set\n# end of Menu\n\nCONFIG_B=y\n\n#\n# note\n#\n", Write(kconfig));
    }

    [Fact]
    public void Invisible_menu_and_comment_are_not_written()
    {
        const string kconfig = "config X\n\tbool\nmenu \"M\"\n\tdepends on X\nconfig A\n\tbool\n\tdefault y\nendmenu\ncomment \"c\"\n\tdepends on X\n";

        Assert.Equal(string.Empty, Write(kconfig));
    }

    [Fact]
    public void Strings_are_quoted_and_escaped_numbers_are_bare()
    {
        const string kconfig = "config S\n\tstring \"s\"\nconfig I\n\tint \"i\"\n\tdefault 4\nconfig H\n\thex \"h\"\n\tdefault 0x1f\n";

        Assert.Equal("CONFIG_S=\"a\\\"b\\\\c\"\nCONFIG_I=4\nCONFIG_H=0x1f\n", Write(kconfig, "CONFIG_S=\"a\\\"b\\\\c\"\n"));
    }

    [Fact]
    public void Symbol_defined_twice_is_written_once_at_its_first_definition()
    {
        const string kconfig = "config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\nconfig A\n\tbool\n";

        Assert.Equal("# CONFIG_A is not set\n# CONFIG_B is not set\n", Write(kconfig));
    }
}
