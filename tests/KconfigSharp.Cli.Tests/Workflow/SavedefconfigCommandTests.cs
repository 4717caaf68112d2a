using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests.Workflow;

/// <summary><c>kconfig savedefconfig</c> writes exactly what Kconfiglib's <c>write_min_config</c> writes.</summary>
public sealed class SavedefconfigCommandTests
{
    [SharedDataFact]
    public async Task NuttX_with_non_default_values_matches_Kconfiglib_write_min_config()
    {
        var folder = SharedData.PathOf("corpus", "nuttx");
        var output = Path.Combine(Path.GetTempPath(), $"nuttx-defconfig-{Guid.NewGuid():N}");
        try
        {
            var (exitCode, _, stderr) = await CliRunner.RunAsync(
                "savedefconfig", Path.Combine(folder, "Kconfig"),
                "--env", "BINDIR=_stubs/BINDIR", "--env", "APPSBINDIR=_stubs/APPSBINDIR",
                "--env", "EXTERNALDIR=_stubs/EXTERNALDIR", "--env", "APPSDIR=../apps",
                "--values", WorkflowFiles.PathOf("nuttx-savedefconfig.values"), "-o", output);

            Assert.True(exitCode == 0, stderr);
            Assert.Equal(WorkflowFiles.Read("nuttx-savedefconfig.expected"), File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Small_tree_matches_Kconfiglib_savedefconfig()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "savedefconfig", WorkflowFiles.PathOf("Kconfig.workflow"), "--values", WorkflowFiles.PathOf("workflow.config"), "-o", "-");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(WorkflowFiles.Read("workflow.savedefconfig.expected"), stdout);
    }

    [Fact]
    public void Default_output_file_is_defconfig_and_leaves_out_defaults_selected_symbols_and_the_default_choice_member()
    {
        using var tree = new TempTree(("Kconfig", """
            config A
            	bool "A"
            	default y
            config B
            	bool "B"
            	select C
            config C
            	bool "C"
            config N
            	int "N"
            	default 4
            choice
            	prompt "Pick"
            config P1
            	bool "P1"
            config P2
            	bool "P2"
            endchoice
            """), ("values", "CONFIG_A=y\nCONFIG_B=y\nCONFIG_C=y\nCONFIG_N=4\nCONFIG_P1=y\n"));

        var (exitCode, stdout, stderr) = CliProcess.Run(tree.Root, "savedefconfig", "Kconfig", "--values", "values");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("CONFIG_B=y\n", File.ReadAllText(tree["defconfig"]));
    }
}
