using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// The resolver asks the graph whether its dependency-order walk is deeper than on-demand resolution allows,
/// and the graph answers from the loop search's bound on the longest path without walking where it can. On
/// small random trees (dependency chains, selects, choices, references to undefined symbols, loops), the
/// answer must be the walk's own for every limit, and the bound must never be below the walk's depth.
/// </summary>
public sealed class DependencyDepthProperties
{
    private const int Count = 9;

    // Per symbol: the symbols its dependency, default condition and select name (index Count and up: undefined U0, U1),
    // and how many of the first symbols form a choice.
    private static readonly Gen<string> Tree =
        Gen.Select(Gen.Int[0, Count + 1].Array[0, 3].Array[Count], Gen.Int[0, Count + 1].Array[0, 2].Array[Count], Gen.Int[-1, Count - 1].Array[Count], Gen.Int[0, 3], Gen.Bool)
        .Select((dependencies, defaults, selects, choiceMembers, forward) => Render(dependencies, defaults, selects, choiceMembers, forward));

    private static string Name(int index) => index < Count ? "S" + index : "U" + (index - Count);

    private static string Render(int[][] dependencies, int[][] defaults, int[] selects, int choiceMembers, bool forward)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            if (i == 0 && choiceMembers > 0)
            {
                text.Append("choice\n\tprompt \"c\" if ").Append(Name(Count)).Append('\n');
            }

            // Without forward references every name is of an earlier symbol: a chain, no loop.
            var reads = forward ? dependencies[i] : dependencies[i].Where(d => d < i || d >= Count).ToArray();
            text.Append("config ").Append(Name(i)).Append("\n\tbool \"p\"\n");
            if (reads.Length > 0)
            {
                text.Append("\tdepends on ").Append(string.Join(" && ", reads.Select(Name))).Append('\n');
            }

            var conditions = forward ? defaults[i] : defaults[i].Where(d => d < i || d >= Count).ToArray();
            if (conditions.Length > 0)
            {
                text.Append("\tdefault y if ").Append(string.Join(" || ", conditions.Select(Name))).Append('\n');
            }

            if (selects[i] >= 0 && (forward || selects[i] > i) && i >= choiceMembers && selects[i] >= choiceMembers)
            {
                text.Append("\tselect ").Append(Name(selects[i])).Append('\n');
            }

            if (i == choiceMembers - 1)
            {
                text.Append("endchoice\n");
            }
        }

        return text.ToString();
    }

    [Fact]
    public void The_graph_says_whether_it_is_deeper_than_a_limit_as_its_walk_does()
    {
        var deep = 0;
        var shallow = 0;
        var walked = 0;
        Tree.Sample(text =>
        {
            var model = KconfigParser.ParseText(text, "Kconfig");
            var graph = DependencyGraph.Of(model);
            var bound = graph.LongestPathBound;
            var depth = graph.Depth;
            if (bound >= 0)
            {
                Assert.True(bound >= depth, $"longest path {bound} below the walk's depth {depth}\n{text}");
            }
            else
            {
                // No longest path (a cycle): the answer comes from the walk itself.
                walked++;
            }

            for (var limit = 0; limit <= depth + 1; limit++)
            {
                Assert.True(depth > limit == graph.IsDeeperThan(limit), $"limit {limit}, depth {depth}, longest path {bound}\n{text}");
                _ = depth > limit ? deep++ : shallow++;
            }
        }, iter: PropertyBudget.Iterations(400), seed: PropertyBudget.Seed, threads: 1);

        Assert.True(deep > 0 && shallow > 0 && walked > 0, $"deep {deep}, shallow {shallow}, walked {walked}");
    }

    [Theory]
    [InlineData(true, 60)]
    [InlineData(false, 1)]
    public void A_chain_longer_than_the_limit_is_as_deep_as_the_walk_goes_down_it(bool readsLater, int depth)
    {
        // Read from its first symbol down, the walk goes the whole chain deep; read from the last one up, each
        // symbol finds what it reads already walked. The longest path is the chain either way.
        var text = string.Concat(Enumerable.Range(0, 60).Select(i => $"config C{i}\n\tbool \"c\"\n" + ((readsLater ? i + 1 : i - 1) is var read and >= 0 and < 60 ? $"\tdepends on C{read}\n" : string.Empty)));

        var graph = DependencyGraph.Of(KconfigParser.ParseText(text, "Kconfig"));

        Assert.Equal(60, graph.LongestPathBound);
        Assert.Equal(depth, graph.Depth);
        Assert.Equal(depth > KconfigResolver.OnDemandDepth, graph.IsDeeperThan(KconfigResolver.OnDemandDepth));
    }
}
