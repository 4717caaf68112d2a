using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Kconfig.Tests.Writers;

public sealed class MakValuesEditorTests
{
    private static string Apply(string original, params (string Name, string Value)[] changes) =>
        MakValuesEditor.Apply(original, [.. changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value))]);

    [Fact]
    public void Changed_lines_are_replaced_in_place_and_other_lines_kept()
    {
        const string original = "# Devices\ninclude ../common.mak\nCONFIG_PCI=y\n# CONFIG_VGA is not set\n\nCONFIG_USB=n\n";

        Assert.Equal(
            "# Devices\ninclude ../common.mak\nCONFIG_PCI=n\nCONFIG_VGA=y\n\nCONFIG_USB=n\n",
            Apply(original, ("PCI", "n"), ("VGA", "y")));
    }

    [Fact]
    public void New_symbols_are_appended_in_order_and_the_last_assignment_is_the_one_replaced()
    {
        const string original = "CONFIG_A=n\nCONFIG_A=n";

        Assert.Equal("CONFIG_A=n\nCONFIG_A=y\nCONFIG_Z=y\nCONFIG_B=y\n", Apply(original, ("A", "y"), ("Z", "y"), ("B", "y")));
    }

    [Fact]
    public void Crlf_lines_keep_their_carriage_return_and_no_change_keeps_the_text()
    {
        Assert.Equal("CONFIG_A=n\r\nCONFIG_B=y\r\n", Apply("CONFIG_A=y\r\nCONFIG_B=y\r\n", ("A", "n")));
        Assert.Equal("CONFIG_A=y", Apply("CONFIG_A=y"));
        Assert.Equal("CONFIG_A=y\n", Apply(string.Empty, ("A", "y")));
    }

    [Fact]
    public void A_similar_longer_name_is_not_mistaken_for_the_symbol()
    {
        Assert.Equal("CONFIG_PCI_EXPRESS=y\nCONFIG_PCI=y\n", Apply("CONFIG_PCI_EXPRESS=y\n", ("PCI", "y")));
    }
}
