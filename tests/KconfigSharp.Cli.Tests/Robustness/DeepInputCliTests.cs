using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests.Robustness;

/// <summary>
/// The inputs that crashed <c>kconfig check</c> (stack overflow, exit 134; out of memory on
/// <c>/dev/zero</c>), run in process on a 256 KB stack (<see cref="SmallStack"/>): each exits 0 or 1
/// with located diagnostics, never a stack trace.
/// </summary>
public sealed class DeepInputCliTests : IDisposable
{
    private const int Deep = 100_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("kconfig-deep-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "Kconfig");
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output) Check(string path) =>
        SmallStack.Run(() =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exitCode = KconfigCommandLine.RunAsync(["check", path], stdout, stderr).GetAwaiter().GetResult();
            var output = stdout + "\n" + stderr;
            Assert.DoesNotContain("   at ", output);
            Assert.DoesNotContain("Exception", output);
            return (exitCode, output);
        });

    [Fact]
    public void A_100000_deep_depends_on_chain_checks_clean()
    {
        var text = string.Concat(Enumerable.Range(1, Deep).Select(i =>
            $"config A{i}\n\tbool \"a\"\n\tdefault y\n" + (i < Deep ? $"\tdepends on A{i + 1}\n" : string.Empty)));

        var (exitCode, output) = Check(Write(text));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("KCONF160", output);
    }

    [Fact]
    public void A_100000_symbol_loop_is_KCONF140_exit_1()
    {
        var text = string.Concat(Enumerable.Range(1, Deep).Select(i => $"config A{i}\n\tbool \"a\"\n\tdepends on A{(i % Deep) + 1}\n"));

        var (exitCode, output) = Check(Write(text));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kconfig(1,1): error KCONF140", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&&")]
    [InlineData("||")]
    public void A_1_MB_chain_checks_clean(string op)
    {
        var text = "config X\n\tbool \"x\"\n\tdefault y\nconfig B\n\tbool \"b\"\n\tdepends on "
            + string.Join($" {op} ", Enumerable.Repeat("X", 1_000_000 / 6)) + "\n";

        var (exitCode, _) = Check(Write(text));

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void A_device_and_a_directory_are_KCONF123_at_their_source_lines()
    {
        // /dev/zero never ends: read to its end it was an OutOfMemoryException.
        Directory.CreateDirectory(Path.Combine(_dir, "drivers"));
        var path = Write("config X\n\tbool \"x\"\nsource \"/dev/zero\"\nsource \"drivers\"\n");

        var (exitCode, output) = Check(path);

        Assert.Equal(1, exitCode);
        Assert.Contains("Kconfig(3,1): error KCONF123", output, StringComparison.Ordinal);
        Assert.Contains("Kconfig(4,1): error KCONF123", output, StringComparison.Ordinal);
    }
}
