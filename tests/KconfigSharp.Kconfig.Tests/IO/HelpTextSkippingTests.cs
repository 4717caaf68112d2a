using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Writers;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.IO;

/// <summary>
/// <see cref="KconfigParseOptions.ReadsHelpText"/> off (the CLI's <c>resolve</c>): help blocks end where they
/// end when kept, nothing else changes, and a dependency loop's diagnostic still quotes the help texts.
/// </summary>
public sealed class HelpTextSkippingTests
{
    private const string Tree = """
        config A
        	bool "A"
        	default y
        	help
        	  A's help, two lines;
        	  the second.

        	  After a blank line.
        config B
        	bool "B"
        	depends on A
        	help
        unindented: no help text, so this line is read as Kconfig (an unknown keyword)
        menu "M"
        	help
        	  Menu help.
        config C
        	int "C"
        	default 3
        	help
        		  Tabs and spaces.
        endmenu
        """;

    [Fact]
    public void Help_blocks_end_where_they_end_when_kept()
    {
        var kept = KconfigParser.ParseText(Tree, "Kconfig");
        var skipped = KconfigParser.ParseText(Tree, "Kconfig", new KconfigParseOptions { ReadsHelpText = false });

        Assert.Equal("A's help, two lines;\nthe second.\n\nAfter a blank line.", kept.FindSymbol("A")!.Nodes[0].Help);
        Assert.Null(skipped.FindSymbol("A")!.Nodes[0].Help);
        Assert.Equal(string.Empty, kept.FindSymbol("B")!.Nodes[0].Help);
        Assert.Null(skipped.FindSymbol("B")!.Nodes[0].Help);
        Assert.Equal("Tabs and spaces.", kept.FindSymbol("C")!.Nodes[0].Help);
        Assert.Null(skipped.FindSymbol("C")!.Nodes[0].Help);
        Assert.Equal(Shape(kept), Shape(skipped));
        Assert.Equal(kept.Diagnostics.Select(d => d.ToString()), skipped.Diagnostics.Select(d => d.ToString()));
        Assert.NotEmpty(kept.Diagnostics);
    }

    [Fact]
    public void A_dependency_loop_is_reported_with_the_help_texts_it_quotes()
    {
        const string loop = """
            config X
            	bool "X"
            	depends on Y
            	help
            	  X's help.
            config Y
            	bool "Y"
            	depends on X
            	help
            	  Y's help.
            """;
        var files = new InMemoryFileProvider([new KeyValuePair<string, string>("Kconfig", loop)]);
        var kept = KconfigLoader.Load(new KconfigInputs { Files = files, Roots = ["Kconfig"] });
        var skipped = KconfigLoader.Load(new KconfigInputs { Files = files, Roots = ["Kconfig"], ParseOptions = new KconfigParseOptions { ReadsHelpText = false } });

        var message = Assert.Single(kept.Configuration.Diagnostics, d => d.Id == "KCONF140").Message;
        Assert.Contains("X's help.", message, StringComparison.Ordinal);
        Assert.Equal(kept.Configuration.Diagnostics.Select(d => d.ToString()), skipped.Configuration.Diagnostics.Select(d => d.ToString()));
    }

    [SharedDataFact]
    public void NuttX_resolves_to_the_same_config_json_and_diagnostics_without_help_texts()
    {
        var root = SharedData.PathOf("corpus", "nuttx");
        KconfigLoad Load(bool help) => KconfigLoader.Load(new KconfigInputs
        {
            Files = new DirectoryProvider(root),
            Roots = ["Kconfig"],
            ParseOptions = new KconfigParseOptions { Macros = NuttxCorpus.Environment, ReadsHelpText = help },
        });

        var kept = Load(help: true);
        var skipped = Load(help: false);

        Assert.Contains(kept.Model.DefinedSymbols, s => s.Nodes.Any(n => n.Help is not null));
        Assert.DoesNotContain(skipped.Model.DefinedSymbols, s => s.Nodes.Any(n => n.Help is not null));
        Assert.Equal(Shape(kept.Model), Shape(skipped.Model));
        Assert.Equal(ConfigWriter.Write(kept.Model, kept.Configuration), ConfigWriter.Write(skipped.Model, skipped.Configuration));
        Assert.Equal(JsonWriter.Write(kept.Configuration), JsonWriter.Write(skipped.Configuration));
        Assert.Equal(kept.Configuration.Diagnostics.Select(d => d.ToString()), skipped.Configuration.Diagnostics.Select(d => d.ToString()));
    }

    // Every node's kind, symbol, prompt and location, in tree order: what skipping must leave alone.
    private static List<string> Shape(KconfigModel model)
    {
        var shape = new List<string>();
        var pending = new Stack<MenuNode>();
        pending.Push(model.Root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            shape.Add($"{node.Kind} {node.Symbol?.Name} {node.Prompt?.Text} {node.Location}");
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }

        return shape;
    }
}
