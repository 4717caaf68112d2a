using System.Globalization;
using System.Runtime.InteropServices;

namespace KconfigSharp.Cli;

/// <summary>
/// Linux backs fresh anonymous memory with 4 KB pages, each brought in by a page fault on first touch. A NuttX
/// <c>resolve</c> allocates ≈ 60 MB that way, and those faults with the clearing of each page were ≈ 45 % of the
/// process (docs/performance.md, "Huge pages for the heap"). Where transparent huge pages are <c>madvise</c> (the
/// usual default), advising the address range of the GC heap gets 2 MB pages there instead: one fault per 2 MB.
/// Best effort: when anything is unexpected the heap stays as it was.
/// </summary>
internal static class TransparentHugePages
{
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE, <sys/mman.h>

    // The page size of every Linux the tool ships for (x64, arm64 with 4 KB pages): a stack guard is one page.
    private const long PageSize = 4096;

    // Far more than a command's no-GC budget (small and large object space); bounds the walk over the mappings.
    private const long MaximumAdvisedBytes = 2L << 30;

    // An array this large is a large object: the GC puts it in its large object space, which it reserves
    // apart from the small object space (below it, in the maps read so far).
    private const int LargeObjectBytes = 85_000;

    /// <summary>
    /// Advises huge pages for the GC heap's reserved ranges around the allocation areas in use: the small object
    /// space and the large object space. Arrays up to 2 MB are small objects in this tool (System.GC.LOHThreshold in
    /// the project): the large object space is committed piece by piece, so most of it stayed on 4 KB pages.
    /// </summary>
    public static void AdviseGcHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            var smallObject = AddressOfNewObject(1);
            var largeObject = AddressOfNewObject(LargeObjectBytes);
            foreach (var (start, end) in FindAnonymousRanges(File.ReadAllText("/proc/self/maps"), [smallObject, largeObject]))
            {
                _ = Madvise((nint)start, (nuint)(end - start), MadviseHugePage);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
                                              or DllNotFoundException or EntryPointNotFoundException)
        {
            // No /proc or no libc madvise: ordinary pages.
        }
    }

    /// <summary>The ranges <see cref="FindAnonymousRange"/> finds for each address, each once (an address inside a range already found adds none).</summary>
    internal static List<(long Start, long End)> FindAnonymousRanges(string maps, IEnumerable<long> addresses)
    {
        var ranges = new List<(long Start, long End)>();
        foreach (var address in addresses)
        {
            if (!ranges.Exists(range => range.Start <= address && address < range.End)
                && FindAnonymousRange(maps, address) is { } found)
            {
                ranges.Add(found);
            }
        }

        return ranges;
    }

    /// <summary>
    /// The anonymous mapping of <c>/proc/self/maps</c> that holds <paramref name="address"/>, extended over the
    /// anonymous mappings next to it without a gap, each way at most <see cref="MaximumAdvisedBytes"/>: the GC
    /// reserves its regions as one range (committing splits it into several mappings) and hands out regions
    /// below the one in use as well as above it. Going down, the walk stops below a thread's stack: a one-page
    /// inaccessible mapping (its guard) ends the range, and the mapping just above the guard (the stack) is left out.
    /// </summary>
    internal static (long Start, long End)? FindAnonymousRange(string maps, long address)
    {
        var mappings = new List<(long Start, long End, bool IsGuard)>();
        var holder = -1;
        foreach (var line in maps.AsSpan().EnumerateLines())
        {
            if (!TryParseAnonymousMapping(line, out var lineStart, out var lineEnd, out var isInaccessible))
            {
                if (holder >= 0)
                {
                    break;
                }

                // A file mapping (or anything else) between two anonymous runs: they are not contiguous.
                mappings.Clear();
                continue;
            }

            if (mappings.Count > 0 && mappings[^1].End != lineStart)
            {
                if (holder >= 0)
                {
                    break;
                }

                mappings.Clear();
            }

            mappings.Add((lineStart, lineEnd, isInaccessible && lineEnd - lineStart == PageSize));
            if (holder < 0 && lineStart <= address && address < lineEnd)
            {
                holder = mappings.Count - 1;
            }
        }

        if (holder < 0 || mappings[holder].IsGuard)
        {
            return null;
        }

        var last = holder;
        while (last + 1 < mappings.Count && mappings[last + 1].End - mappings[holder].Start <= MaximumAdvisedBytes)
        {
            last++;
        }

        var first = holder;
        while (first > 0 && !mappings[first - 1].IsGuard && mappings[holder].End - mappings[first - 1].Start <= MaximumAdvisedBytes)
        {
            first--;
        }

        if (first > 0 && mappings[first - 1].IsGuard && first < holder)
        {
            // The first mapping of the run sits on a guard page: it is a thread's stack, not the heap.
            first++;
        }

        return (mappings[first].Start, mappings[last].End);
    }

    // "7f1a99400000-7f1a99c01000 rw-p 00000000 00:00 0" with no path: an anonymous mapping.
    private static bool TryParseAnonymousMapping(ReadOnlySpan<char> line, out long start, out long end, out bool isInaccessible)
    {
        start = end = 0;
        isInaccessible = false;
        Span<Range> fields = stackalloc Range[7];
        if (line.Split(fields, ' ', StringSplitOptions.RemoveEmptyEntries) != 5 || line[fields[4]] is not "0")
        {
            return false;
        }

        isInaccessible = line[fields[1]] is "---p";
        var addresses = line[fields[0]];
        var dash = addresses.IndexOf('-');
        return dash > 0
            && long.TryParse(addresses[..dash], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out start)
            && long.TryParse(addresses[(dash + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out end);
    }

    // Uninitialized: the GC need not clear (touch) a large object's pages before they are advised.
    private static long AddressOfNewObject(int bytes)
    {
        var handle = GCHandle.Alloc(GC.AllocateUninitializedArray<byte>(bytes), GCHandleType.Pinned);
        try
        {
            return handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
