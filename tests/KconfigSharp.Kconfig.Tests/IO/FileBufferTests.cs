using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Kconfig.Tests.IO;

/// <summary>
/// A provider that writes files into the parser's reused <see cref="KconfigFileBuffer"/> (the CLI's
/// way, issue 12) must give the model a string per file gives: buffers reused by a shorter file,
/// nested files each holding their own, macro expansions that lengthen a line past the array.
/// </summary>
public sealed class FileBufferTests
{
    private static readonly string LongValue = new('v', 5000);

    // Kconfig sources three levels; 'long' is followed at the same level by 'short', so 'short' reuses
    // a buffer that still holds the longer text after its end; $(LONG) grows a line past any array
    // rented for the small file, $(EMPTY) shrinks one.
    private static InMemoryFileProvider Tree() => new InMemoryFileProvider()
        .Add("Kconfig", "LONG := " + LongValue + "\nEMPTY :=\nmainmenu \"Tree\"\nsource \"a/Kconfig\"\nconfig TOP\n\tbool \"top\"\n\tdefault y\n")
        .Add("a/Kconfig", "menu \"A\"\nsource \"a/long\"\nsource \"a/short\"\nconfig A_AFTER\n\tstring \"after$(EMPTY)\"\n\tdefault \"$(LONG)\"\nendmenu\n")
        .Add("a/long", string.Concat(Enumerable.Range(0, 400).Select(i => $"config LONG_{i}\n\tint \"long {i}\"\n\tdefault {i}\n\thelp\n\t  Help {i}.\n\n")))
        .Add("a/short", "config SHORT\n\tbool \"short\"\n\tdepends on LONG_3 = 3 && UNDEFINED\n");

    [Fact]
    public void A_buffered_provider_gives_the_model_a_string_provider_gives()
    {
        var strings = KconfigParser.Parse("Kconfig", Tree());
        var buffered = KconfigParser.Parse("Kconfig", new BufferedOnlyProvider(Tree()));

        Assert.Equal(strings.Files, buffered.Files);
        Assert.Equal(strings.DefinedSymbols.Select(s => s.Name), buffered.DefinedSymbols.Select(s => s.Name));
        Assert.Equal(strings.DefinedSymbols.Select(s => s.NodeList[0].Help), buffered.DefinedSymbols.Select(s => s.NodeList[0].Help));
        Assert.Equal(strings.Diagnostics.Select(d => d.ToString()), buffered.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(ConfigWriter.Write(strings, KconfigEngine.Resolve(strings, [])), ConfigWriter.Write(buffered, KconfigEngine.Resolve(buffered, [])));
        Assert.Equal(403, buffered.DefinedSymbols.Count);
        Assert.Equal(LongValue, KconfigEngine.Resolve(buffered, []).Find("A_AFTER")?.Value);
        Assert.Equal("after", buffered.Symbols["A_AFTER"].PromptsView[0].Text);
    }

    [Fact]
    public void A_buffered_file_over_the_size_limit_is_reported_and_not_read()
    {
        var options = new KconfigParseOptions { MaxFileSize = 100 };
        var files = new InMemoryFileProvider().Add("Kconfig", "source \"big\"\nconfig OK\n\tbool\n").Add("big", "config BIG\n\tbool\n" + new string('#', 200));

        var model = KconfigParser.Parse("Kconfig", new BufferedOnlyProvider(files), options);

        var limit = Assert.Single(model.Diagnostics, d => d.Id == KconfigDiagnostics.LimitExceeded.Id);
        Assert.Contains("'big' is 217 characters, more than the limit of 100", limit.Message);
        Assert.Equal(["OK"], model.DefinedSymbols.Select(s => s.Name));
    }

    [Fact]
    public void Splicing_grows_and_shrinks_the_text_in_place()
    {
        var buffer = new KconfigFileBuffer();
        buffer.SetText("ab$(X)cd");

        buffer.Splice(2, 6, new string('x', 100));
        Assert.Equal("ab" + new string('x', 100) + "cd", buffer.AsSpan().ToString());

        buffer.Splice(1, 102, "-");
        Assert.Equal("a-cd", buffer.AsSpan().ToString());

        buffer.Release();
        Assert.Equal(0, buffer.Length);
    }
}
