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
        Assert.Equal(16, lines.TakeWhile(line => line != "#").Count());
        Assert.Equal("CONFIG_LINUX=y", lines[0]);
        Assert.Equal("# CONFIG_OPENGL is not set", lines[1]);
        Assert.Contains("CONFIG_MULTIPROCESS_ALLOWED=y", lines);
    }

    [Fact]
    public async Task Resolve_with_the_qemu_dialect_writes_referenced_but_undefined_symbols_as_the_mak_output_and_the_generated_class_do()
    {
        // Issue 18, item 11: MULTIPROCESS is only implied in the seed; minikconf (and so --format mak and the
        // generated FeatureFlags) give it a value, and the config format must not drop it.
        var seed = Path.Combine(AppContext.BaseDirectory, "Kconfig.host");
        string[] arguments = ["--dialect", "qemu", "CONFIG_LINUX=y", "CONFIG_MULTIPROCESS_ALLOWED=y"];

        var config = await CliRunner.RunAsync(["resolve", seed, .. arguments]);
        var mak = await CliRunner.RunAsync(["resolve", seed, "--format", "mak", .. arguments]);
        var generated = await CliRunner.RunAsync(["generate", seed, "--member-names", "verbatim", .. arguments]);

        Assert.True(config.ExitCode == 0, config.Stderr);
        Assert.True(mak.ExitCode == 0, mak.Stderr);
        Assert.True(generated.ExitCode == 0, generated.Stderr);
        var configLines = config.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("CONFIG_MULTIPROCESS=y", configLines);
        Assert.Contains("# CONFIG_SPARSE_MEM is not set", configLines);
        Assert.Contains("# CONFIG_VFIO_USER_SERVER is not set", configLines);
        Assert.Contains("bool MULTIPROCESS = true;", generated.Stdout);

        // Every y of minikconf's output is a y of the config format, and the config format has no other y
        // except the command-line defines that minikconf leaves out.
        var makYes = mak.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var configYes = configLines.Where(line => line.EndsWith("=y", StringComparison.Ordinal)).ToHashSet();
        Assert.Subset(configYes, makYes);
        Assert.Equal(["CONFIG_LINUX=y", "CONFIG_MULTIPROCESS_ALLOWED=y"], configYes.Except(makYes).Order());
    }
}
