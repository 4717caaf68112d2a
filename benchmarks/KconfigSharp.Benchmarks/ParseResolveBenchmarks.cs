using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using KconfigSharp.Benchmarks.Infrastructure;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Benchmarks;

/// <summary>
/// Parse + resolve of the real trees in-process, steady state (issue 8: QEMU ≤ 1 ms, NuttX ≤ 25 ms, and
/// at most 5× the floor). The baseline, <see cref="Floor_ReadFromDiskAndCountLines"/>, reads the very
/// files the parser reads (recorded from a real parse; warm page cache) and counts their lines; the
/// Ratio column is every row against it. The in-memory provider is preloaded with the same texts, so
/// the <c>*_InMemory</c> rows are the parser and resolver alone, <see cref="ParseResolve_FromDisk"/> is
/// what the CLI pays after start-up.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ParseResolveBenchmarks
{
    private CorpusTree _tree = null!;
    private KconfigModel _model = null!;
    private IReadOnlyList<ValueAssignment> _values = null!;

    [Params(Corpus.Qemu, Corpus.NuttX)]
    public Corpus Corpus { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tree = CorpusTree.Get(Corpus);
        _model = _tree.Parse(_tree.Memory);
        _values = _tree.ReadValues(_tree.Memory);
    }

    /// <summary>The floor of the whole: read every file from disk (UTF-8 decode) and count its lines.</summary>
    [Benchmark(Baseline = true)]
    public long Floor_ReadFromDiskAndCountLines()
    {
        long lines = 0;
        foreach (var path in _tree.FullPaths)
        {
            lines += CorpusTree.CountLines(File.ReadAllText(path));
        }

        return lines;
    }

    /// <summary>The floor of the in-memory rows: fetch every text from the same provider and count its lines.</summary>
    [Benchmark]
    public long Floor_ReadFromMemoryAndCountLines()
    {
        long lines = 0;
        foreach (var path in _tree.Files)
        {
            _tree.Memory.TryReadFile(path, out var text);
            lines += CorpusTree.CountLines(text);
        }

        return lines;
    }

    /// <summary>The lexing floor of a parse: the parser's lexer over the same texts, no model built (<see cref="LexFloor"/>).</summary>
    [Benchmark]
    public long Floor_LexInMemory() => LexFloor.Run(_tree);

    [Benchmark]
    public KconfigModel Parse_InMemory() => _tree.Parse(_tree.Memory);

    /// <summary>Resolve alone, on a model parsed once (values files and defines already read).</summary>
    [Benchmark]
    public ResolvedConfiguration Resolve_Only() => _tree.Resolve(_model, _values);

    /// <summary>The number: parse + read values + resolve, texts preloaded.</summary>
    [Benchmark]
    public ResolvedConfiguration ParseResolve_InMemory() => _tree.ParseAndResolve(_tree.Memory);

    /// <summary>The same, reading every file from disk as the CLI does.</summary>
    /// <summary>What <c>kconfig resolve</c> does in memory: the parse skips help texts (<c>ReadsHelpText</c> off).</summary>
    [Benchmark]
    public ResolvedConfiguration ParseResolve_InMemory_WithoutHelp() => _tree.ParseAndResolveWithoutHelp(_tree.Memory);

    [Benchmark]
    public ResolvedConfiguration ParseResolve_FromDisk() => _tree.ParseAndResolve(new DiskFileProvider(_tree.Folder));

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            SummaryStyle = SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond).WithSizeUnit(Perfolizer.Metrology.SizeUnit.MB);
            AddColumn(new CorpusFactColumn("Tree", "Files and lines read, defined symbols and diagnostics of a parse + resolve", corpus => CorpusTree.Get(corpus).Describe()));
            AddColumn(new CorpusFactColumn("Model retained", "Live bytes held by one KconfigModel (GC.GetTotalMemory after a full GC, host process)", corpus =>
            {
                var tree = CorpusTree.Get(corpus);
                return RetainedSize.Format(RetainedSize.Measure(() => tree.Parse(tree.Memory)));
            }));
            // With its descriptions written, as the generator keeps it: until then a configuration holds the model too.
            AddColumn(new CorpusFactColumn("Resolved retained", "Live bytes held by one ResolvedConfiguration alone, descriptions written (what the generator keeps)", corpus =>
            {
                var tree = CorpusTree.Get(corpus);
                return RetainedSize.Format(RetainedSize.Measure(() => tree.ParseAndResolve(tree.Memory).WithDescriptionsWritten()));
            }));
        }
    }
}
