using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// <see cref="ParserSession.ForTree"/> sizes the word and symbol tables from an in-memory tree's text:
/// a performance choice that must not change the model (symbol order, values, diagnostics).
/// </summary>
public sealed class TableSizingTests
{
    // ≈ 700,000 characters: past the size below which the defaults are kept, with more distinct
    // words and symbols than the defaults hold, undefined references and repeated help texts.
    private static string BigTree(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
        $"config SYM_{i}\n\tbool \"Symbol {i}\"\n\tdefault y if SYM_{i / 2} && !UNDEF_{i % 97}\n\tselect SEL_{i % 13} if SYM_{i % 7}\n" +
        $"\thelp\n\t  Help text {i % 50}, the same for every fiftieth symbol.\n\n")) +
        string.Concat(Enumerable.Range(0, 13).Select(i => $"config SEL_{i}\n\tbool\n"));

    [Fact]
    public void A_big_tree_in_memory_gets_tables_sized_from_its_text()
    {
        var text = BigTree(6000);
        var files = new InMemoryFileProvider().Add("Kconfig", "first").Add("Kconfig", text);

        var session = ParserSession.ForTree(files, KconfigParseOptions.Default);

        Assert.Equal(text.Length, files.TextLength);
        Assert.True(session.WordCache.Capacity >= text.Length / 72, $"{session.WordCache.Capacity} slots for {text.Length} characters");
        Assert.Equal(4096, ParserSession.ForTree(new InMemoryFileProvider().Add("Kconfig", "config A\n\tbool\n"), KconfigParseOptions.Default).WordCache.Capacity);
    }

    [Fact]
    public void A_small_tree_in_memory_gets_its_symbol_table_sized_from_its_text()
    {
        // QEMU's shape: many small files, one symbol per ≈ 90 characters, far below the word table's threshold.
        var files = new InMemoryFileProvider();
        for (var i = 0; i < 100; i++)
        {
            files.Add($"dir{i}/Kconfig", string.Concat(Enumerable.Range(0, 8).Select(j => $"config S{i}_{j}\n\tbool\n\tselect S{i}_{(j + 1) % 8}\n")));
        }

        var session = ParserSession.ForTree(files, KconfigParseOptions.Default);

        Assert.Equal(4096, session.WordCache.Capacity);
        Assert.Equal(files.TextLength / 160, session.SymbolCapacity);
        Assert.True(session.SymbolCapacity > 100, $"{session.SymbolCapacity} symbols estimated");
        Assert.Equal(5, ParserSession.ForTree(files, new KconfigParseOptions { MaxSymbols = 5 }).SymbolCapacity);
    }

    [Fact]
    public void A_sized_parse_gives_the_model_an_unsized_one_gives()
    {
        var memory = new InMemoryFileProvider().Add("Kconfig", BigTree(6000));

        var sized = KconfigParser.Parse("Kconfig", memory);
        var unsized = KconfigParser.Parse("Kconfig", new PassThrough(memory));

        Assert.Equal(unsized.Symbols.Keys, sized.Symbols.Keys);
        Assert.Equal(unsized.DefinedSymbols.Select(s => s.Name), sized.DefinedSymbols.Select(s => s.Name));
        Assert.Equal(unsized.Diagnostics.Select(d => d.ToString()), sized.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(
            ConfigWriter.Write(unsized, KconfigEngine.Resolve(unsized, [])),
            ConfigWriter.Write(sized, KconfigEngine.Resolve(sized, [])));
        Assert.True(sized.DefinedSymbols.Count > 6000);
    }

    // A provider that is not an InMemoryFileProvider: the session keeps its default sizes.
    private sealed class PassThrough(IKconfigFileProvider inner) : IKconfigFileProvider
    {
        public bool TryReadFile(string path, out string text) => inner.TryReadFile(path, out text);
    }
}
