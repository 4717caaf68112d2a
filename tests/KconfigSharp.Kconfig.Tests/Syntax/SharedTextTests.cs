using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.IO;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// The parse keeps one string per distinct prompt and help text dedented as it reads (the word table interns them)
/// and, for an undefined symbol, its first reference: the texts and the reference read back exactly as written.
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
    public void An_undefined_symbol_referenced_many_times_keeps_its_first_reference()
    {
        // Defined symbols keep none (the parse tracks first references by id); C, selected 40 times and
        // referenced in a dependency after them, keeps its first select.
        var text = "config A\n\tbool\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"config B{i}\n\tbool\n\tdepends on A\n\tselect C\n")) + "config D\n\tbool\n\tdepends on C\n";
        var model = KconfigParser.ParseText(text, "dir/Kconfig");

        Assert.Equal(new SourceLocation("dir/Kconfig", 6, 9), model.FindSymbol("C")!.FirstReference);
        Assert.Null(model.FindSymbol("A")!.FirstReference);
        Assert.Null(model.FindSymbol("B0")!.FirstReference);
        var undefined = Assert.Single(model.Diagnostics, d => d.Message.StartsWith("undefined symbol C", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation("dir/Kconfig", 6, 9), undefined.Location);
    }

    [Fact]
    public void First_references_of_a_tree_past_the_pooled_table_size_read_back()
    {
        // 3,000 undefined symbols, each referenced twice: the table grows past its first size (and into the pool).
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"config S{i}\n\tbool\n\tselect U{i}\n\tdepends on U{i}\n"));
        var model = KconfigParser.ParseText(text, "Kconfig");

        for (var i = 0; i < 3000; i++)
        {
            Assert.Equal(new SourceLocation("Kconfig", (4 * i) + 3, 9), model.FindSymbol($"U{i}")!.FirstReference);
        }

        Assert.Equal(3000, model.Diagnostics.Count(d => d.Message.StartsWith("undefined symbol U", StringComparison.Ordinal)));
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
