namespace KconfigSharp.Cli.Tests;

public sealed class CheckCommandTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await KconfigCommandLine.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Check_reports_undefined_symbols_of_the_seed_as_warnings_in_canonical_form()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "Kconfig.host");

        var (exitCode, _, stderr) = await RunAsync("check", seed, "--dialect", "qemu");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{seed}(43,11): warning KCONF110: undefined symbol MULTIPROCESS", stderr);
    }

    [Fact]
    public async Task Check_exits_1_on_a_syntax_error()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kconfig-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, "config A\n\tbool\n\tdepends on (B\n");
        try
        {
            var (exitCode, _, stderr) = await RunAsync("check", file);

            Assert.Equal(1, exitCode);
            Assert.Contains("(3,", stderr);
            Assert.Contains("error KCONF101", stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_dialect_is_a_bad_command_line()
    {
        var (exitCode, _, stderr) = await RunAsync("check", "Kconfig", "--dialect", "zephyr");

        Assert.Equal(2, exitCode);
        Assert.Contains("zephyr", stderr);
    }
}
