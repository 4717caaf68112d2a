using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// The parse gathers the defined symbols in a rented table and gives the model an exact array: order of first
/// definition, each symbol once, whatever the table's growth and whichever symbols were referenced first.
/// </summary>
public sealed class DefinedSymbolsTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(700)]
    public void Defined_symbols_come_once_each_in_order_of_first_definition(int count)
    {
        // S{i} selects S{i+1} before S{i+1} is defined (so ids follow references, not definitions); every third
        // symbol is defined a second time at the end, and an undefined one is only referenced.
        var text = string.Concat(Enumerable.Range(0, count).Select(i => $"config S{count - 1 - i}\n\tbool\n\tselect S{count - i} if UNDEFINED\n")) +
            string.Concat(Enumerable.Range(0, count).Where(i => i % 3 == 0).Select(i => $"config S{i}\n\tbool\n"));

        var model = KconfigParser.ParseText(text);

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"S{count - 1 - i}"), model.DefinedSymbols.Select(s => s.Name));
        Assert.All(model.DefinedSymbols, s => Assert.True(s.IsDefined));
        Assert.False(model.FindSymbol("UNDEFINED")!.IsDefined);
    }

    [Fact]
    public void A_tree_has_prompts_when_a_defined_symbol_has_one()
    {
        Assert.False(KconfigParser.ParseText("config A\n\tbool\nconfig B\n\tint\n").HasPrompts);
        Assert.True(KconfigParser.ParseText("config A\n\tbool\nconfig B\n\tint \"B\"\n").HasPrompts);
    }
}
