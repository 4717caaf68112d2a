using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// A tree parse's constants and files-seen set are reused by the thread's next parse (<see cref="ParseLookups"/>):
/// nothing of one parse may reach the next.
/// </summary>
public sealed class ParseLookupsTests
{
    private static InMemoryFileProvider Tree(string prompt) => new InMemoryFileProvider()
        .Add("Kconfig", $"config NUMBER\n\tint \"{prompt}\"\n\tdefault 1\nconfig TEXT\n\tstring\n\tdefault \"1\"\nsource \"sub/Kconfig\"\n")
        .Add("sub/Kconfig", "config SUB\n\tint\n\tdefault 1\n");

    private static Symbol DefaultConstant(KconfigModel model, string name) =>
        Assert.IsType<SymbolExpr>(model.FindSymbol(name)!.Defaults[0].Value).Symbol;

    [Fact]
    public void Consecutive_parses_on_one_thread_share_no_constant_and_read_every_file()
    {
        var first = KconfigParser.Parse("Kconfig", Tree("first"));
        var second = KconfigParser.Parse("Kconfig", Tree("second"));

        foreach (var model in new[] { first, second })
        {
            Assert.Empty(model.Diagnostics);
            Assert.Equal(["Kconfig", "sub/Kconfig"], model.Files);
            Assert.True(model.FindSymbol("SUB")!.IsDefined);
            var number = DefaultConstant(model, "NUMBER");
            Assert.Same(number, DefaultConstant(model, "SUB"));
            Assert.NotSame(number, DefaultConstant(model, "TEXT"));
            Assert.True(DefaultConstant(model, "TEXT").IsQuoted);
            Assert.False(number.IsQuoted);
        }

        Assert.NotSame(DefaultConstant(first, "NUMBER"), DefaultConstant(second, "NUMBER"));
        Assert.NotSame(DefaultConstant(first, "TEXT"), DefaultConstant(second, "TEXT"));
        Assert.Same(second.Constants.Yes, Assert.IsType<SymbolExpr>(second.Constants.YesExpr).Symbol);
    }

    [Fact]
    public void Each_parse_on_one_thread_keeps_its_own_top_level_at_its_exact_count()
    {
        // The open blocks' children gather in the thread's reused list: no model may keep that list, or the next parse
        // would write its own entries into the last one's tree.
        static string Flat(int count, int from) => string.Concat(Enumerable.Range(from, count).Select(i => $"config S{i}\n\tbool\nif S{i}\nconfig T{i}\n\tbool\nendif\n"));

        var first = KconfigParser.ParseText(Flat(300, 0) + "menu \"m\"\nconfig IN\n\tbool\nendmenu\n");
        var firstTop = Top(first.Root);
        var second = KconfigParser.ParseText(Flat(5, 1000));

        Assert.Equal(601, firstTop.Length);
        Assert.Equal(firstTop, Top(first.Root));
        Assert.All(firstTop, node => Assert.Same(first.Root, node.Parent));
        Assert.Equal(["S0", "T0", "S1"], firstTop.Take(3).Select(node => node.Symbol!.Name));
        Assert.Equal("m", firstTop[^1].Prompt!.Text);
        Assert.Equal(["S1000", "T1000", "S1001"], Top(second.Root).Take(3).Select(node => node.Symbol!.Name));
        Assert.Equal(10, second.Root.ChildrenView.Count);

        // Exact: one empty slot per 'if' node the finalizer removed in place, none else.
        Assert.Equal(300, first.Root.ChildItems.EmptySlots);
        Assert.Equal(5, second.Root.ChildItems.EmptySlots);
        Assert.Empty(ParseLookupsOfThisThread().PendingChildren);
    }

    // Read through the view: the public list would turn the field into a List of its own.
    private static MenuNode[] Top(MenuNode node)
    {
        var top = new List<MenuNode>();
        foreach (var child in node.ChildrenView)
        {
            top.Add(child);
        }

        return [.. top];
    }

    private static ParseLookups ParseLookupsOfThisThread()
    {
        var lookups = ParseLookups.Take();
        lookups.Release();
        return lookups;
    }

    [Fact]
    public void A_finished_parse_gives_back_empty_lookups()
    {
        KconfigParser.Parse("Kconfig", Tree("one"));

        var lookups = ParseLookups.Take();

        Assert.Empty(lookups.Constants);
        Assert.Empty(lookups.QuotedConstants);
        Assert.Empty(lookups.FilesSeen);
        lookups.Release();
    }

    [Fact]
    public void Lookups_grown_past_the_limit_are_not_kept()
    {
        var small = ParseLookups.Take();
        small.Constants.Add("1", new ConstantSymbols().Yes);
        small.Release();
        Assert.Same(small, ParseLookups.Take());

        for (var i = 0; i <= ParseLookups.KeptEntries; i++)
        {
            small.FilesSeen.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        small.Release();
        Assert.NotSame(small, ParseLookups.Take());
    }
}
