using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Finalization;

/// <summary>
/// A property keeps its written condition and the one in effect in one field, the written one implied while
/// it is the shared <c>y</c> (issue 12, session 2026-11-29 morning): both must read as when each had its own
/// field, for every kind of property, with and without an <c>if</c>, inside and outside an <c>if</c> block.
/// </summary>
public sealed class PropertyConditionsTests
{
    /// <summary>A generated entry: its block's condition (-1: none), and per property kind the condition written after 'if' (-1: none).</summary>
    private sealed record Entry(int Block, int Prompt, int Default, int Select, int Range);

    private static readonly Gen<Entry> Entries =
        Gen.Select(Gen.Int[-1, 2], Gen.Int[-1, 2], Gen.Int[-1, 2], Gen.Int[-1, 2], Gen.Int[-1, 2], (block, prompt, def, select, range) => new Entry(block, prompt, def, select, range));

    private static string If(int condition) => condition < 0 ? string.Empty : $" if C{condition}";

    private static string Written(int condition) => condition < 0 ? "y" : $"C{condition}";

    private static string InEffect(int condition, int block) =>
        (condition, block) switch
        {
            (< 0, < 0) => "y",
            (< 0, _) => $"C{block}",
            (_, < 0) => $"C{condition}",
            _ => $"C{condition} && C{block}",
        };

    [Fact]
    public void Each_property_reads_its_written_condition_and_the_one_in_effect()
    {
        Entries.Array[1, 10].Sample(entries =>
        {
            var text = new StringBuilder("config C0\n\tbool \"c0\"\nconfig C1\n\tbool \"c1\"\nconfig C2\n\tbool \"c2\"\nconfig T\n\tbool\n");
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                text.Append(entry.Block < 0 ? string.Empty : $"if C{entry.Block}\n");
                text.Append($"config E{i}\n\tint\n\tprompt \"e{i}\"{If(entry.Prompt)}\n\tdefault {i}{If(entry.Default)}\n\trange 0 9{If(entry.Range)}\n");
                text.Append($"config B{i}\n\tbool\n\tselect T{If(entry.Select)}\n");
                text.Append(entry.Block < 0 ? string.Empty : "endif\n");
            }

            var model = KconfigParser.ParseText(text.ToString());
            Assert.Empty(model.Diagnostics);
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                var node = model.FindSymbol($"E{i}")!.Nodes[0];
                var select = model.FindSymbol($"B{i}")!.Nodes[0].Selects[0];
                Assert.Equal(Written(entry.Prompt), node.Prompt!.WrittenCondition.ToString());
                Assert.Equal(InEffect(entry.Prompt, entry.Block), node.Prompt.Condition.ToString());
                Assert.Equal(Written(entry.Default), node.Defaults[0].WrittenCondition.ToString());
                Assert.Equal(InEffect(entry.Default, entry.Block), node.Defaults[0].Condition.ToString());
                Assert.Equal(Written(entry.Range), node.Ranges[0].WrittenCondition.ToString());
                Assert.Equal(InEffect(entry.Range, entry.Block), node.Ranges[0].Condition.ToString());
                Assert.Equal(Written(entry.Select), select.WrittenCondition.ToString());
                Assert.Equal(InEffect(entry.Select, entry.Block), select.Condition.ToString());
                Assert.Same(model.FindSymbol("T"), select.Target);
            }
        });
    }

    [Fact]
    public void A_written_y_is_kept_as_written_and_no_if_reads_as_the_models_y()
    {
        var model = KconfigParser.ParseText("config P\n\tbool \"p\"\nif P\nconfig A\n\tbool \"a\"\n\tdefault y if y\n\tdefault n\nendif\n");
        var defaults = model.FindSymbol("A")!.Nodes[0].Defaults;

        Assert.Equal("y", defaults[0].WrittenCondition.ToString());
        Assert.Same(model.Constants.YesExpr, defaults[1].WrittenCondition);
        Assert.Equal("P", defaults[1].Condition.ToString());
        Assert.Equal("P", model.FindSymbol("A")!.Nodes[0].Prompt!.Condition.ToString());
    }

    [Fact]
    public void Properties_compare_by_both_conditions_as_records()
    {
        var location = new KconfigSharp.Kconfig.Text.SourceLocation("K", 1, 1);
        var model = KconfigParser.ParseText("config A\n\tbool\nconfig B\n\tbool\n");
        var a = model.FindSymbol("A")!;
        var b = model.FindSymbol("B")!;
        var yes = model.Constants.YesExpr;
        var condition = new SymbolExpr(a);

        Assert.Equal(new DefaultProperty(yes, yes, location), new DefaultProperty(yes, yes, location));
        Assert.Equal(new DefaultProperty(yes, condition, location), new DefaultProperty(yes, condition, location));
        Assert.NotEqual(new DefaultProperty(yes, condition, location), new DefaultProperty(yes, yes, location));
        Assert.Equal(new RelationProperty(a, b, condition, location).GetHashCode(), new RelationProperty(a, b, condition, location).GetHashCode());
        var changed = new RelationProperty(a, b, condition, location) { Condition = yes };
        Assert.NotEqual(new RelationProperty(a, b, condition, location), changed);
        Assert.Same(condition, changed.WrittenCondition);
    }

    [Fact]
    public void Every_model_shares_the_three_constants()
    {
        var first = KconfigParser.ParseText("config A\n\tbool\n");
        var second = KconfigParser.ParseText("config B\n\ttristate\n");

        Assert.Same(first.Constants, second.Constants);
        Assert.Same(first.Constants.No, second.Constants.No);
    }
}
