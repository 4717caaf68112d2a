using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KconfigSharp.Benchmarks.Infrastructure;
using KconfigSharp.Benchmarks.Synthetic;

namespace KconfigSharp.Benchmarks;

/// <summary>
/// The analyzers' share of compile time (issue 8: ≤ 5 %) on the synthetic project of 2,000 files and
/// 20,000 flag reads (<see cref="SyntheticProject"/>). Each operation compiles a fresh clone of the
/// parsed compilation (syntax trees and the generated <c>FeatureFlags</c> are reused; no bound state):
/// <see cref="Compile"/> is every compiler diagnostic (all bodies bound), <see cref="CompileAndAnalyze"/>
/// the same through <c>CompilationWithAnalyzers</c> with every KconfigSharp analyzer. Emit (lowering,
/// IL, PDB) is left out: a real build pays it too, so the share here is an upper bound. Columns: the
/// share (CompileAndAnalyze − Compile) / CompileAndAnalyze, and the analyzers' own execution time from
/// Roslyn's telemetry (<c>logAnalyzerExecutionTime</c>). The <see cref="SyntheticVariant.NoFlags"/>
/// project is the same code without Kconfig metadata: the analyzers' cost on it is what methods that
/// touch no flag cost ([GlobalSetup] also counts the graphs built, through the guard analyzer's hook).
/// Slow operations (seconds): monitoring strategy, 1 warm-up, 3 measured iterations.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AnalyzerBenchmarks
{
    private AnalyzerHarness _harness = null!;
    private TimeSpan _analyzerTime;
    private int _analyzedRuns;
    private string _description = string.Empty;

    [Params(SyntheticVariant.Flags, SyntheticVariant.NoFlags)]
    public SyntheticVariant Variant { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _harness = AnalyzerHarness.Get(Variant);
        var (diagnostics, graphs, graphsWithoutFlags) = _harness.CheckedDiagnostics();
        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new InvalidOperationException("A KconfigSharp analyzer threw on the synthetic project: " + crash);
        }

        _description = _harness.Describe(diagnostics, graphs, graphsWithoutFlags);
    }

    [Benchmark(Baseline = true)]
    public int Compile() => _harness.Compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public int CompileAndAnalyze()
    {
        var (diagnostics, analyzerTime) = _harness.CompileAndAnalyzeAsync().GetAwaiter().GetResult();
        _analyzerTime += analyzerTime;
        _analyzedRuns++;
        return diagnostics.Length;
    }

    /// <summary>Hands the telemetry to the host process (the summary columns) through a small file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (_analyzedRuns == 0)
        {
            return;
        }

        var meanMs = _analyzerTime.TotalMilliseconds / _analyzedRuns;
        Directory.CreateDirectory(ResultsFolder);
        File.WriteAllLines(ResultsFile(Variant), [meanMs.ToString("R", CultureInfo.InvariantCulture), _description]);
        Console.WriteLine($"// KconfigSharp analyzers ({Variant}): {meanMs:N1} ms execution time per compile (telemetry, {_analyzedRuns} runs); {_description}");
    }

    private static string ResultsFolder => Path.Combine(RepositoryPaths.RepoRoot, "artifacts", "benchmarks");

    private static string ResultsFile(SyntheticVariant variant) => Path.Combine(ResultsFolder, $"analyzer-telemetry-{variant}.txt");

    private static (double MeanMs, string Description)? ReadResults(SyntheticVariant variant)
    {
        var file = ResultsFile(variant);
        if (!File.Exists(file))
        {
            return null;
        }

        var lines = File.ReadAllLines(file);
        return (double.Parse(lines[0], CultureInfo.InvariantCulture), lines.Length > 1 ? lines[1] : string.Empty);
    }

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            SummaryStyle = SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond).WithSizeUnit(Perfolizer.Metrology.SizeUnit.MB);
            AddColumn(new ShareColumn(
                "Analyzer share",
                "(CompileAndAnalyze − Compile) / CompileAndAnalyze: wall-clock share of the analyzers (incl. driver and IOperation trees)",
                (row, variant, compile, analyze) => row == nameof(CompileAndAnalyze) ? Percent((analyze - compile) / analyze) : "-"));
            AddColumn(new ShareColumn(
                "Telemetry",
                "KconfigSharp analyzers' own execution time per compile (Roslyn telemetry, summed over threads) and its share of CompileAndAnalyze",
                (row, variant, compile, analyze) => row == nameof(CompileAndAnalyze) && ReadResults(variant) is { } r
                    ? $"{r.MeanMs:N1} ms = {Percent(r.MeanMs * 1e6 / analyze)}"
                    : "-"));
            AddColumn(new ShareColumn(
                "Project",
                "The synthetic project and the diagnostics the analyzers reported on it",
                (row, variant, compile, analyze) => row == nameof(Compile) && ReadResults(variant) is { } r ? r.Description : "-"));
        }

        private static string Percent(double share) => share.ToString("0.0 %", CultureInfo.InvariantCulture);

        /// <summary>A column computed from the Compile and CompileAndAnalyze means of the same variant.</summary>
        private sealed class ShareColumn(string name, string legend, Func<string, SyntheticVariant, double, double, string> value)
            : TextColumn(nameof(ShareColumn) + "." + name, name, legend)
        {
            public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
            {
                if (benchmarkCase.Parameters["Variant"] is not SyntheticVariant variant)
                {
                    return "-";
                }

                double? Mean(string method) => summary.Reports
                    .FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && Equals(r.BenchmarkCase.Parameters["Variant"], variant))
                    ?.ResultStatistics?.Mean;

                var compile = Mean(nameof(Compile));
                var analyze = Mean(nameof(CompileAndAnalyze));
                if (compile is null || analyze is null)
                {
                    return "n/a";
                }

                return value(benchmarkCase.Descriptor.WorkloadMethod.Name, variant, compile.Value, analyze.Value);
            }
        }
    }
}
