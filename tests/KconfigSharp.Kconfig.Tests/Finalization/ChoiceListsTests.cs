using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Finalization;

/// <summary>
/// A choice's lists (definitions, prompts, defaults, members) grow to exactly what they hold: in order, members
/// once each, across the definitions of a named choice.
/// </summary>
public sealed class ChoiceListsTests
{
    [Fact]
    public void A_choice_defined_once_holds_its_lists_at_their_exact_length()
    {
        var model = KconfigParser.ParseText(
            "choice\n\tprompt \"Pick\"\n\tdefault B if X\n\tdefault C\nconfig A\n\tbool \"A\"\nconfig B\n\tbool \"B\"\nconfig C\n\tbool \"C\"\n" +
            "config D\n\tbool \"D\"\nconfig E\n\tbool \"E\"\nendchoice\nconfig X\n\tbool\n");

        var choice = Assert.Single(model.Choices);

        // Held as the finalizer left them: one node and one prompt as themselves, the definition's two defaults as its own array.
        Assert.Same(model.Root.Children.Single(n => n.Kind == Model.MenuNodeKind.Choice), choice.NodeList[0]);
        Assert.Equal(1, choice.NodeList.Count);
        Assert.Equal(1, choice.PromptsView.Count);
        Assert.Equal(2, choice.DefaultsView.Count);
        Assert.Same(choice.NodeList[0].DefaultsView[0], choice.DefaultsView[0]);
        Assert.Equal(["A", "B", "C", "D", "E"], choice.Members.Select(s => s.Name));
        Assert.Equal(["Pick"], choice.Prompts.Select(p => p.Text));
        Assert.Equal(["B", "C"], choice.Defaults.Select(d => d.Value.ToString()));
        Assert.Single(choice.Nodes);
        Assert.Equal(5, choice.Members.Capacity);
        Assert.Equal(2, choice.Defaults.Capacity);
        Assert.All(choice.Members, member => Assert.Same(choice, member.Choice));
    }

    [Fact]
    public void A_named_choice_defined_twice_gathers_both_definitions_in_order_and_each_member_once()
    {
        var model = KconfigParser.ParseText(
            "choice PICK\n\tprompt \"First\"\n\tdefault A\nconfig A\n\tbool \"A\"\nconfig B\n\tbool \"B\"\nendchoice\n" +
            "choice PICK\n\tprompt \"Second\"\n\tdefault C\n\tdefault B\nconfig C\n\tbool \"C\"\nconfig B\n\tbool \"B again\"\nendchoice\n");

        var choice = Assert.Single(model.Choices);
        Assert.Equal(2, choice.Nodes.Count);
        Assert.True(choice.Nodes[0].Location.Line < choice.Nodes[1].Location.Line);
        Assert.Equal(["First", "Second"], choice.Prompts.Select(p => p.Text));
        Assert.Equal(["A", "C", "B"], choice.Defaults.Select(d => d.Value.ToString()));
        Assert.Equal(["A", "B", "C"], choice.Members.Select(s => s.Name));

        // The first definition's default array is shared, never written: the second definition's defaults went to a copy.
        Assert.Single(choice.Nodes[0].Defaults);
        Assert.Equal(3, choice.DefaultsView.Count);
    }

    [Fact]
    public void A_choice_defined_three_times_gathers_its_lists_in_order_whatever_was_read_between()
    {
        // The definitions, prompts and defaults grow one definition at a time (a single item, then arrays); reading the public lists
        // in the middle of the tree is not possible, so read them after and compare with every definition's in order.
        var text = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"choice PICK\n\tprompt \"P{i}\"\n" + string.Concat(Enumerable.Range(0, i).Select(d => $"\tdefault M{i}{d}\n")) +
            string.Concat(Enumerable.Range(0, i).Select(d => $"config M{i}{d}\n\tbool \"M\"\n")) + "endchoice\n"));
        var model = KconfigParser.ParseText(text);
        var choice = Assert.Single(model.Choices);
        Assert.Equal(3, choice.NodeList.Count);
        Assert.Equal(["P1", "P2", "P3"], Enumerable.Range(0, choice.PromptsView.Count).Select(i => choice.PromptsView[i].Text));
        var expected = choice.Nodes.SelectMany(node => node.Defaults).ToList();
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, Enumerable.Range(0, choice.DefaultsView.Count).Select(i => choice.DefaultsView[i]));
        Assert.Equal(expected, choice.Defaults);
        Assert.Equal(["P1", "P2", "P3"], choice.Prompts.Select(p => p.Text));
        Assert.Equal(choice.NodeList[2], choice.Nodes[2]);
    }
}
