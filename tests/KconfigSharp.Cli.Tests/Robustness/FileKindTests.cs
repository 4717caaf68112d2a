using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests.Robustness;

/// <summary>The one <c>stat</c> the CLI asks before reading a file: kind and size as the file system has them.</summary>
public sealed class FileKindTests
{
    [Fact]
    public void A_regular_file_is_one_with_its_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kconfigsharp-kind-{Guid.NewGuid():N}");
        File.WriteAllText(path, "config A\n\tbool\n");
        try
        {
            Assert.Equal(FileKind.Kind.RegularFile, FileKind.Probe(path, out var size));
            Assert.Equal(new FileInfo(path).Length, size);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_directory_and_a_missing_path_are_told_apart()
    {
        Assert.Equal(FileKind.Kind.Directory, FileKind.Probe(Path.GetTempPath(), out var directorySize));
        Assert.Equal(-1, directorySize);
        Assert.Equal(FileKind.Kind.Missing, FileKind.Probe(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}"), out _));
    }

    [LinuxFact]
    public void A_device_is_neither_file_nor_directory()
    {
        Assert.Equal(FileKind.Kind.Other, FileKind.Probe("/dev/null", out var size));
        Assert.Equal(-1, size);
    }
}
