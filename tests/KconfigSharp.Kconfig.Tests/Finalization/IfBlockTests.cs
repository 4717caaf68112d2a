using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Finalization;

/// <summary>
/// An <c>if</c> block's entries are gathered inline after its node, with the node as their parent, and the
/// finalizer takes their dependencies from the innermost open block before removing the node (issue 12,
/// 2026-11-29 day): the tree must come out as when each block had a list of its own that was flattened.
/// </summary>
public sealed class IfBlockTests
{
    private static readonly KconfigParseOptions KconfigOptions = new() { Dialect = KconfigDialect.Kconfig };

    /// <summary>A generated entry: a config, or an <c>if P&lt;n&gt;</c> or <c>menu</c> block of entries.</summary>
    private sealed record Entry(char Kind, int Condition, Entry[] Body);

    private static Gen<Entry[]> Entries(int depth)
    {
        var config = Gen.Const(new Entry('c', 0, []));
        if (depth == 0)
        {
            return config.Array[0, 4];
        }

        var body = Entries(depth - 1);
        return Gen.Frequency(
            (3, config),
            (2, Gen.Select(Gen.Int[0, 3], body, (condition, entries) => new Entry('i', condition, entries))),
            (1, body.Select(entries => new Entry('m', 0, entries)))).Array[0, 4];
    }

    [Fact]
    public void Entries_of_nested_if_blocks_take_their_place_with_every_enclosing_condition_anded_in()
    {
        Entries(4).Sample(entries =>
        {
            // The program, and for each config in text order the 'if' conditions around it up to its menu.
            var text = new StringBuilder();
            for (var p = 0; p < 4; p++)
            {
                text.Append($"config P{p}\n\tbool \"p{p}\"\n");
            }

            var expected = new List<(string Name, string? Menu, int[] Ifs)>();
            var pending = new Stack<(Entry[] Entries, int Index, string? Menu, int[] Ifs, string? End)>();
            pending.Push((entries, 0, null, [], null));
            var configs = 0;
            var menus = 0;
            while (pending.Count > 0)
            {
                var (list, index, menu, ifs, end) = pending.Pop();
                if (index == list.Length)
                {
                    text.Append(end);
                    continue;
                }

                pending.Push((list, index + 1, menu, ifs, end));
                var entry = list[index];
                switch (entry.Kind)
                {
                    case 'c':
                        var name = $"C{configs++}";
                        text.Append($"config {name}\n\tbool \"{name}\"\n");
                        expected.Add((name, menu, ifs));
                        break;
                    case 'i':
                        text.Append($"if P{entry.Condition}\n");
                        pending.Push((entry.Body, 0, menu, [.. ifs, entry.Condition], "endif\n"));
                        break;
                    default:
                        var title = $"M{menus++}";
                        text.Append($"menu \"{title}\"\n");
                        pending.Push((entry.Body, 0, title, [], "endmenu\n"));
                        break;
                }
            }

            var model = KconfigParser.ParseText(text.ToString(), "Kconfig", KconfigOptions);
            Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics));

            // Every node in the tree, in order: no 'if' node left, each node's parent the menu around it.
            var walked = new List<MenuNode>();
            var nodes = new Stack<MenuNode>([model.Root]);
            while (nodes.Count > 0)
            {
                var node = nodes.Pop();
                foreach (var child in node.ChildrenView)
                {
                    Assert.NotEqual(MenuNodeKind.If, child.Kind);
                    Assert.Same(node, child.Parent);
                }

                for (var i = node.ChildrenView.Count - 1; i >= 0; i--)
                {
                    nodes.Push(node.ChildrenView[i]);
                }

                if (node.Symbol is { } symbol && symbol.Name.StartsWith('C'))
                {
                    walked.Add(node);
                }
            }

            Assert.Equal(expected.Select(e => e.Name), walked.Select(node => node.Symbol!.Name));
            for (var i = 0; i < walked.Count; i++)
            {
                var node = walked[i];
                Assert.Equal(expected[i].Menu, node.Parent!.Kind == MenuNodeKind.Menu ? node.Parent.Prompt!.Text : null);

                // The dependency as the nesting gives it: (((menu's) && if1) && if2 ...), outermost first.
                var dependency = node.Parent.Dependency;
                foreach (var condition in expected[i].Ifs)
                {
                    dependency = Expr.And(new SymbolExpr(model.Symbols[$"P{condition}"]), dependency);
                }

                Assert.Equal(Expr.And(model.Constants.YesExpr, dependency).ToString(), node.Dependency.ToString());
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    [Theory]
    [InlineData("config A\n\tbool \"a\"\nif P\nconfig B\n\tbool \"b\"\nendif\nconfig C\n\tbool \"c\"\n", "A B C")]
    [InlineData("if P\nconfig A\n\tbool \"a\"\nif Q\nconfig B\n\tbool \"b\"\nendif\nendif\nconfig C\n\tbool \"c\"\n", "A B C")]
    [InlineData("config A\n\tbool \"a\"\nif A\nconfig B\n\tbool \"b\"\nendif\nconfig C\n\tbool \"c\"\n", "A C")] // the block is A's implicit submenu
    [InlineData("config A\n\tbool\nif A\nconfig B\n\tbool \"b\"\nendif\nconfig C\n\tbool \"c\"\n", "A B C")] // a promptless symbol's submenu is scanned
    [InlineData("if P\nconfig A\n\tbool \"a\"\nendif\nconfig B\n\tbool \"b\"\n\tdepends on A\n", "A B")] // A's submenu ends with the block
    [InlineData("if P\nendif\nconfig A\n\tbool \"a\"\nif Q\nendif\n", "A")]
    public void Choice_members_inside_if_blocks_are_found_as_in_a_flattened_list(string body, string members)
    {
        var text = "config P\n\tbool \"p\"\nconfig Q\n\tbool \"q\"\nchoice\n\tprompt \"pick\"\n" + body + "endchoice\n";

        var model = KconfigParser.ParseText(text, "Kconfig", KconfigOptions);

        Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics));
        var choice = Assert.Single(model.Choices);
        Assert.Equal(members, string.Join(" ", choice.Members.Select(m => m.Name)));
        var choiceNode = choice.Nodes[0];
        Assert.All(choiceNode.Children, child => Assert.NotEqual(MenuNodeKind.If, child.Kind));
        Assert.All(choiceNode.Children, child => Assert.Same(choiceNode, child.Parent));
    }

    [Fact]
    public void An_if_block_of_a_choice_gives_its_entries_its_condition_and_the_choice()
    {
        var model = KconfigParser.ParseText(
            "config P\n\tbool \"p\"\nchoice\n\tprompt \"pick\"\nconfig A\n\tbool \"a\"\nif P\nconfig B\n\tbool \"b\"\nendif\nendchoice\n",
            "Kconfig",
            KconfigOptions);

        Assert.Equal("P && <choice>", model.Symbols["B"].Nodes[0].Dependency.ToString());
        Assert.Equal("<choice>", model.Symbols["A"].Nodes[0].Dependency.ToString());
    }
}
