using CsCheck;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.IO;
using KconfigSharp.Kconfig.Tests.Properties;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// Help texts of files a provider holds as strings are kept as ranges of them and dedented on first read
/// (<see cref="FileHelpTexts"/>, one table per file found by the entry's line); files the parser decodes itself (a buffered provider, the CLI's) get
/// them dedented at once. Both must read the same text, whatever the indentation, line breaks and macro
/// expansions before the block (which shift the parser's copy of the text against the provider's string).
/// </summary>
public sealed class DeferredHelpTextTests
{
    private static readonly string[] Breaks = ["\n", "\r\n", "\r"];

    // One help line: indentation (spaces, tabs or both), text with inner tabs or trailing blanks, or nothing.
    private static readonly Gen<string> HelpLine = Gen.OneOf(
        Gen.Const(string.Empty),
        Gen.Const("  \t "),
        Gen.Select(Gen.OneOf("\t", "  ", "    ", "\t  ", " \t", "        ", "\t\t", " "), Gen.OneOf("text", "a\tb", "trailing  ", "x $(LONG) y", "#not a comment", "config Q"), (indent, text) => indent + text));

    // An entry: a line that may hold a macro which lengthens ($(LONG)) or shortens ($(NONE)) the line,
    // then zero, one or two help blocks; then, sometimes, an unindented line that ends the block.
    private static readonly Gen<string[]> Entry = Gen.Select(
        Gen.OneOf("\tbool \"p\"", "\tbool \"p $(LONG)\"", "\tbool \"p$(NONE)\"", "\tdefault \"$(LONG)$(LONG)\""),
        HelpLine.Array[0, 5].Array[0, 2],
        Gen.Bool,
        (attribute, helps, unindentedAfter) =>
        {
            var lines = new List<string> { attribute };
            foreach (var help in helps)
            {
                lines.Add("\thelp");
                lines.AddRange(help);
            }

            if (unindentedAfter)
            {
                lines.Add("comment \"after\"");
            }

            return lines.ToArray();
        });

    [Fact]
    public void A_deferred_help_text_reads_as_the_text_dedented_at_once()
    {
        Gen.Select(Entry.Array[1, 6], Gen.Int[0, Breaks.Length - 1], Gen.Bool).Sample((entries, breakIndex, bom) =>
        {
            var lineBreak = Breaks[breakIndex];
            var text = new System.Text.StringBuilder(bom ? "\uFEFF" : string.Empty).Append("LONG := ").Append('l', 300).Append(lineBreak).Append("NONE :=").Append(lineBreak);
            for (var i = 0; i < entries.Length; i++)
            {
                // Symbols, comments and menus (each kind keeps its help), so one file's table serves several kinds.
                text.Append((i % 3) switch { 0 => "config S" + i, 1 => "comment \"c" + i + "\"", _ => "menu \"m" + i + "\"" }).Append(lineBreak);
                foreach (var line in entries[i])
                {
                    text.Append(line).Append(lineBreak);
                }

                if (i % 3 == 2)
                {
                    text.Append("endmenu").Append(lineBreak);
                }
            }

            var files = new InMemoryFileProvider().Add("Kconfig", text.ToString());
            var deferred = KconfigParser.Parse("Kconfig", files);
            var atOnce = KconfigParser.Parse("Kconfig", new BufferedOnlyProvider(files));

            Assert.Equal(Helps(atOnce), Helps(deferred));
            Assert.Equal(atOnce.Diagnostics.Select(d => d.ToString()), deferred.Diagnostics.Select(d => d.ToString()));
        }, iter: PropertyBudget.Iterations(1500), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void A_help_text_is_dedented_only_when_read_and_then_kept()
    {
        var helpLine = "\t  " + new string('h', 1000) + "\n";
        var tree = "config A\n\tbool \"A\"\n\thelp\n" + string.Concat(Enumerable.Repeat(helpLine, 500)) + "config B\n\tbool\n";
        var files = new InMemoryFileProvider().Add("Kconfig", tree);
        KconfigParser.Parse("Kconfig", files);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var model = KconfigParser.Parse("Kconfig", files);
        var parsed = GC.GetAllocatedBytesForCurrentThread() - before;

        // The help text is 500,000 characters (1 MB as a string); the parse without it is far below that.
        Assert.True(parsed < 500_000, $"the parse allocated {parsed:N0} bytes");
        var node = model.Symbols["A"].NodeList[0];
        var help = node.Help;
        Assert.Equal(string.Join("\n", Enumerable.Repeat(new string('h', 1000), 500)), help);
        Assert.Same(help, node.Help);
    }

    [Fact]
    public void Only_a_parse_that_decodes_files_takes_the_help_scratch()
    {
        var files = new InMemoryFileProvider().Add("Kconfig", "config A\n\tbool \"A\"\n\thelp\n\t  Text.\nsource \"B\"\n").Add("B", "config B\n\tbool\n\thelp\n\t  More.\n");
        var deferred = ParserSession.ForTree(files, KconfigParseOptions.Default);
        var decoded = ParserSession.ForTree(new BufferedOnlyProvider(files), KconfigParseOptions.Default);

        var deferredModel = deferred.Run(["Kconfig"]);
        var decodedModel = decoded.Run(["Kconfig"]);

        Assert.False(deferred.HelpScratchTaken);
        Assert.True(decoded.HelpScratchTaken);
        Assert.Equal(["Text.", "More."], new[] { "A", "B" }.Select(name => deferredModel.Symbols[name].NodeList[0].Help));
        Assert.Equal(["Text.", "More."], new[] { "A", "B" }.Select(name => decodedModel.Symbols[name].NodeList[0].Help));
    }

    [Fact]
    public void Help_texts_are_off_when_the_options_say_so_whatever_the_provider()
    {
        var files = new InMemoryFileProvider().Add("Kconfig", "config A\n\tbool \"A\"\n\thelp\n\t  Text.\n");
        var options = new KconfigParseOptions { ReadsHelpText = false };

        Assert.Null(KconfigParser.Parse("Kconfig", files, options).Symbols["A"].NodeList[0].Help);
        Assert.Null(KconfigParser.Parse("Kconfig", new BufferedOnlyProvider(files), options).Symbols["A"].NodeList[0].Help);
        Assert.Equal("Text.", KconfigParser.Parse("Kconfig", files).Symbols["A"].NodeList[0].Help);
    }

    [SharedDataFact]
    public void NuttX_help_texts_read_the_same_deferred_and_dedented_at_once()
    {
        var root = SharedData.PathOf("corpus", "nuttx");
        var options = new KconfigParseOptions { Macros = NuttxCorpus.Environment };
        var deferred = KconfigParser.Parse("Kconfig", new DirectoryProvider(root), options);
        var atOnce = KconfigParser.Parse("Kconfig", new BufferedOnlyProvider(new DirectoryProvider(root)), options);

        var helps = Helps(deferred);
        Assert.Equal(Helps(atOnce), helps);
        Assert.True(helps.Count(h => h is not null) > 13_000);
    }

    [Fact]
    public void Each_entry_of_several_files_reads_its_own_help_text_whatever_order_they_are_read_in()
    {
        // Two files, one sourced twice (two parses of it, two tables), entries of every kind with and without help.
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "config A\n\tbool \"A\"\n\thelp\n\t  Help of A.\nsource \"B\"\nmenu \"M\"\n\thelp\n\t  Help of M.\nconfig C\n\tbool\ncomment \"K\"\n\thelp\n\t  Help of K.\nendmenu\nsource \"B\"\n")
            .Add("B", "choice\n\tprompt \"pick\"\n\thelp\n\t  Help of the choice.\nconfig B1\n\tbool \"b1\"\n\thelp\n\t  Help of B1.\nendchoice\nconfig B2\n\tbool\n\thelp\n\t  Help of B2.\n\thelp\n\t  And more.\n");

        var deferred = KconfigParser.Parse("Kconfig", files);
        var atOnce = KconfigParser.Parse("Kconfig", new BufferedOnlyProvider(files));

        // Read back to front: each node finds its own block, not the first or last of its file.
        var nodes = Nodes(deferred);
        var backwards = nodes.AsEnumerable().Reverse().Select(n => n.Help).Reverse().ToList();
        Assert.Equal(Helps(atOnce), backwards);
        Assert.Equal(
            ["Help of A.", "Help of the choice.", "Help of B1.", "Help of B2.\nAnd more.", "Help of M.", "Help of K.", "Help of the choice.", "Help of B1.", "Help of B2.\nAnd more."],
            backwards.Where(h => h is not null));
    }

    [Fact]
    public void Each_entry_keeps_its_file_and_its_own_help_text_in_one_field()
    {
        // Up to four files, each sourced from the middle of the one before (so their tables gather nested), entries with
        // no help, one or two help blocks (the second makes a table of its own); both providers. Oracle: the file and the
        // text each entry was written with.
        var entry = Gen.Select(Gen.Int[0, 2], Gen.Int[1, 3]);
        Gen.Select(entry.Array[0, 6].Array[1, 4], Gen.Int[0, 6].Array[4], Gen.Bool).Sample((files, sourceAt, readBackwards) =>
        {
            var provider = new InMemoryFileProvider();
            var expected = new Dictionary<string, (string File, string? Help)>();
            for (var f = 0; f < files.Length; f++)
            {
                var file = new System.Text.StringBuilder();
                for (var i = 0; i <= files[f].Length; i++)
                {
                    if (i == Math.Min(sourceAt[f], files[f].Length) && f + 1 < files.Length)
                    {
                        file.Append("source \"K").Append(f + 1).Append("\"\n");
                    }

                    if (i == files[f].Length)
                    {
                        break;
                    }

                    var (helps, lines) = files[f][i];
                    var name = "S" + f + "_" + i;
                    file.Append("config ").Append(name).Append("\n\tbool \"p\"\n");
                    var texts = new List<string>();
                    for (var h = 0; h < helps; h++)
                    {
                        file.Append("\thelp\n");
                        var text = string.Join("\n", Enumerable.Range(0, lines).Select(l => name + " help " + h + " line " + l));
                        file.Append(string.Concat(text.Split('\n').Select(l => "\t  " + l + "\n")));
                        texts.Add(text);
                    }

                    expected[name] = ("K" + f, texts.Count == 0 ? null : string.Join("\n", texts));
                }

                provider.Add("K" + f, file.ToString());
            }

            foreach (var model in new[] { KconfigParser.Parse("K0", provider), KconfigParser.Parse("K0", new BufferedOnlyProvider(provider)) })
            {
                Assert.Empty(model.Diagnostics);
                var names = readBackwards ? expected.Keys.Reverse() : expected.Keys;
                foreach (var name in names)
                {
                    var node = model.Symbols[name].NodeList[0];
                    Assert.Equal(expected[name].Help, node.Help);
                    Assert.Equal(expected[name].Help is not null, node.HasHelp);
                    Assert.Equal(expected[name].File, node.Location.File);
                    Assert.Equal(expected[name].Help, node.Help);
                }
            }
        }, iter: PropertyBudget.Iterations(500), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void A_menu_node_is_80_bytes()
    {
        var location = new KconfigSharp.Kconfig.Text.SourceLocation("Kconfig", 1, 1);
        _ = new Model.MenuNode(Model.MenuNodeKind.Symbol, location);
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = new Model.MenuNode(Model.MenuNodeKind.Symbol, location);
        Assert.Equal(80, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static List<string?> Helps(Model.KconfigModel model) => Nodes(model).Select(n => n.Help).ToList();

    // Every node of the tree in order (symbols, choices, menus and comments all keep help texts).
    private static List<Model.MenuNode> Nodes(Model.KconfigModel model)
    {
        var nodes = new List<Model.MenuNode>();
        var pending = new Stack<Model.MenuNode>([model.Root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            nodes.Add(node);
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }

        return nodes;
    }
}
