using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Finalization;

/// <summary>
/// A menu node keeps its own dependency and the propagated one in one field once the tree is finalized: the own
/// one is then the propagated one, its left operand, the shared y, or kept aside (issue 12, session 2026-11-29
/// morning). Both must read as when each had its field, in every case <c>Expr.And</c> can take: an own
/// dependency of y (written or not), of n, a parent's of y or n, and both plain.
/// </summary>
public sealed class NodeDependencyTests
{
    private static readonly string[] Conditions = ["A", "B", "y", "n"];

    /// <summary>A generated entry: its block ('-' none, 'i' an if, 'm' a menu), the block's condition (-1: none), its own 'depends on' lines.</summary>
    private sealed record Entry(char Block, int BlockCondition, int[] DependsOn);

    private static readonly Gen<Entry> Entries =
        Gen.Select(Gen.Int[0, 2].Select(i => "-im"[i]), Gen.Int[-1, 3], Gen.Int[0, 3].Array[0, 2], (block, condition, dependsOn) => new Entry(block, condition, dependsOn));

    // Expr.And's simplifications, on the printed form of single operands and chains of them.
    private static string And(string left, string right) =>
        left == "y" || right == "n" ? right : right == "y" || left == "n" ? left : $"{left} && {right}";

    [Fact]
    public void Own_and_propagated_dependencies_read_as_written_and_anded()
    {
        Entries.Array[1, 8].Sample(entries =>
        {
            var text = new StringBuilder("config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n");
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                var blockCondition = entry.BlockCondition < 0 ? null : Conditions[entry.BlockCondition];
                text.Append(entry.Block switch
                {
                    'i' => $"if {blockCondition ?? "y"}\n",
                    'm' => $"menu \"M{i}\"\n" + (blockCondition is null ? string.Empty : $"\tdepends on {blockCondition}\n"),
                    _ => string.Empty,
                });
                text.Append($"config E{i}\n\tbool \"e{i}\"\n");
                foreach (var condition in entry.DependsOn)
                {
                    text.Append($"\tdepends on {Conditions[condition]}\n");
                }

                text.Append(entry.Block switch { 'i' => "endif\n", 'm' => "endmenu\n", _ => string.Empty });
            }

            var model = KconfigParser.ParseText(text.ToString());
            Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics));
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                var blockCondition = entry.BlockCondition < 0 ? "y" : Conditions[entry.BlockCondition];
                var own = entry.DependsOn.Aggregate("y", (and, condition) => And(and, Conditions[condition]));
                var parent = entry.Block == '-' ? "y" : blockCondition;
                var node = model.FindSymbol($"E{i}")!.Nodes[0];

                Assert.Equal(own, node.OwnDependency.ToString());
                Assert.Equal(And(own, parent), node.Dependency.ToString());
                Assert.Equal(own, node.OwnDependency.ToString());
                if (entry.Block == 'm')
                {
                    Assert.Equal(blockCondition, node.Parent!.OwnDependency.ToString());
                    Assert.Equal(blockCondition, node.Parent.Dependency.ToString());
                }
            }
        });
    }

    [Fact]
    public void The_root_and_a_node_without_depends_on_read_y_as_their_own()
    {
        var model = KconfigParser.ParseText("config A\n\tbool \"a\"\n");

        Assert.Same(model.Constants.YesExpr, model.Root.OwnDependency);
        Assert.Same(model.Constants.YesExpr, model.Root.Dependency);
        Assert.Same(model.Constants.YesExpr, model.FindSymbol("A")!.Nodes[0].OwnDependency);
    }
}
