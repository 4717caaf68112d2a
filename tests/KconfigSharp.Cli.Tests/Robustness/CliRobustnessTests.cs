namespace KconfigSharp.Cli.Tests.Robustness;

/// <summary>
/// SPEC §7/§8: whatever the input or command line, the CLI exits 0, 1 or 2 and never prints a stack
/// trace. Tests go through <see cref="KconfigCommandLine.RunAsync"/> with the <c>check</c> command.
/// </summary>
public sealed class CliRobustnessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kconfig-robust-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await KconfigCommandLine.RunAsync(args, stdout, stderr);
        return (exitCode, stdout + "\n" + stderr);
    }

    private static void AssertNoStackTrace(string output)
    {
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception", output);
        Assert.DoesNotContain("--- End of", output);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public static TheoryData<string> Dialects => new() { "kconfig", "qemu" };

    [Theory, MemberData(nameof(Dialects))]
    public async Task Check_of_a_binary_file_exits_1_with_diagnostics_and_no_stack_trace(string dialect)
    {
        var bytes = new byte[64 * 1024];
        new Random(9).NextBytes(bytes);

        var (exitCode, output) = await RunAsync("check", Write("Kconfig", bytes), "--dialect", dialect);

        Assert.Equal(1, exitCode);
        Assert.Contains("error KCONF", output);
        AssertNoStackTrace(output);
    }

    [Theory, MemberData(nameof(Dialects))]
    public async Task Check_of_a_5000_deep_nesting_exits_1_with_KCONF160(string dialect)
    {
        var text = string.Concat(Enumerable.Repeat("if A\n", 5000)) + string.Concat(Enumerable.Repeat("endif\n", 5000));

        var (exitCode, output) = await RunAsync("check", Write("Kconfig", text), "--dialect", dialect);

        Assert.Equal(1, exitCode);
        Assert.Contains("error KCONF160", output);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Check_of_a_missing_file_exits_1_without_a_stack_trace()
    {
        var (exitCode, output) = await RunAsync("check", Path.Combine(_dir, "does-not-exist"));

        Assert.Equal(1, exitCode);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Check_of_a_directory_exits_1_without_a_stack_trace()
    {
        var (exitCode, output) = await RunAsync("check", _dir);

        Assert.Equal(1, exitCode);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Check_of_an_empty_file_exits_0()
    {
        var (exitCode, output) = await RunAsync("check", Write("Kconfig", string.Empty));

        Assert.Equal(0, exitCode);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task A_source_outside_the_tree_or_of_a_missing_file_is_a_diagnostic()
    {
        var text = "source \"../../../../../../etc/passwd\"\nsource \"nope/Kconfig\"\nsource \"\"\nsource \"/\"\n";

        var (exitCode, output) = await RunAsync("check", Write("Kconfig", text));

        Assert.Equal(1, exitCode);
        AssertNoStackTrace(output);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("check", "Kconfig", "--dialect", "cobol")]
    [InlineData("check", "Kconfig", "--no-such-option")]
    [InlineData("--dialect")]
    public async Task A_bad_command_line_exits_2_without_a_stack_trace(params string[] args)
    {
        var (exitCode, output) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        AssertNoStackTrace(output);
    }

    /// <summary>A NUL or empty path ends in one clean error line, never a stack trace.</summary>
    [Theory]
    [InlineData("check", "bad\0path")]
    [InlineData("check", "")]
    [InlineData("check", "Kconfig", "--srctree", "\0")]
    public async Task Unusable_paths_exit_1_or_2_without_a_stack_trace(params string[] args)
    {
        var (exitCode, output) = await RunAsync(args);

        Assert.InRange(exitCode, 1, 2);
        AssertNoStackTrace(output);
    }
}
