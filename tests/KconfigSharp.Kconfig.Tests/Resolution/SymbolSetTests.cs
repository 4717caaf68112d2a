using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>The resolver's in-progress marks: a flag per symbol id, with another model's symbols kept apart.</summary>
public sealed class SymbolSetTests
{
    [Fact]
    public void Adds_once_removes_and_keeps_a_symbol_of_another_model_with_the_same_id_apart()
    {
        var one = KconfigParser.ParseText("config A\n\tbool\nconfig B\n\tbool\n", "Kconfig");
        var other = KconfigParser.ParseText("config X\n\tbool\n", "Kconfig");
        var a = one.FindSymbol("A")!;
        var b = one.FindSymbol("B")!;
        var x = other.FindSymbol("X")!;
        Assert.Equal(a.Id, x.Id);
        var set = new SymbolSet(one);

        Assert.True(set.Add(a));
        Assert.False(set.Add(a));
        Assert.False(set.Contains(x));
        Assert.True(set.Add(x));
        Assert.False(set.Add(x));
        Assert.True(set.Add(one.Constants.Yes));
        Assert.False(set.Contains(b));

        set.Remove(a);
        Assert.False(set.Contains(a));
        Assert.True(set.Contains(x));
        set.Remove(x);
        Assert.False(set.Contains(x));
        Assert.True(set.Add(a));
    }
}
