namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// The retained (live after a full GC) size of an object graph: <c>GC.GetTotalMemory(true)</c> before and
/// after building it while holding it. One warm-up build first, so lazily created statics (keyword
/// tables, JIT data) are not counted. Texts already held by the in-memory provider are not counted
/// either: a model that references substrings or spans of its source adds only what it copies.
/// </summary>
internal static class RetainedSize
{
    public static long Measure(Func<object> build)
    {
        GC.KeepAlive(build());
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = build();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(held);
        return after - before;
    }

    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024.0 / 1024.0:0.00} MB",
        >= 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes} B",
    };
}
