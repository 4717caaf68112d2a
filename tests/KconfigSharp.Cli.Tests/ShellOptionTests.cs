using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Cli.Tests;

public sealed class ShellOptionTests
{
    [Fact]
    public void The_runner_captures_stdout_like_lkc()
    {
        var runner = new ShellRunner();

        Assert.Equal("hello", runner.Run("echo hello"));
        Assert.Equal("a b", runner.Run("printf 'a\\nb\\n\\n'"));
        Assert.Equal(2, runner.Recorded.Count);
    }

    [Fact]
    public void Recorded_results_replay_exactly_even_with_tabs_and_backslashes()
    {
        var runner = new ShellRunner();
        runner.Run("echo hello");
        runner.Run("printf 'x\\ty\\\\z'");

        var text = ShellResultsFile.Write(runner.Recorded);
        var replayed = ShellResultsFile.Read(text, "shell.tsv", new DiagnosticBag());

        Assert.StartsWith("command\toutput\n", text);
        Assert.Equal(runner.Recorded, replayed);
        Assert.Equal("x\ty\\z", replayed["printf 'x\\ty\\\\z'"]);
    }

    [Fact]
    public async Task Record_shell_writes_a_results_file_with_the_header()
    {
        using var tree = new TempTree(("Kconfig", "config A\n\tbool \"A\"\n"));
        var record = tree["shell.tsv"];

        var (exitCode, _, stderr) = await CliRunner.RunAsync("check", tree["Kconfig"], "--allow-shell", "--record-shell", record);

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith(ShellResultsFile.Header + "\n", await File.ReadAllTextAsync(record));
    }

    [Fact]
    public async Task Shell_results_are_read_and_a_missing_file_is_a_bad_command_line()
    {
        using var tree = new TempTree(("Kconfig", "config A\n\tbool \"A\"\n"), ("shell.tsv", "command\toutput\techo y\ty\n"));

        var (replayed, _, replayErr) = await CliRunner.RunAsync("check", tree["Kconfig"], "--shell-results", tree["shell.tsv"]);
        var (missing, _, _) = await CliRunner.RunAsync("check", tree["Kconfig"], "--shell-results", tree["absent.tsv"]);

        Assert.True(replayed == 0, replayErr);
        Assert.Equal(2, missing);
    }

    [Fact]
    public async Task Record_shell_without_allow_shell_is_a_bad_command_line()
    {
        using var tree = new TempTree(("Kconfig", "config A\n\tbool \"A\"\n"));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("check", tree["Kconfig"], "--record-shell", tree["shell.tsv"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--allow-shell", stderr);
    }

    [Fact]
    public void A_results_file_without_the_header_columns_is_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        var results = ShellResultsFile.Read("echo y\ty\n", "shell.tsv", diagnostics);

        Assert.Empty(results);
        Assert.Single(diagnostics.Items);
    }
}
