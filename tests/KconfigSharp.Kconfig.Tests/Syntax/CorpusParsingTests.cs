using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Syntax;

public sealed class CorpusParsingTests
{
    [SharedDataFact]
    public void Qemu_tree_parses_without_diagnostics()
    {
        var model = ParseQemu();

        Assert.Empty(model.Diagnostics);
        Assert.Equal(99, model.Files.Count);
    }

    [SharedDataFact]
    public void Qemu_tree_has_the_pinned_symbol_choice_and_menu_counts()
    {
        var model = ParseQemu();

        Assert.Equal((QemuSymbols, 0, 0), (model.DefinedSymbols.Count, model.Choices.Count, CountMenus(model.Root)));
    }

    [SharedDataFact]
    public void Nuttx_tree_parses_without_errors()
    {
        var model = ParseNuttx();

        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
    }

    [SharedDataFact]
    public void Nuttx_tree_has_the_symbol_and_choice_counts_kconfiglib_reports()
    {
        var model = ParseNuttx();

        Assert.Equal((21_952, 1_185), (model.DefinedSymbols.Count, model.Choices.Count));
    }

    [SharedDataFact]
    public void Nuttx_tree_has_the_pinned_menu_count()
    {
        Assert.Equal(NuttxMenus, CountMenus(ParseNuttx().Root));
    }

    [SharedDataFact]
    public void Nuttx_tree_has_the_menu_node_count_kconfiglib_reports()
    {
        // Kconfiglib's node_iter skips the top node; so does this count.
        Assert.Equal(28_439, CountNodes(ParseNuttx().Root) - 1);
    }

    [SharedDataFact]
    public void Nuttx_option_env_symbols_take_their_value_from_the_macros()
    {
        var model = ParseNuttx();

        Assert.Equal("\"_stubs/BINDIR\"", model.FindSymbol("BINDIR")!.Nodes[0].Defaults[0].Value.ToString());
    }

    public static TheoryData<string> KconfiglibFiles()
    {
        var data = new TheoryData<string>();
        var folder = SharedData.PathOf("corpus", "kconfiglib");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => !f!.Contains('.')).Order(StringComparer.Ordinal))
            {
                data.Add(file!);
            }
        }
        else
        {
            data.Add("Kchoice");
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(KconfiglibFiles))]
    public void Kconfiglib_test_file_parses_without_errors(string file)
    {
        var provider = new DirectoryProvider(SharedData.PathOf("corpus", "kconfiglib"));

        var model = KconfigParser.Parse(file, provider);

        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        Assert.NotEmpty(model.DefinedSymbols);
    }

    private const int QemuSymbols = 777;
    private const int NuttxMenus = 1065;

    private static KconfigModel ParseQemu() =>
        KconfigParser.Parse("Kconfig", new DirectoryProvider(SharedData.PathOf("corpus", "qemu")), new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

    // The NuttX tree is 4.5 MB; parse it once for all the tests that only read the model.
    private static readonly Lazy<KconfigModel> NuttxModel = new(ParseNuttxTree);

    private static KconfigModel ParseNuttx() => NuttxModel.Value;

    private static KconfigModel ParseNuttxTree() => NuttxCorpus.Parse();

    private static int CountNodes(MenuNode node)
    {
        var count = 1;
        foreach (var child in node.Children)
        {
            count += CountNodes(child);
        }

        return count;
    }

    private static int CountMenus(MenuNode node)
    {
        var count = node.Kind == MenuNodeKind.Menu ? 1 : 0;
        foreach (var child in node.Children)
        {
            count += CountMenus(child);
        }

        return count;
    }
}
