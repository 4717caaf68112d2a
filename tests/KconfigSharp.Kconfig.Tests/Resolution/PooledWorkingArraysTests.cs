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
}
