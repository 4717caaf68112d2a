using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// A model list of one is held without a list (issue 12, round 2): views read the single item, the
/// second add and the public <c>List</c> property turn the field into a list that keeps every item.
/// Lists of a known length, and lists sealed when their entry ends, are exact arrays (issue 12, late
/// session): whatever the order of adds, seals and public reads, the field holds what was added.
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

    [Fact]
    public void Any_sequence_of_adds_counted_adds_seals_and_public_reads_keeps_every_item_in_order()
    {
        // An operation: 0 plain add, 1 add counted towards 'declared' items, 2 seal, 3 public list read.
        var operations = Gen.Int[0, 3].Array[0, 40];
        Gen.Select(operations, Gen.Int[0, 12]).Sample((ops, declared) =>
        {
            var items = new OneOrMany<string>();
            var expected = new List<string>();
            List<string>? list = null;
            foreach (var op in ops)
            {
                switch (op)
                {
                    case 0:
                        items.Add(Item(expected));
                        break;
                    case 1:
                        items.Add(Item(expected), declared);
                        break;
                    case 2:
                        items.Seal();
                        break;
                    default:
                        list = items.AsList();
                        break;
                }

                Assert.Equal(expected.Count, items.Count);
                Assert.Equal(expected, Read(items.View));
            }

            // A public list, once read, stays the field's list: adds and seals go to it.
            if (list is not null)
            {
                Assert.Same(list, items.AsList());
            }

            Assert.Equal(expected, items.AsList());
            Assert.Same(items.AsList(), items.AsList());
        }, iter: PropertyBudget.Iterations(2000), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void Items_added_all_at_once_stay_apart_from_their_source_whatever_either_does_next()
    {
        // A source list built by any operations, added whole to a list holding 'before' items of a
        // declared total (shared when it is all of them), then both changed on: each keeps its own items.
        var operations = Gen.Int[0, 3].Array[0, 12];
        Gen.Select(operations, Gen.Int[0, 2], Gen.Select(operations, operations)).Sample((build, before, after) =>
        {
            var source = new OneOrMany<string>();
            var sourceItems = new List<string>();
            Apply(ref source, sourceItems, build, "s");
            var total = before + sourceItems.Count;
            var target = new OneOrMany<string>();
            var targetItems = new List<string>();
            for (var i = 0; i < before; i++)
            {
                target.Add(Item(targetItems, "t"), total);
            }

            target.AddAll(source, total);
            targetItems.AddRange(sourceItems);
            Assert.Equal(targetItems, Read(target.View));

            Apply(ref source, sourceItems, after.Item1, "s2");
            Apply(ref target, targetItems, after.Item2, "t2");
            Assert.Equal(sourceItems, Read(source.View));
            Assert.Equal(targetItems, Read(target.View));
            Assert.Equal(sourceItems, source.AsList());
            Assert.Equal(targetItems, target.AsList());
        }, iter: PropertyBudget.Iterations(2000), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void A_symbol_defined_once_reads_its_definitions_lists_and_a_public_change_to_one_stays_there()
    {
        var model = KconfigParser.ParseText(
            "config A\n\tint \"a\"\n\tdefault 1 if B\n\tdefault 2\n\trange 0 3 if B\n\trange 0 9\nconfig B\n\tbool\n\tselect C\n\tselect D\n\timply C\n\timply D\n"
            + "config C\n\tbool\nconfig D\n\tbool\n",
            "Kconfig");
        var a = model.FindSymbol("A")!;
        var b = model.FindSymbol("B")!;
        var aNode = Assert.Single(Read(a.NodeList));
        var bNode = Assert.Single(Read(b.NodeList));

        Assert.Equal(Read(aNode.DefaultsView), Read(a.DefaultsView));
        Assert.Equal(Read(aNode.RangesView), Read(a.RangesView));
        Assert.Equal(Read(bNode.SelectsView), Read(b.SelectsView));
        Assert.Equal(Read(bNode.ImpliesView), Read(b.ImpliesView));
        Assert.Equal(["1", "2"], Read(a.DefaultsView).Select(d => d.Value.ToString()));
        Assert.Equal(["C", "D"], Read(b.ImpliesView).Select(i => i.Target.Name));

        var extra = a.Defaults[0];
        aNode.Defaults.Add(extra);
        Assert.Equal(2, a.DefaultsView.Count);
        b.Selects.RemoveAt(0);
        Assert.Equal(["C", "D"], Read(bNode.SelectsView).Select(s => s.Target.Name));
        Assert.Equal(["D"], Read(b.SelectsView).Select(s => s.Target.Name));
    }

    [Fact]
    public void Counted_adds_fill_an_array_of_exactly_the_declared_length()
    {
        var items = new OneOrMany<string>();
        items.Add("a", 3);
        Assert.Equal(["a"], Read(items.View));
        items.Add("b", 3);
        Assert.Equal(["a", "b"], Read(items.View));
        items.Add("c", 3);
        Assert.Equal(["a", "b", "c"], Read(items.View));
        items.Add("d", 3);
        Assert.Equal(["a", "b", "c", "d"], Read(items.View));
    }

    [Fact]
    public void Exact_items_end_at_the_first_empty_slot()
    {
        for (var length = 0; length < 9; length++)
        {
            for (var filled = 0; filled <= length; filled++)
            {
                var array = new string?[length];
                for (var i = 0; i < filled; i++)
                {
                    array[i] = "x";
                }

                Assert.Equal(filled, ExactItems.Count(array));
            }
        }
    }

    [Fact]
    public void A_parsed_tree_keeps_multi_item_lists_as_exact_arrays_that_read_like_lists()
    {
        var model = KconfigParser.ParseText(
            "config A\n\tbool \"a\"\n\tdefault y if B\n\tdefault n\n\tdefault y if C\n\tselect B\n\tselect C\n\tselect D\n"
            + "config B\n\tbool\n\tselect C\nconfig C\n\tbool\nconfig D\n\tbool\n\tselect C\nconfig A\n\tbool \"again\"\n\tselect D\n",
            "Kconfig");
        var a = model.FindSymbol("A")!;
        var c = model.FindSymbol("C")!;

        Assert.Equal(["y", "n", "y"], Read(a.NodeList[0].DefaultsView).Select(d => d.Value.ToString()));
        Assert.Equal(["B", "C", "D", "D"], Read(a.SelectsView).Select(s => s.Target.Name));
        Assert.Equal(["A", "B", "D"], Read(c.SelectedByView).Select(s => s.Source.Name));
        Assert.Equal(["a", "again"], Read(a.PromptsView).Select(p => p.Text));
        Assert.Equal(Read(a.SelectsView), a.Selects);
        Assert.Equal(["A", "B", "D"], c.SelectedBy.Select(s => s.Source.Name));
    }

    private static string Item(List<string> expected, string prefix = "item")
    {
        var item = prefix + expected.Count;
        expected.Add(item);
        return item;
    }

    // 0 plain add, 1 add counted towards the items so far plus two, 2 seal, 3 public list read (and an add to it).
    private static void Apply(ref OneOrMany<string> items, List<string> expected, int[] operations, string prefix)
    {
        foreach (var op in operations)
        {
            switch (op)
            {
                case 0:
                    items.Add(Item(expected, prefix));
                    break;
                case 1:
                    items.Add(Item(expected, prefix), expected.Count + 2);
                    break;
                case 2:
                    items.Seal();
                    break;
                default:
                    items.AsList().Add(Item(expected, prefix));
                    break;
            }
        }
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
