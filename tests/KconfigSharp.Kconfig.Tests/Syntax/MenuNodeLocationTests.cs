using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// A menu node keeps its location as parts (the column in 16 bits, a longer one kept aside): every
/// column reads back as written, up to and past the 16-bit boundary.
/// </summary>
public sealed class MenuNodeLocationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_533)]
    [InlineData(65_534)]
    [InlineData(65_535)]
    [InlineData(70_000)]
    public void An_entry_indented_by_any_amount_has_its_column(int indent)
    {
        var model = KconfigParser.ParseText("config A\n\tbool\n" + new string(' ', indent) + "menuconfig B\n\tbool \"B\"\n", "dir/Kconfig");

        var b = model.FindSymbol("B")!.Nodes[0];
        Assert.Equal(new SourceLocation("dir/Kconfig", 3, indent + 1), b.Location);
        Assert.True(b.IsMenuConfig);
        Assert.Equal(new SourceLocation("dir/Kconfig", 1, 1), model.FindSymbol("A")!.Nodes[0].Location);
        Assert.False(model.FindSymbol("A")!.Nodes[0].IsMenuConfig);
        GC.Collect();
        Assert.Equal(indent + 1, b.Location.Column);
    }
}
