using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests;

/// <summary>
/// Issue 4: <c>kconfig resolve --format config</c> prints Kconfiglib's <c>.expected.config</c> for every
/// reference file, and the <c>.modules-y</c> variant with <c>MODULES=y</c>; NuttX prints its
/// <c>expected-defaults.config</c>.
/// </summary>
public sealed class KconfiglibCorpusTests
{
    public static TheoryData<string, bool> ExpectedConfigs()
    {
        var data = new TheoryData<string, bool>();
        var folder = SharedData.PathOf("corpus", "kconfiglib");
        if (!Directory.Exists(folder))
        {
            data.Add("Kchoice", false);
            return data;
        }

        foreach (var file in Directory.GetFiles(folder, "*.expected.config").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var modulesY = file!.Contains(".modules-y.", StringComparison.Ordinal);
            data.Add(file[..file.IndexOf('.')], modulesY);
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(ExpectedConfigs))]
    public async Task Resolve_prints_the_expected_config(string name, bool modulesY)
    {
        var folder = SharedData.PathOf("corpus", "kconfiglib");
        var expected = await File.ReadAllTextAsync(Path.Combine(folder, name + (modulesY ? ".modules-y" : string.Empty) + ".expected.config"));
        string[] args = ["resolve", Path.Combine(folder, name), "--format", "config", "--env", "FOO=defconfig_2"];
        if (modulesY)
        {
            args = [.. args, "MODULES=y"];
        }

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(args);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(expected, stdout);
    }

    [SharedDataFact]
    public async Task Resolve_prints_the_nuttx_defaults_config()
    {
        var folder = SharedData.PathOf("corpus", "nuttx");
        var expected = await File.ReadAllTextAsync(Path.Combine(folder, "expected-defaults.config"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "resolve", Path.Combine(folder, "Kconfig"), "--format", "config",
            "--env", "BINDIR=_stubs/BINDIR", "--env", "APPSBINDIR=_stubs/APPSBINDIR",
            "--env", "EXTERNALDIR=_stubs/EXTERNALDIR", "--env", "APPSDIR=../apps");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(expected, stdout);
    }

    [SharedDataTheory]
    [InlineData("Kdeploop0")]
    [InlineData("Kdeploop1")]
    [InlineData("Kdeploop2")]
    [InlineData("Kdeploop3")]
    public async Task Resolve_fails_on_a_dependency_loop_naming_the_cycle(string name)
    {
        var folder = SharedData.PathOf("corpus", "kconfiglib");
        var expected = (await File.ReadAllTextAsync(Path.Combine(folder, name + ".expected.error"))).Replace("KconfigError: ", string.Empty).Trim();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("resolve", Path.Combine(folder, name));

        Assert.Equal(1, exitCode);
        Assert.Contains("error KCONF140", stderr);
        Assert.Contains(expected.Split('\n')[0], stderr);
    }
}
