using BenchmarkDotNet.Attributes;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Benchmarks;

/// <summary>Parse of the sample app's seed (sample-app/Kconfig.host): the one benchmark that needs no corpus.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class SeedParseBenchmarks
{
    private readonly string _seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kconfig.host"));

    [Benchmark]
    public KconfigModel ParseSeed() => KconfigParser.ParseText(_seed, "Kconfig.host");
}
