using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests.Workflow;

/// <summary><c>kconfig listnewconfig</c> prints what LKC's <c>conf --listnewconfig</c> and Kconfiglib's <c>listnewconfig</c> print.</summary>
public sealed class ListnewconfigCommandTests
{
    [SharedDataFact]
    public async Task NuttX_matches_Kconfiglib_listnewconfig()
    {
        var folder = SharedData.PathOf("corpus", "nuttx");

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "listnewconfig", Path.Combine(folder, "Kconfig"),
            "--env", "BINDIR=_stubs/BINDIR", "--env", "APPSBINDIR=_stubs/APPSBINDIR",
            "--env", "EXTERNALDIR=_stubs/EXTERNALDIR", "--env", "APPSDIR=../apps",
            "--values", WorkflowFiles.PathOf("nuttx-savedefconfig.values"));

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(WorkflowFiles.Read("nuttx-listnewconfig.expected"), stdout);
    }

    [Fact]
    public async Task Small_tree_matches_Kconfiglib_listnewconfig()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "listnewconfig", WorkflowFiles.PathOf("Kconfig.workflow"), "--values", WorkflowFiles.PathOf("workflow.config"));

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(WorkflowFiles.Read("workflow.listnewconfig.expected"), stdout);
    }

    [Fact]
    public async Task Lists_n_values_as_equals_n_quotes_strings_and_skips_set_invisible_and_selected_symbols()
    {
        using var tree = new TempTree(("Kconfig", """
            config OLD
            	bool "Old"
            config NEW_FEATURE
            	bool "New feature"
            config NEW_NAME
            	string "Name"
            	default "a\"b"
            config HIDDEN
            	bool "Hidden"
            	depends on OLD
            config SELECTOR
            	bool "Selector"
            	default y
            	select PINNED
            config PINNED
            	bool "Pinned"
            """), ("values", "# CONFIG_OLD is not set\nCONFIG_SELECTOR=y\n"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("listnewconfig", tree["Kconfig"], "--values", tree["values"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("CONFIG_NEW_FEATURE=n\nCONFIG_NEW_NAME=\"a\\\"b\"\n", stdout);
    }
}
