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
    public void The_range_starts_at_the_mapping_holding_the_address_and_runs_over_the_anonymous_mappings_after_it()
    {
        var range = TransparentHugePages.FindAnonymousRange(Maps, 0x7f1a99800038);

        Assert.Equal((0x7f1a99400000L, 0x7f1b00000000L), range);
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
    }

    [LinuxFact]
    public void On_linux_this_process_heap_is_found_in_its_own_maps()
    {
        var objectOnTheHeap = new byte[64];
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
