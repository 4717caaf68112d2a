using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Syntax;

public sealed class CorpusParsingTests
{
    [SharedDataFact]
    public void Qemu_tree_parses_without_diagnostics()
    {
        var root = SharedData.PathOf("corpus", "qemu");
        var provider = new DirectoryProvider(root);

        var model = KconfigParser.Parse("Kconfig", provider, new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

        Assert.Empty(model.Diagnostics);
        Assert.Equal(99, model.Files.Count);
    }
}
