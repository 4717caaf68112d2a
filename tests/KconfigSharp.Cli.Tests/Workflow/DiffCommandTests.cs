namespace KconfigSharp.Cli.Tests.Workflow;

/// <summary><c>kconfig diff OLD NEW</c> prints Linux <c>scripts/diffconfig</c>'s output.</summary>
public sealed class DiffCommandTests
{
    private const string Old = "CONFIG_A=y\n# CONFIG_C is not set\nCONFIG_LOG=14\nCONFIG_NAME=\"x\"\nCONFIG_SAME=y\nCONFIG_Z_GONE=m\n";
    private const string New = "# A comment\nCONFIG_B=y\nCONFIG_C=y\nCONFIG_LOG=16\nCONFIG_NAME=\"y \\\"q\\\"\"\nCONFIG_SAME=y\nCONFIG_A_NEW=n\n";

    [Fact]
    public async Task Prints_removed_then_changed_then_added_each_sorted()
    {
        using var tree = new TempTree(("old", Old), ("new", New));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("diff", tree["old"], tree["new"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(
            "-A y\n-Z_GONE m\n C n -> y\n LOG 14 -> 16\n NAME \"x\" -> \"y \\\"q\\\"\"\n+A_NEW n\n+B y\n",
            stdout);
    }

    [Fact]
    public async Task Merge_style_prints_changed_and_new_values_as_config_lines()
    {
        using var tree = new TempTree(("old", Old), ("new", New));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("diff", "-m", tree["old"], tree["new"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("CONFIG_C=y\nCONFIG_LOG=16\nCONFIG_NAME=\"y \\\"q\\\"\"\n# CONFIG_A_NEW is not set\nCONFIG_B=y\n", stdout);
    }

    [Fact]
    public async Task Identical_files_print_nothing_and_a_missing_file_is_an_error()
    {
        using var tree = new TempTree(("old", Old));

        var same = await CliRunner.RunAsync("diff", tree["old"], tree["old"]);
        var missing = await CliRunner.RunAsync("diff", tree["old"], tree["absent"]);

        Assert.Equal((0, string.Empty), (same.ExitCode, same.Stdout));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("not found", missing.Stderr);
    }
}
