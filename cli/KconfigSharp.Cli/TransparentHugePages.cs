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

    // Far more than a command's no-GC budget (small and large object space); bounds the walk over the mappings.
    private const long MaximumAdvisedBytes = 2L << 30;

    /// <summary>Advises huge pages for the GC heap's reserved range from the allocation area in use onwards.</summary>
    public static void AdviseGcHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            var allocationArea = AddressOfNewObject();
            if (FindAnonymousRange(File.ReadAllText("/proc/self/maps"), allocationArea) is var (start, end))
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

    /// <summary>
    /// The anonymous mapping of <c>/proc/self/maps</c> that holds <paramref name="address"/>, extended over the
    /// anonymous mappings that follow it without a gap (the GC reserves its regions as one range; committing
    /// splits it into several mappings), at most <see cref="MaximumAdvisedBytes"/>.
    /// </summary>
    internal static (long Start, long End)? FindAnonymousRange(string maps, long address)
    {
        long start = -1, end = -1;
        foreach (var line in maps.AsSpan().EnumerateLines())
        {
            if (!TryParseAnonymousMapping(line, out var lineStart, out var lineEnd))
            {
                if (start >= 0)
                {
                    break;
                }

                continue;
            }

            if (start < 0)
            {
                if (lineStart <= address && address < lineEnd)
                {
                    (start, end) = (lineStart, lineEnd);
                }
            }
            else if (lineStart == end && lineEnd - start <= MaximumAdvisedBytes)
            {
                end = lineEnd;
            }
            else
            {
                break;
            }
        }

        return start < 0 ? null : (start, end);
    }

    // "7f1a99400000-7f1a99c01000 rw-p 00000000 00:00 0" with no path: an anonymous mapping.
    private static bool TryParseAnonymousMapping(ReadOnlySpan<char> line, out long start, out long end)
    {
        start = end = 0;
        Span<Range> fields = stackalloc Range[7];
        if (line.Split(fields, ' ', StringSplitOptions.RemoveEmptyEntries) != 5 || line[fields[4]] is not "0")
        {
            return false;
        }

        var addresses = line[fields[0]];
        var dash = addresses.IndexOf('-');
        return dash > 0
            && long.TryParse(addresses[..dash], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out start)
            && long.TryParse(addresses[(dash + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out end);
    }

    private static long AddressOfNewObject()
    {
        var handle = GCHandle.Alloc(new byte[1], GCHandleType.Pinned);
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
