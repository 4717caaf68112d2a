namespace KconfigSharp.Cli.Tests;

/// <summary>The command-line edges a new user met in the first hour (issue 18, items 7 and 11).</summary>
public sealed class FirstHourCliTests
{
    private const string Kconfig = "config NET\n\tbool \"Networking\"\n\tdefault y\n\nconfig LEVEL\n\tint \"Level\"\n\trange 0 7\n\tdefault 3\n\nconfig DIAG\n\ttristate \"Diag\"\n\tdefault m\n\tdepends on MODULES\n\nconfig MODULES\n\tbool \"Modules\"\n\tdefault y\n\tmodules\n";

    [Fact]
    public async Task Bare_kconfig_prints_usage()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage:", stderr);
        Assert.Contains("resolve", stderr);
        Assert.DoesNotContain("Required command was not provided", stderr);
    }

    [Fact]
    public async Task An_unknown_option_is_called_an_unknown_option()
    {
        using var tree = new TempTree(("Kconfig", Kconfig));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("check", tree["Kconfig"], "--no-such-option");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown option '--no-such-option'", stderr);
        Assert.DoesNotContain("NAME=VALUE", stderr);
    }

    [Fact]
    public async Task A_missing_root_file_does_not_talk_about_osource()
    {
        using var tree = new TempTree(("Kconfig", Kconfig));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("check", tree["Kconfig.missing"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("not found", stderr);
        Assert.DoesNotContain("osource", stderr);
    }

    [Fact]
    public async Task Help_shows_meaningful_placeholders()
    {
        var (_, stdout, _) = await CliRunner.RunAsync("resolve", "--help");

        Assert.Contains("-o, --output <FILE>", stdout);
        Assert.Contains("--env <NAME=VALUE>", stdout);
        Assert.Contains("--values <FILE>", stdout);
        Assert.DoesNotContain("<o>", stdout);
        Assert.DoesNotContain("<env>", stdout);
    }

    [Fact]
    public async Task Json_carries_the_values_file_warnings_stderr_shows_and_files_end_with_a_newline()
    {
        using var tree = new TempTree(("Kconfig", Kconfig), (".config", "CONFIG_NET=y\nthis is garbage\nCONFIG_LEVEL=128\n"));
        var output = tree["out.json"];

        var (exitCode, _, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--values", tree[".config"], "--format", "json", "-o", output);

        Assert.Equal(0, exitCode);
        Assert.Contains("KCONF155", stderr);
        var json = await File.ReadAllTextAsync(output);
        Assert.Contains("\"id\": \"KCONF155\"", json);
        Assert.EndsWith("\n", json);
    }

    [Fact]
    public async Task Diagnostics_print_in_line_order()
    {
        using var tree = new TempTree(("Kconfig", Kconfig), (".config", "garbage one\nCONFIG_LEVEL=128\ngarbage two\n"));

        var (_, _, stderr) = await CliRunner.RunAsync("check", tree["Kconfig"], "--values", tree[".config"]);

        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(".config(", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 2, stderr);
        var numbers = lines.Select(l => int.Parse(l[(l.IndexOf(".config(", StringComparison.Ordinal) + 8)..].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order().ToList(), numbers);
    }

    [Fact]
    public async Task Format_mak_in_the_kconfig_dialect_is_refused_rather_than_dropping_values()
    {
        using var tree = new TempTree(("Kconfig", Kconfig));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--format", "mak");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("--format mak", stderr);
        Assert.Contains("--dialect qemu", stderr);
    }
}

/// <summary><c>kconfig why</c> on choices (issue 18, item 8).</summary>
public sealed class WhyChoiceTests
{
    private const string Kconfig = "choice LOG_BACKEND\n\tprompt \"Log backend\"\n\tdefault LOG_CONSOLE\n\nconfig LOG_CONSOLE\n\tbool \"Console\"\n\nconfig LOG_SYSLOG\n\tbool \"Syslog\"\n\tselect NET\n\nendchoice\n\nconfig NET\n\tbool \"Networking\"\n";

    [Fact]
    public async Task The_default_that_lost_to_a_config_value_is_named_and_no_placeholder_leaks()
    {
        using var tree = new TempTree(("Kconfig", Kconfig), (".config", "CONFIG_LOG_SYSLOG=y\n"));

        var (exitCode, console, stderr) = await CliRunner.RunAsync("why", "LOG_CONSOLE", tree["Kconfig"], "--values", tree[".config"]);
        var (_, net, _) = await CliRunner.RunAsync("why", "NET", tree["Kconfig"], "--values", tree[".config"]);

        Assert.True(exitCode == 0, stderr);
        Assert.DoesNotContain("no default applies", console);
        Assert.Contains("LOG_SYSLOG is selected", console);
        Assert.Contains("the choice's default", console);
        Assert.Contains("selected by: LOG_SYSLOG", net);
        Assert.DoesNotContain("<choice", net);
    }

    [Fact]
    public async Task Why_writes_every_location_as_a_full_path()
    {
        using var tree = new TempTree(("Kconfig", "config LEVEL\n\tint \"Level\"\n\tdefault 3\n"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("why", "LEVEL", tree["Kconfig"]);

        Assert.True(exitCode == 0, stderr);
        var valueFrom = stdout.Split('\n').Single(l => l.StartsWith("value from:", StringComparison.Ordinal));
        Assert.Contains(Path.GetFullPath(tree["Kconfig"]) + ":3", valueFrom);
    }
}
