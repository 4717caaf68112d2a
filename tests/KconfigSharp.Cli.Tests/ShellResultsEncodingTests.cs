namespace KconfigSharp.Cli.Tests;

/// <summary>The CLI reads shell-results files with the core's one reader: a byte-order mark and CRLF are fine.</summary>
public sealed class ShellResultsEncodingTests
{
    [Fact]
    public async Task A_shell_results_file_with_a_byte_order_mark_and_CRLF_replays()
    {
        using var tree = new TempTree(("Kconfig", "config GREETING\n\tstring \"greeting\"\n\tdefault \"$(shell,echo hi)\"\n"));
        var results = tree["shell.tsv"];
        File.WriteAllBytes(results, [0xEF, 0xBB, 0xBF, .. "Command\tOutput\r\necho hi\thello\r\n"u8.ToArray()]);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--shell-results", results);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("CONFIG_GREETING=\"hello\"", stdout);
        Assert.DoesNotContain("KCONF", stderr);
    }
}
