using System.Runtime.InteropServices;
using KconfigSharp.Cli;
using KconfigSharp.Tests;
using Xunit;

namespace KconfigSharp.Cli.Tests;

public sealed class TransparentHugePagesTests
{
    private const string Maps = """
        00400000-00404000 r--p 00000000 fe:00 1234                               /usr/bin/kconfig
        7f1a97000000-7f1a97011000 rw-p 00000000 00:00 0
        7f1a97011000-7f1a99000000 ---p 00000000 00:00 0
        7f1a99000000-7f1a99400000 rw-p 00000000 00:00 0
        7f1a99400000-7f1a99c01000 rw-p 00000000 00:00 0
        7f1a99c01000-7f1a9bc00000 ---p 00000000 00:00 0
        7f1a9bc00000-7f1aac4d8000 rw-p 00000000 00:00 0
        7f1aac4d8000-7f1b00000000 ---p 00000000 00:00 0
        7f1b00001000-7f1b00002000 rw-p 00000000 00:00 0
        7f1c00000000-7f1c00001000 r--p 00000000 fe:00 99                         /usr/lib/x86_64-linux-gnu/libc.so.6
        """;

    [Fact]
    public void The_range_runs_over_the_anonymous_mappings_on_both_sides_of_the_one_holding_the_address()
    {
        var range = TransparentHugePages.FindAnonymousRange(Maps, 0x7f1a99800038);

        Assert.Equal((0x7f1a97000000L, 0x7f1b00000000L), range);
    }

    [Fact]
    public void Going_down_the_range_stops_above_a_thread_stack_and_its_guard_page()
    {
        const string withStack = """
            7f0000000000-7f0000021000 rw-p 00000000 00:00 0
            7f0000021000-7f0004000000 ---p 00000000 00:00 0
            7f00074c1000-7f00074c2000 ---p 00000000 00:00 0
            7f00074c2000-7f0007cc2000 rw-p 00000000 00:00 0
            7f0007cc2000-7f0007d5b000 rw-p 00000000 00:00 0
            7f0007d5b000-7f000b000000 ---p 00000000 00:00 0
            7f000b000000-7f000b801000 rw-p 00000000 00:00 0
            7f000b801000-7f000fc00000 ---p 00000000 00:00 0
            7f000fc00000-7f00204d8000 rw-p 00000000 00:00 0
            7f00204d8000-7f0030000000 ---p 00000000 00:00 0
            """;

        // The GC's bookkeeping and lower regions are in; the 8 MB stack on its one-page guard, and what lies below, are not.
        Assert.Equal((0x7f0007cc2000L, 0x7f0030000000L), TransparentHugePages.FindAnonymousRange(withStack, 0x7f000fc00068));
        Assert.Null(TransparentHugePages.FindAnonymousRange(withStack, 0x7f00074c1800));
    }

    [Fact]
    public void Each_address_adds_its_range_once()
    {
        var ranges = TransparentHugePages.FindAnonymousRanges(Maps, [0x7f1a99800038, 0x7f1a9bc00010, 0x7f1b00001800]);

        Assert.Equal([(0x7f1a97000000L, 0x7f1b00000000L), (0x7f1b00001000L, 0x7f1b00002000L)], ranges);
    }

    [Fact]
    public void The_range_stops_at_a_gap_and_at_a_file_mapping()
    {
        Assert.Equal((0x7f1b00001000L, 0x7f1b00002000L), TransparentHugePages.FindAnonymousRange(Maps, 0x7f1b00001800));
        Assert.Null(TransparentHugePages.FindAnonymousRange(Maps, 0x7f1c00000800));
        Assert.Null(TransparentHugePages.FindAnonymousRange(Maps, 0x00401000));
        Assert.Null(TransparentHugePages.FindAnonymousRange(Maps, 0x10));
    }

    [Fact]
    public void The_range_grows_by_whole_mappings_to_at_most_two_gigabytes()
    {
        const string wide = """
            100000000-140000000 rw-p 00000000 00:00 0
            140000000-180000000 ---p 00000000 00:00 0
            180000000-1c0000000 ---p 00000000 00:00 0
            1c0000000-200000000 ---p 00000000 00:00 0
            """;

        Assert.Equal((0x100000000L, 0x180000000L), TransparentHugePages.FindAnonymousRange(wide, 0x100000010));
        Assert.Equal((0x180000000L, 0x200000000L), TransparentHugePages.FindAnonymousRange(wide, 0x1c0000010));
    }

    [LinuxTheory]
    [InlineData(64)]
    [InlineData(100_000)]
    public void On_linux_this_process_heap_is_found_in_its_own_maps(int bytes)
    {
        var objectOnTheHeap = new byte[bytes];
        var handle = GCHandle.Alloc(objectOnTheHeap, GCHandleType.Pinned);
        try
        {
            var address = (long)handle.AddrOfPinnedObject();
            var range = TransparentHugePages.FindAnonymousRange(File.ReadAllText("/proc/self/maps"), address);

            Assert.NotNull(range);
            Assert.InRange(address, range.Value.Start, range.Value.End - 1);
        }
        finally
        {
            handle.Free();
        }
    }
}
