using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KconfigSharp.Benchmarks.Infrastructure;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KconfigSharp.Benchmarks;

/// <summary>
/// The incremental generator through <see cref="CSharpGeneratorDriver"/> (issue 8): a first run on each
/// corpus (fresh driver: read the AdditionalFiles, parse, resolve, emit), and the re-run after an
/// unrelated C# edit, which must do no Kconfig work. [GlobalSetup] proves the latter with step tracking
/// (every KconfigSharp step Cached/Unchanged, else it throws); the timing shows what is left.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class GeneratorBenchmarks
{
    private GeneratorHarness _harness = null!;
    private GeneratorDriver _afterFirstRun = null!;
    private ResolvedConfiguration _resolved = null!;
    private FeatureFlagsOptions _emitOptions = null!;

    [Params(Corpus.Qemu, Corpus.NuttX)]
    public Corpus Corpus { get; set; }

    /// <summary>
    /// <c>KconfigDocs</c>: "default" (full up to 2,000 symbols, else brief with compact metadata) or
    /// "full" (what every tree got before issue 13: NuttX's 25.9 MB of C#).
    /// </summary>
    [Params("default", "full")]
    public string Docs { get; set; } = "default";

    [GlobalSetup]
    public void Setup()
    {
        _harness = GeneratorHarness.ForCorpus(Corpus, Docs == "default" ? null : Docs);
        _harness.VerifyNoOpRerun();
        _afterFirstRun = _harness.CreateDriver().RunGenerators(_harness.Compilation);
        var tree = CorpusTree.Get(Corpus);
        _resolved = tree.ParseAndResolve(tree.Memory);
        _emitOptions = FeatureFlagsOptions.Default with { Docs = Docs == "default" ? null : FeatureFlagsDocs.Full };
    }

    /// <summary>A new driver (no cached state): everything from the AdditionalFiles to the generated source text.</summary>
    [Benchmark]
    public GeneratorDriver FirstRun() => _harness.CreateDriver().RunGenerators(_harness.Compilation);

    /// <summary>
    /// The first run plus what the compiler then does with the output before binding: adding the
    /// generated <c>FeatureFlags</c> to the compilation and parsing it (Roslyn parses generated trees lazily).
    /// </summary>
    [Benchmark]
    public int FirstRun_AndParseGeneratedSource()
    {
        _harness.CreateDriver().RunGeneratorsAndUpdateCompilation(_harness.Compilation, out var output, out _);
        var nodes = 0;
        foreach (var tree in output.SyntaxTrees)
        {
            nodes += tree.GetRoot().FullSpan.Length;
        }

        return nodes;
    }

    /// <summary>
    /// Emission alone (the generator's emit step, issue 13): <c>FeatureFlags.g.cs</c> from a configuration
    /// resolved once, so the first run's parse + resolve is not in it.
    /// </summary>
    [Benchmark]
    public KconfigSharp.Kconfig.Text.ChunkedText Emit_Only() => FeatureFlagsWriter.WriteText(_resolved, _emitOptions);

    /// <summary>The driver after a first run, given the compilation with an unrelated file edited.</summary>
    [Benchmark]
    public GeneratorDriver NoOpRerun_AfterUnrelatedEdit() => _afterFirstRun.RunGenerators(_harness.EditedCompilation);

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new CorpusFactColumn("Generated", "Size of the generated sources, diagnostics reported, and steps proved Cached/Unchanged on the no-op re-run", corpus =>
            {
                var (source, diagnostics, steps) = GeneratorHarness.ForCorpus(corpus).VerifyNoOpRerun();
                return $"{source.Length / 1024.0:N0} KB C#, {diagnostics} diags; re-run: {steps} steps cached";
            }));
        }
    }
}
