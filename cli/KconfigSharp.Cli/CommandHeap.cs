using System.Runtime;

namespace KconfigSharp.Cli;

/// <summary>
/// A <c>kconfig</c> command is one short pass that keeps almost everything it allocates (the model) until it
/// exits, so a garbage collection in the middle only marks and copies live objects. Commands run in a no-GC
/// region instead; one that allocates more than the budget gets ordinary collections from there on (the runtime
/// ends the region itself). menuconfig, which runs for as long as the user edits, leaves the region first.
/// NuttX <c>resolve</c> as a Native AOT process: 4 collections, and ≈ 10 % more CPU time than in the region (docs/performance.md, "The `kconfig` process").
/// </summary>
internal static class CommandHeap
{
    // Several times what the largest corpus tree (NuttX, 858 files) allocates; memory is committed as it is touched.
    private const long NoCollectionBudget = 256L << 20;

    public static void EnterNoCollectionRegion()
    {
        try
        {
            if (GC.TryStartNoGCRegion(NoCollectionBudget))
            {
                TransparentHugePages.AdviseGcHeap();
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // The budget is larger than this runtime's ephemeral space allows: run with ordinary collections.
        }
    }

    public static void LeaveNoCollectionRegion()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }
}
