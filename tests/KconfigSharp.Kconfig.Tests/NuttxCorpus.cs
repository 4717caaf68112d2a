using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests;

/// <summary>The NuttX snapshot of <c>../shared/corpus/nuttx</c>, read as SOURCE.md prescribes.</summary>
internal static class NuttxCorpus
{
    /// <summary>The macro values SOURCE.md prescribes for the snapshot.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["BINDIR"] = "_stubs/BINDIR",
        ["APPSBINDIR"] = "_stubs/APPSBINDIR",
        ["EXTERNALDIR"] = "_stubs/EXTERNALDIR",
        ["APPSDIR"] = "../apps",
    };

    /// <summary>A fresh parse of the tree (about 4.5 MB of Kconfig) with <see cref="Environment"/>.</summary>
    public static KconfigModel Parse() =>
        KconfigParser.Parse("Kconfig", new DirectoryProvider(SharedData.PathOf("corpus", "nuttx")), new KconfigParseOptions
        {
            Dialect = KconfigDialect.Kconfig,
            Macros = Environment,
        });
}
