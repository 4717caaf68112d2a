using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// A resolve's working arrays (values, visibilities, origins, in-progress marks, the graph's scratch)
/// are rented from the array pool and given back: the next resolve on the thread gets the same arrays
/// with the last one's contents, which must not leak into its values.
/// </summary>
public sealed class PooledWorkingArraysTests
{
    private static string Tree(int count, bool withDefaults)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("config S").Append(i).Append("\n\tbool \"S").Append(i).Append("\"\n");
            if (withDefaults)
            {
                text.Append("\tdefault y\n\tselect T").Append(i).Append('\n');
            }

            text.Append("config T").Append(i).Append("\n\tstring \"T").Append(i).Append("\"\n");
            if (withDefaults)
            {
                text.Append("\tdefault \"set\"\n");
            }
        }

        return text.ToString();
    }

    [Fact]
    public void A_resolve_after_another_on_the_same_thread_sees_none_of_its_values()
    {
        // Same size, so the pool hands the second resolve the first one's arrays.
        var everySet = KconfigParser.ParseText(Tree(200, withDefaults: true), "Kconfig");
        var noneSet = KconfigParser.ParseText(Tree(200, withDefaults: false), "Kconfig");

        var first = KconfigEngine.Resolve(everySet, []);
        var second = KconfigEngine.Resolve(noneSet, []);
        var fresh = KconfigEngine.Resolve(KconfigParser.ParseText(Tree(200, withDefaults: false), "Kconfig"), []);

        Assert.Equal("y", first.Find("S7")!.Value);
        Assert.Equal("set", first.Find("T7")!.Value);
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal("n", second.Find("S" + i)!.Value);
            Assert.Equal(string.Empty, second.Find("T" + i)!.Value);
            Assert.Equal(fresh.Find("S" + i)!.Value, second.Find("S" + i)!.Value);
            Assert.Equal(fresh.Find("S" + i)!.Origin.Source, second.Find("S" + i)!.Origin.Source);
        }
    }

    [Fact]
    public void The_same_model_resolved_again_with_other_values_gets_exactly_those()
    {
        var model = KconfigParser.ParseText(Tree(50, withDefaults: true), "Kconfig");
        var defaults = KconfigEngine.Resolve(model, []);
        var assigned = KconfigEngine.Resolve(model, [new ValueAssignment("S3", "n", false, SourceLocation.None, ValueSource.Define)]);
        var again = KconfigEngine.Resolve(model, []);

        Assert.Equal("n", assigned.Find("S3")!.Value);
        Assert.Equal("y", assigned.Find("S4")!.Value);
        Assert.Equal(defaults.Symbols.Select(s => (s.Name, s.Value, s.IsVisible)), again.Symbols.Select(s => (s.Name, s.Value, s.IsVisible)));
    }

    private static string QemuTree(int count, bool selected)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("config Q").Append(i).Append("\n\tbool\n");
            if (selected)
            {
                text.Append("\tdefault y\n\tselect R").Append(i).Append('\n');
            }

            text.Append("config R").Append(i).Append("\n\tbool\n");
        }

        return text.ToString();
    }

    private static KconfigModel QemuModel(string text) =>
        KconfigParser.ParseText(text, "Kconfig", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

    [Fact]
    public void A_qemu_origin_read_after_the_next_resolve_still_names_its_own_clause()
    {
        // The clause table is rented: the second resolve reuses the first one's chunks, so the first
        // resolve's origins, described only now, must not read what the second wrote there.
        var first = KconfigEngine.Resolve(QemuModel(QemuTree(600, selected: true)), []);
        var second = KconfigEngine.Resolve(QemuModel(QemuTree(600, selected: false)), []);

        for (var i = 0; i < 600; i += 37)
        {
            Assert.Equal("y", first.Find("R" + i)!.Value);
            Assert.Equal(ValueSource.Select, first.Find("R" + i)!.Origin.Source);
            Assert.StartsWith($"selected (select R{i} if Q{i}) at Kconfig:", first.Find("R" + i)!.Origin.Description, StringComparison.Ordinal);
            Assert.StartsWith($"config Q{i} default y at Kconfig:", first.Find("Q" + i)!.Origin.Description, StringComparison.Ordinal);
            Assert.Equal("n", second.Find("R" + i)!.Value);
            Assert.Equal("no clause set it (implicit default n)", second.Find("R" + i)!.Origin.Description);
        }
    }

    [Fact]
    public void A_resolve_after_another_sees_none_of_its_choice_selections()
    {
        static string Choices(string picked)
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < 40; i++)
            {
                text.Append("choice C").Append(i).Append("\n\tprompt \"c\"\n\tdefault ").Append(picked).Append(i).Append('\n');
                text.Append("config A").Append(i).Append("\n\tbool \"a\"\nconfig B").Append(i).Append("\n\tbool \"b\"\nendchoice\n");
            }

            return text.ToString();
        }

        var first = KconfigEngine.Resolve(KconfigParser.ParseText(Choices("B"), "Kconfig"), []);
        var second = KconfigEngine.Resolve(KconfigParser.ParseText(Choices("A"), "Kconfig"), []);

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal("y", first.Find("B" + i)!.Value);
            Assert.Equal("y", second.Find("A" + i)!.Value);
            Assert.Equal("n", second.Find("B" + i)!.Value);
            Assert.Equal("B" + i, first.Choices[i].Selection);
            Assert.Equal("A" + i, second.Choices[i].Selection);
        }
    }
}
