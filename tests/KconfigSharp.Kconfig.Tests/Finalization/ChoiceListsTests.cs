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
        Assert.Equal(["A", "B", "C", "D", "E"], choice.Members.Select(s => s.Name));
        Assert.Equal(["Pick"], choice.Prompts.Select(p => p.Text));
        Assert.Equal(["B", "C"], choice.Defaults.Select(d => d.Value.ToString()));
        Assert.Single(choice.Nodes);
        Assert.Equal(5, choice.Members.Capacity);
        Assert.Equal(1, choice.Prompts.Capacity);
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
    }
}
