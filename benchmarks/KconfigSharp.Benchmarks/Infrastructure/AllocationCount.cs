namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// Exact bytes allocated by one parse, one resolve and one parse + resolve of a corpus tree (texts
/// preloaded, as <c>ParseResolveBenchmarks</c>' <c>*_InMemory</c> rows), after warm-up rounds: a quick
/// check of an allocation change between BenchmarkDotNet runs. <c>--allocations [Qemu|NuttX]</c>.
/// </summary>
internal static class AllocationCount
{
    public static int Run(Corpus corpus)
    {
        var tree = CorpusTree.Get(corpus);
        var values = tree.ReadValues(tree.Memory);
        var model = tree.Parse(tree.Memory);
        for (var i = 0; i < 5; i++)
        {
            tree.Resolve(tree.Parse(tree.Memory), values);
        }

        var parse = Allocated(() => model = tree.Parse(tree.Memory));
        var resolve = Allocated(() => tree.Resolve(model, values));
        var both = Allocated(() => tree.ParseAndResolve(tree.Memory));
        Console.WriteLine($"{corpus}: parse {parse:N0} B, resolve (graph cached) {resolve:N0} B, parse + resolve {both:N0} B");
        return 0;
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
