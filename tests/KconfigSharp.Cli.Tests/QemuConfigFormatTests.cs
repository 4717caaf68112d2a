namespace KconfigSharp.Cli.Tests;

public sealed class QemuConfigFormatTests
{
    [Fact]
    public async Task Resolve_with_the_qemu_dialect_writes_every_defined_symbol_in_config_format()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "Kconfig.host");

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", seed, "--dialect", "qemu", "CONFIG_LINUX=y", "CONFIG_MULTIPROCESS_ALLOWED=y");

        Assert.True(exitCode == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        Assert.Equal("CONFIG_LINUX=y", lines[0]);
        Assert.Equal("# CONFIG_OPENGL is not set", lines[1]);
        Assert.Contains("CONFIG_MULTIPROCESS_ALLOWED=y", lines);
    }
}
