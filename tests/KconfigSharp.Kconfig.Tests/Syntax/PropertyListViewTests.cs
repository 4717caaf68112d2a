using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// Property lists of symbols and menu nodes are created on first add (issue 12: most have no selects,
/// implies or ranges); the core reads them through views. Views and public lists must agree.
/// </summary>
public sealed class PropertyListViewTests
{
    private const string Tree = "config A\n\tbool \"a\"\n\tselect B\n\timply C\n\tdefault y if C\nconfig B\n\tbool\nconfig C\n\tbool \"c\"\nconfig N\n\tint \"n\"\n\trange 0 9\n";

    [Fact]
    public void A_symbol_without_a_property_reads_empty_through_its_view_and_its_public_list_is_one_mutable_list()
    {
        var model = KconfigParser.ParseText(Tree, "Kconfig");
        var b = model.FindSymbol("B")!;

        Assert.Equal(0, b.SelectsView.Count);
        Assert.Equal(0, b.RangesView.Count);
        Assert.Empty(b.Selects);
        Assert.Same(b.Selects, b.Selects);
        b.Ranges.Add(new Model.RangeProperty(b, b, model.Constants.YesExpr, default));
        Assert.Equal(1, b.RangesView.Count);
    }

    [Fact]
    public void Views_hold_what_the_public_lists_hold_in_the_same_order()
    {
        var model = KconfigParser.ParseText(Tree, "Kconfig");
        foreach (var symbol in model.DefinedSymbols)
        {
            Assert.Equal(symbol.Prompts, Items(symbol.PromptsView));
            Assert.Equal(symbol.Defaults, Items(symbol.DefaultsView));
            Assert.Equal(symbol.Ranges, Items(symbol.RangesView));
            Assert.Equal(symbol.Selects, Items(symbol.SelectsView));
            Assert.Equal(symbol.Implies, Items(symbol.ImpliesView));
            Assert.Equal(symbol.SelectedBy, Items(symbol.SelectedByView));
            Assert.Equal(symbol.ImpliedBy, Items(symbol.ImpliedByView));
            foreach (var node in symbol.Nodes)
            {
                Assert.Equal(node.Defaults, Items(node.DefaultsView));
                Assert.Equal(node.Selects, Items(node.SelectsView));
                Assert.Equal(node.Implies, Items(node.ImpliesView));
                Assert.Equal(node.Ranges, Items(node.RangesView));
            }
        }

        Assert.Equal("B", Assert.Single(Items(model.FindSymbol("A")!.SelectsView)).Target.Name);
        Assert.Equal("A", Assert.Single(Items(model.FindSymbol("C")!.ImpliedByView)).Source.Name);
        Assert.Single(Items(model.FindSymbol("N")!.RangesView));
    }

    private static List<T> Items<T>(Model.ListView<T> view)
        where T : class
    {
        var items = new List<T>();
        foreach (var item in view)
        {
            items.Add(item);
        }

        Assert.Equal(view.Count, items.Count);
        return items;
    }
}
