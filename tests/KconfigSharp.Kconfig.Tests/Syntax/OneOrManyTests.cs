using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// A model list of one is held without a list (issue 12, round 2): views read the single item, the
/// second add and the public <c>List</c> property turn the field into a list that keeps every item.
/// </summary>
public sealed class OneOrManyTests
{
    [Fact]
    public void Views_read_none_one_and_many_items_in_order_and_a_public_list_keeps_them()
    {
        var items = new OneOrMany<string>();
        Assert.Equal(0, items.View.Count);
        Assert.Empty(Read(items.View));

        items.Add("a");
        Assert.Equal(1, items.Count);
        Assert.Equal("a", items.View[0]);
        Assert.Equal(["a"], Read(items.View));
        Assert.Throws<ArgumentOutOfRangeException>(() => items.View[1]);

        items.Add("b");
        Assert.Equal(["a", "b"], Read(items.View));

        var list = items.AsList();
        Assert.Same(list, items.AsList());
        list.Add("c");
        Assert.Equal(["a", "b", "c"], Read(items.View));
    }

    [Fact]
    public void A_single_item_promoted_by_the_public_list_stays_first_and_later_adds_follow_it()
    {
        var items = new OneOrMany<string>();
        items.Add("a");
        var list = items.AsList();
        Assert.Equal(["a"], list);
        items.Add("b");
        Assert.Equal(["a", "b"], list);
        Assert.Equal(["a", "b"], Read(items.View));
    }

    [Fact]
    public void An_empty_field_read_through_the_public_list_becomes_that_list()
    {
        var items = new OneOrMany<string>();
        var list = items.AsList();
        list.Add("a");
        Assert.Equal(["a"], Read(items.View));
        Assert.Same(list, items.AsList());
    }

    [Fact]
    public void A_parsed_symbol_reads_its_single_properties_through_views_before_any_public_list()
    {
        var model = KconfigParser.ParseText("config A\n\tbool \"a\"\n\tdefault y if B\n\tselect B\nconfig B\n\tbool\n", "Kconfig");
        var a = model.FindSymbol("A")!;
        var b = model.FindSymbol("B")!;

        Assert.Equal("a", Assert.Single(Read(a.PromptsView)).Text);
        Assert.Equal("y", Assert.Single(Read(a.DefaultsView)).Value.ToString());
        Assert.Equal("B", Assert.Single(Read(a.SelectsView)).Target.Name);
        Assert.Equal("A", Assert.Single(Read(b.SelectedByView)).Source.Name);
        var node = Assert.Single(Read(a.NodeList));
        Assert.Single(Read(node.DefaultsView));
        Assert.True(a.IsDefined);
        Assert.Same(node, Assert.Single(a.Nodes));
        Assert.Same(a.Defaults[0], Assert.Single(Read(a.DefaultsView)));
    }

    private static List<T> Read<T>(ListView<T> view)
        where T : class
    {
        var read = new List<T>();
        foreach (var item in view)
        {
            read.Add(item);
        }

        Assert.Equal(view.Count, read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            Assert.Same(read[i], view[i]);
        }

        return read;
    }
}
