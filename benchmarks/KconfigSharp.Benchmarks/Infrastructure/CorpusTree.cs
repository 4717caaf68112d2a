using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>The two real trees the benchmarks run on.</summary>
public enum Corpus
{
    /// <summary>QEMU (qemu dialect): 99 Kconfig files, resolved for x86_64-softmmu as meson does.</summary>
    Qemu,

    /// <summary>NuttX (kconfig dialect): 853 files, 4.5 MB, 22k symbols, resolved with defaults.</summary>
    NuttX,
}

/// <summary>
/// One corpus ready to benchmark: how to parse and resolve it (dialect, macros, values, defines), the
/// exact list of files the parser reads (recorded from a real parse, values files included) and their
/// texts preloaded into an <see cref="InMemoryFileProvider"/>.
/// </summary>
internal sealed class CorpusTree
{
    private static readonly Dictionary<Corpus, CorpusTree> Cache = [];

    private CorpusTree(Corpus name, string folder, KconfigParseOptions parseOptions, IReadOnlyList<string> valuesFiles, IReadOnlyList<string> defines)
    {
        Name = name;
        Folder = folder;
        ParseOptions = parseOptions;
        ValuesFiles = valuesFiles;
        Defines = defines;

        var recorded = new List<string>();
        ParseAndResolve(new DiskFileProvider(folder, recorded));
        Files = recorded.Distinct(StringComparer.Ordinal).ToArray();
        FullPaths = Files.Select(f => Path.Combine(folder, f)).ToArray();
        Memory = new InMemoryFileProvider();
        foreach (var file in Files)
        {
            var text = File.ReadAllText(Path.Combine(folder, file));
            Memory.Add(file, text);
            Bytes += new FileInfo(Path.Combine(folder, file)).Length;
            Lines += CountLines(text);
        }
    }

    public Corpus Name { get; }

    /// <summary>The source tree (the folder of the root <c>Kconfig</c>).</summary>
    public string Folder { get; }

    public const string RootFile = "Kconfig";

    public KconfigParseOptions ParseOptions { get; }

    /// <summary>Values files (tree paths), applied in order before <see cref="Defines"/>.</summary>
    public IReadOnlyList<string> ValuesFiles { get; }

    /// <summary><c>CONFIG_X=y</c> defines applied last (QEMU: meson's host and target defines).</summary>
    public IReadOnlyList<string> Defines { get; }

    /// <summary>Every file a parse + resolve reads, as tree paths, in first-read order.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<string> FullPaths { get; }

    /// <summary>The same files, preloaded.</summary>
    public InMemoryFileProvider Memory { get; }

    public long Bytes { get; }

    public long Lines { get; }

    public static CorpusTree Get(Corpus name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var tree))
            {
                tree = name == Corpus.Qemu ? LoadQemu() : LoadNuttX();
                Cache[name] = tree;
            }

            return tree;
        }
    }

    public KconfigModel Parse(IKconfigFileProvider files) => KconfigParser.Parse(RootFile, files, ParseOptions);

    public IReadOnlyList<ValueAssignment> ReadValues(IKconfigFileProvider files)
    {
        if (ValuesFiles.Count == 0 && Defines.Count == 0)
        {
            return [];
        }

        var bag = new DiagnosticBag();
        var values = new List<ValueAssignment>();
        foreach (var valuesFile in ValuesFiles)
        {
            values.AddRange(ValuesFileReader.Read(valuesFile, files, bag));
        }

        values.AddRange(DefinesParser.Parse(Defines, bag));
        return values;
    }

    public ResolvedConfiguration Resolve(KconfigModel model, IReadOnlyList<ValueAssignment> values) =>
        KconfigEngine.Resolve(model, values, ResolveOptions.Default);

    public ResolvedConfiguration ParseAndResolve(IKconfigFileProvider files) => Resolve(Parse(files), ReadValues(files));

    /// <summary>Parse + resolve as <c>kconfig resolve</c> reads a tree: help texts skipped (<see cref="KconfigParseOptions.ReadsHelpText"/> off).</summary>
    public ResolvedConfiguration ParseAndResolveWithoutHelp(IKconfigFileProvider files) =>
        Resolve(KconfigParser.Parse(RootFile, files, ParseOptions.WithReadsHelpText(false)), ReadValues(files));

    /// <summary>Lines the way <c>wc -l</c> counts them (vectorized).</summary>
    public static int CountLines(string text) => text.AsSpan().Count('\n');

    /// <summary>A one-line description for the report: files, lines, symbols, errors.</summary>
    public string Describe()
    {
        var model = Parse(Memory);
        var resolved = ParseAndResolve(Memory);
        var errors = resolved.Diagnostics.Count(d => d.Severity == KconfigSeverity.Error);
        var warnings = resolved.Diagnostics.Count(d => d.Severity == KconfigSeverity.Warning);
        return $"{Files.Count} files, {Lines:N0} lines, {Bytes / 1024.0 / 1024.0:0.00} MB; {model.DefinedSymbols.Count:N0} defined symbols, {errors} errors, {warnings} warnings";
    }

    private static CorpusTree LoadQemu()
    {
        var folder = RepositoryPaths.RequireCorpus("qemu");
        // What meson passes to minikconf for x86_64-softmmu (../qemu-expected/x86_64-softmmu/inputs.txt).
        string[] defines =
        [
            "CONFIG_TPM=y", "CONFIG_PIXMAN=y", "CONFIG_SPICE=y", "CONFIG_IVSHMEM=y", "CONFIG_OPENGL=y", "CONFIG_GNUTLS=y",
            "CONFIG_X11=y", "CONFIG_FDT=y", "CONFIG_VHOST_USER=y", "CONFIG_VHOST_VDPA=y", "CONFIG_VHOST_KERNEL=y",
            "CONFIG_VIRTFS=y", "CONFIG_LINUX=y", "CONFIG_MULTIPROCESS_ALLOWED=y", "CONFIG_HV_BALLOON_POSSIBLE=y",
            "CONFIG_KVM=y", "CONFIG_MSHV=y", "CONFIG_TCG=y", "CONFIG_X86_64=y", "CONFIG_TARGET_BIG_ENDIAN=n",
        ];
        return new CorpusTree(
            Corpus.Qemu,
            folder,
            new KconfigParseOptions { Dialect = KconfigDialect.Qemu },
            ["configs/devices/x86_64-softmmu/default.mak"],
            defines);
    }

    private static CorpusTree LoadNuttX()
    {
        var folder = RepositoryPaths.RequireCorpus("nuttx");
        return new CorpusTree(
            Corpus.NuttX,
            folder,
            new KconfigParseOptions { Dialect = KconfigDialect.Kconfig, Macros = NuttXMacros },
            [],
            []);
    }

    /// <summary>The environment ../shared/corpus/nuttx/SOURCE.md prescribes.</summary>
    public static IReadOnlyDictionary<string, string> NuttXMacros { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BINDIR"] = "_stubs/BINDIR",
        ["APPSBINDIR"] = "_stubs/APPSBINDIR",
        ["EXTERNALDIR"] = "_stubs/EXTERNALDIR",
        ["APPSDIR"] = "../apps",
    };
}
