namespace KconfigSharp.Cli.Tests.Workflow;

/// <summary><c>kconfig --help</c> lists the four workflow commands.</summary>
public sealed class HelpListsWorkflowCommandsTests
{
    [Theory]
    [InlineData("menuconfig")]
    [InlineData("savedefconfig")]
    [InlineData("listnewconfig")]
    [InlineData("diff")]
    public async Task Help_lists_the_command(string command)
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Matches($@"(?m)^\s+{command}\b", stdout);
    }

    [Fact]
    public async Task Menuconfig_refuses_to_run_without_a_terminal()
    {
        using var tree = new TempTree(("Kconfig", "config A\n\tbool \"A\"\n"));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("menuconfig", tree["Kconfig"], "-o", tree[".config"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("needs a terminal", stderr);
    }
}
