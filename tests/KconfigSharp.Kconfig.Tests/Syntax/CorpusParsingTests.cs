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
        var root = SharedData.PathOf("corpus", "qemu");
        var provider = new DirectoryProvider(root);

        var model = KconfigParser.Parse("Kconfig", provider, new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

        Assert.Empty(model.Diagnostics);
        Assert.Equal(99, model.Files.Count);
    }

    /// <summary>Reads a folder of the shared corpus (test-only; the product's providers live elsewhere).</summary>
    internal sealed class DirectoryProvider(string root) : IKconfigFileProvider
    {
        public bool TryReadFile(string path, out string text)
        {
            var full = Path.Combine(root, path);
            if (File.Exists(full))
            {
                text = File.ReadAllText(full);
                return true;
            }

            text = string.Empty;
            return false;
        }
    }
}
