using CsCheck;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.IO;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// The parse keeps one string per distinct prompt and help text dedented as it reads (the word table interns them) and
/// chains symbol references through chunks that start small: the texts and references read back
/// exactly as written.
/// </summary>
public sealed class SharedTextTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Repeated_prompts_and_help_texts_are_one_string_and_read_as_written(bool buffered)
    {
        // Help texts are interned where the parser dedents them as it reads (a buffered provider's files);
        // from a provider's strings they are dedented on first read, each node its own (DeferredHelpTextTests).
        var files = new InMemoryFileProvider().Add(
            "Kconfig",
            "config A\n\tbool \"Enable it\"\n\thelp\n\t  Same text.\n\t    Indented.\n\n" +
            "config B\n\tbool \"Enable it\"\n\thelp\n\t  Same text.\n\t    Indented.\n\n" +
            "config C\n\tstring \"Other\"\n\tdefault \"Enable it\"\n\thelp\n\t  Other text.\n");
        var model = buffered ? KconfigParser.Parse("Kconfig", new BufferedOnlyProvider(files)) : KconfigParser.Parse("Kconfig", files);
        var a = model.FindSymbol("A")!.Nodes[0];
        var b = model.FindSymbol("B")!.Nodes[0];
        var c = model.FindSymbol("C")!.Nodes[0];

        Assert.Equal("Enable it", a.Prompt!.Text);
        Assert.Same(a.Prompt.Text, b.Prompt!.Text);
        Assert.Equal("Same text.\n  Indented.", a.Help);
        Assert.Equal(a.Help, b.Help);
        if (buffered)
        {
            Assert.Same(a.Help, b.Help);
        }

        Assert.Equal("Other text.", c.Help);
        Assert.Equal("Enable it", ((SymbolExpr)c.Defaults[0].Value).Symbol.Name);
    }

    [Fact]
    public void A_help_line_with_tabs_inside_its_indentation_is_dedented_by_columns()
    {
        // Indentation of 8 columns written as a tab, then a line of 2 spaces + tab (= 8 columns) + 2 spaces:
        // the second keeps 2 columns; a tab after the text becomes spaces to the next multiple of 8.
        var model = KconfigParser.ParseText("config A\n\tbool\n\thelp\n\tFirst\tcell.\n  \t  Second.\n");
        Assert.Equal("First   cell.\n  Second.", model.FindSymbol("A")!.Nodes[0].Help);
    }

    [Fact]
    public void References_beyond_the_first_small_chunk_and_beyond_one_full_chunk_read_back_in_order()
    {
        var references = new SymbolReferences();
        var last = -1;
        for (var i = 0; i < 5000; i++)
        {
            last = references.Add(last, new SourceLocation("Kconfig", i + 1, 3));
        }

        // A symbol keeps its last index and count: the chain is walked back from there.
        Assert.Equal(new SourceLocation("Kconfig", 1, 3), references.First(last, 5000));
        var chain = references.Chain(last, 5000);
        for (var i = 0; i < 5000; i++)
        {
            Assert.Equal(new SourceLocation("Kconfig", i + 1, 3), chain[i]);
            Assert.Equal(chain[i], references[i]);
        }
    }

    [Fact]
    public void References_in_files_that_alternate_read_back_with_their_own_file()
    {
        // Stored with a number for the file: files come and go as 'source' nests and returns, and a
        // file name equal to an earlier one but another string instance is the same file.
        var references = new SymbolReferences();
        string[] files = ["Kconfig", "a/Kconfig", new string("Kconfig".ToCharArray()), "b/Kconfig", "a/Kconfig"];
        var added = new List<SourceLocation>();
        var last = -1;
        for (var i = 0; i < 100; i++)
        {
            var location = new SourceLocation(files[i % files.Length], i + 1, (i % 7) + 1);
            added.Add(location);
            last = references.Add(last, location);
        }

        Assert.Equal(added, references.Chain(last, 100));
        Assert.Equal(added[0], references.First(last, 100));
    }

    [Fact]
    public void Interleaved_chains_of_several_symbols_read_back_each_in_its_own_order()
    {
        // Each added reference goes to one of up to 8 chains; a chain is its last index and count.
        Gen.Int[0, 7].Array[1, 3000].Sample(owners =>
        {
            var references = new SymbolReferences();
            var last = Enumerable.Repeat(-1, 8).ToArray();
            var added = Enumerable.Range(0, 8).Select(_ => new List<SourceLocation>()).ToArray();
            for (var i = 0; i < owners.Length; i++)
            {
                var location = new SourceLocation("f" + owners[i], i + 1, owners[i] + 1);
                last[owners[i]] = references.Add(last[owners[i]], location);
                added[owners[i]].Add(location);
            }

            for (var chain = 0; chain < 8; chain++)
            {
                if (added[chain].Count > 0)
                {
                    Assert.Equal(added[chain], references.Chain(last[chain], added[chain].Count));
                    Assert.Equal(added[chain][0], references.First(last[chain], added[chain].Count));
                }
            }
        }, iter: Properties.PropertyBudget.Iterations(200), seed: Properties.PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void A_symbol_referenced_many_times_lists_every_reference()
    {
        var text = "config A\n\tbool\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"config B{i}\n\tbool\n\tdepends on A\n"));
        var model = KconfigParser.ParseText(text);
        var references = model.FindSymbol("A")!.References;
        Assert.Equal(40, references.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => 5 + (3 * i)), references.Select(r => r.Line));
    }

    [Fact]
    public void An_expression_parses_alone_with_the_same_grammar()
    {
        var expression = KconfigParser.ParseExpression("A && (B || !C) && D=0x10", out var error);
        Assert.Null(error);
        Assert.Equal("A && (B || !C) && D = 0x10", expression!.ToString());
        Assert.Null(KconfigParser.ParseExpression("A &&", out error));
        Assert.NotNull(error);
    }
}
