using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// A block's children gather in the parser session while it is open and get a list of exactly their
/// count when it closes (issue 12, late session): entries of sourced files, nested and unterminated
/// blocks and a parse stopped by the symbol limit must all keep their place.
/// </summary>
public sealed class BlockChildrenTests
{
    [Fact]
    public void Entries_of_files_sourced_inside_blocks_stay_between_their_neighbours()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "config A\n\tbool\nmenu \"M\"\nconfig B\n\tbool\nsource \"inner\"\nconfig E\n\tbool\nendmenu\nsource \"top\"\nconfig G\n\tbool\n")
            .Add("inner", "config C\n\tbool\nchoice\n\tprompt \"pick\"\nconfig C1\n\tbool \"c1\"\nsource \"member\"\nendchoice\nif C\nconfig D\n\tbool\nendif\n")
            .Add("member", "config C2\n\tbool \"c2\"\n")
            .Add("top", "menu \"N\"\nconfig F\n\tbool\nendmenu\n");

        var model = KconfigParser.Parse("Kconfig", files);

        Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics));
        // Before Shape: the public Children list of a node is its own once read. Menu M's array kept the slot of
        // the 'if C' node removed from it (its entries were gathered inline, after it).
        AssertExactLists(model.Root, new Dictionary<string, int> { ["M"] = 1 });
        Assert.Equal("A M(B C choice(C1 C2) D E) N(F) G", Shape(model.Root));
    }

    [Fact]
    public void Unterminated_blocks_keep_their_children_in_order()
    {
        var model = KconfigParser.ParseText("config A\n\tbool\nmenu \"M\"\nconfig B\n\tbool\nif B\nconfig C\n\tbool\n");

        Assert.Equal("A M(B C)", Shape(model.Root));
    }

    [Fact]
    public void A_parse_stopped_by_the_symbol_limit_keeps_the_children_read_so_far()
    {
        var text = "menu \"M\"\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"config S{i}\n\tbool\n")) + "endmenu\nconfig LAST\n\tbool\n";

        var model = KconfigParser.ParseText(text, "Kconfig", new KconfigParseOptions { MaxSymbols = 10 });

        var menu = Assert.Single(model.Root.Children);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"S{i}"), menu.Children.Select(c => c.Symbol!.Name));
    }

    [Fact]
    public void Children_live_beside_a_menus_visible_if_and_a_choice_and_a_leaf_has_none_until_its_list_is_read()
    {
        // Children are kept in a node's rare parts (issue 12, 2026-11-29 morning), with the menu's 'visible if',
        // the choice node's choice and a symbol's ranges and implies.
        var model = KconfigParser.ParseText(
            "menu \"M\"\n\tvisible if A\nconfig A\n\tint \"a\"\n\trange 0 3\n\timply B\nchoice\n\tprompt \"pick\"\nconfig B\n\tbool \"b\"\nconfig C\n\tbool \"c\"\nendchoice\nendmenu\n");

        Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics));
        Assert.Equal("M(A choice(B C))", Shape(model.Root));
        var menu = model.Root.ChildrenView[0];
        Assert.Equal("A", menu.VisibleIf!.ToString());
        var choice = menu.ChildrenView[1];
        Assert.NotNull(choice.Choice);
        Assert.Equal(["B", "C"], choice.Choice!.Members.Select(m => m.Name));
        var leaf = model.FindSymbol("A")!.Nodes[0];
        Assert.Single(leaf.Ranges);
        Assert.Single(leaf.Implies);
        Assert.Equal(0, leaf.ChildrenView.Count);

        var children = leaf.Children;
        children.Add(choice);

        Assert.Same(children, leaf.Children);
        Assert.Equal(1, leaf.ChildrenView.Count);
        Assert.Same(choice, leaf.ChildrenView[0]);
    }

    private static string Shape(MenuNode node) => string.Join(" ", node.Children.Select(child =>
    {
        var name = child.Symbol?.Name ?? (child.Kind == MenuNodeKind.Choice ? "choice" : child.Prompt?.Text ?? child.Kind.ToString());
        return child.Kind is MenuNodeKind.Menu or MenuNodeKind.Choice ? $"{name}({Shape(child)})" : name;
    }));

    private static void AssertExactLists(MenuNode node, Dictionary<string, int> emptySlots)
    {
        var pending = new Stack<MenuNode>([node]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!ReferenceEquals(current, node))
            {
                Assert.True(current.ChildItems.EmptySlots == (current.Prompt is { } prompt ? emptySlots.GetValueOrDefault(prompt.Text) : 0), $"{current}: {current.ChildItems.EmptySlots} empty slots");
            }

            foreach (var child in current.ChildrenView)
            {
                Assert.Same(current, child.Parent);
                pending.Push(child);
            }
        }
    }
}
