using System.Diagnostics;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// Parse, resolve (model parsed once) and parse + resolve of a corpus tree, texts preloaded, each run
/// <c>rounds</c> times after warm-up in this process: medians and minimums of wall time and the exact bytes
/// of one run. A quick A/B between two builds on a loaded machine, and a steady loop for <c>perf record</c>
/// or <c>dotnet-trace</c> to attach to; BenchmarkDotNet's <c>*ParseResolve*</c> stays the number of record.
/// <c>--time [Qemu|NuttX] [ROUNDS] [parse|lex|resolve|graph|both|without-help|describe] [--by-type]</c> (<c>--by-type</c>: sampled allocations by type, <see cref="AllocationTypes"/>).
/// </summary>
internal static class PhaseTiming
{
    public static int Run(Corpus corpus, int rounds, string? only, bool byType)
    {
        using var types = byType ? new AllocationTypes() : null;
        var tree = CorpusTree.Get(corpus);
        var values = tree.ReadValues(tree.Memory);
        var model = tree.Parse(tree.Memory);
        for (var i = 0; i < 10; i++)
        {
            tree.Resolve(tree.Parse(tree.Memory), values);
        }

        if (only is null or "parse")
        {
            Report(corpus, "parse", rounds, () => tree.Parse(tree.Memory), types);
        }

        if (only is "lex")
        {
            Report(corpus, "lex only (the parser's lexer, no model)", rounds, () => LexFloor.Run(tree), types);
        }

        if (only is null or "resolve")
        {
            Report(corpus, "resolve (graph cached)", rounds, () => tree.Resolve(model, values), types);
        }

        if (only is "graph")
        {
            // The dependency graph alone (built once per model on first resolve): dropped and rebuilt each round.
            Report(corpus, "dependency graph", rounds, () =>
            {
                model.DependencyGraphSlot = null;
                return KconfigSharp.Kconfig.Resolution.DependencyGraph.Of(model);
            }, types);
        }

        if (only is null or "both")
        {
            Report(corpus, "parse + resolve", rounds, () => tree.ParseAndResolve(tree.Memory), types);
        }

        if (only is "describe")
        {
            // A resolve, then every symbol's description and value origin written, as the generator does before it
            // keeps a result (WithDescriptionsWritten): the difference to "resolve" is the describers' cost.
            Report(corpus, "resolve + describe every symbol", rounds, () => tree.Resolve(model, values).WithDescriptionsWritten(), types);
        }

        if (only is "without-help")
        {
            Report(corpus, "parse + resolve, help texts skipped (kconfig resolve)", rounds, () => tree.ParseAndResolveWithoutHelp(tree.Memory), types);
        }

        return 0;
    }

    private static void Report(Corpus corpus, string phase, int rounds, Func<object> action, AllocationTypes? types)
    {
        types?.Start();
        var times = new double[rounds];
        long bytes = 0;
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < rounds; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times[i] = watch.Elapsed.TotalMilliseconds;
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        types?.Stop();
        Array.Sort(times);
        // Collections per round: where the median and the minimum part, it is mostly these (gen0's budget is
        // the CPU's cache size where the OS reports one, a small default where it does not, as on some VMs).
        var perRound = $"GCs per round {(GC.CollectionCount(0) - gen0) / (double)rounds:0.0} (gen1 {(GC.CollectionCount(1) - gen1) / (double)rounds:0.0}, gen2 {(GC.CollectionCount(2) - gen2) / (double)rounds:0.00})";
        Console.WriteLine($"{corpus} {phase}: median {times[rounds / 2]:0.000} ms, min {times[0]:0.000} ms, {bytes:N0} B ({rounds} rounds); {perRound}");
        if (types is not null)
        {
            foreach (var (type, share) in types.Top(25))
            {
                Console.WriteLine($"  {share,7:P1}  {type}");
            }
        }
    }
}
