using BenchmarkDotNet.Attributes;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Benchmarks;

/// <summary>Parse of the seed; the corpus benchmarks come with the performance issue.</summary>
[MemoryDiagnoser]
public class SeedParseBenchmarks
{
    private readonly string _seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kconfig.host"));

    [Benchmark]
    public KconfigModel ParseSeed() => KconfigParser.ParseText(_seed, "Kconfig.host");
}
