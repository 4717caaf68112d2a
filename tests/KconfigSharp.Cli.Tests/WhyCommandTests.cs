namespace KconfigSharp.Cli.Tests;

/// <summary><c>kconfig why</c> on a tiny Linux-dialect tree (and one qemu one).</summary>
public sealed class WhyCommandTests
{
    private const string Tree =
        "config BASE\n\tbool \"Base\"\n\tdefault y\n\n" +
        "config OFF\n\tbool \"Off\"\n\n" +
        "config SELECTED\n\tbool\n\n" +
        "config IMPLIED\n\tbool \"Implied\"\n\n" +
        "config PROMPTLESS\n\tbool\n\n" +
        "config NEEDS_OFF\n\tbool \"Needs off\"\n\tdepends on OFF && BASE\n\n" +
        "config USER\n\tbool \"User\"\n\tselect SELECTED\n\timply IMPLIED\n\tdefault y\n";

    private static async Task<string> WhyAsync(string symbol, params string[] extra)
    {
        using var tree = new TempTree(("Kconfig", Tree), ("user.config", "CONFIG_PROMPTLESS=y\nCONFIG_NEEDS_OFF=y\n"));
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(["why", symbol, tree["Kconfig"], "--values", tree["user.config"], .. extra]);
        Assert.True(exitCode == 0, stderr);
        return stdout.Replace(tree.Root, "<tree>");
    }

    [Fact]
    public async Task Explains_a_value_set_by_default()
    {
        var text = await WhyAsync("BASE");

        Assert.StartsWith("CONFIG_BASE = y (bool)\n", text);
        Assert.Contains("defined at: <tree>/Kconfig:1", text);
        Assert.Contains("value from:", text);
        Assert.Contains("default", text[text.IndexOf("value from:", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Explains_a_value_set_by_select()
    {
        var text = await WhyAsync("CONFIG_SELECTED");

        Assert.StartsWith("CONFIG_SELECTED = y (bool)\n", text);
        Assert.Contains("selected by: USER (USER = y)", text);
    }

    [Fact]
    public async Task Explains_a_value_set_by_imply()
    {
        var text = await WhyAsync("IMPLIED");

        Assert.StartsWith("CONFIG_IMPLIED = y (bool)\n", text);
        Assert.Contains("implied by: USER (USER = y)", text);
    }

    [Fact]
    public async Task Explains_a_user_value_ignored_for_lack_of_a_prompt()
    {
        var text = await WhyAsync("PROMPTLESS");

        Assert.StartsWith("CONFIG_PROMPTLESS = n (bool)\n", text);
        Assert.Contains("prompt: none", text);
        Assert.Contains("user value: CONFIG_PROMPTLESS=y (<tree>/user.config:1), ignored", text);
        Assert.Contains("KCONF153", text);
    }

    [Fact]
    public async Task Explains_a_user_value_ignored_for_an_unmet_dependency()
    {
        var text = await WhyAsync("NEEDS_OFF");

        Assert.StartsWith("CONFIG_NEEDS_OFF = n (bool)\n", text);
        Assert.Contains("depends on: OFF && BASE\n  OFF = n\n  BASE = y\n", text);
        Assert.Contains("user value: CONFIG_NEEDS_OFF=y (<tree>/user.config:2), ignored", text);
        Assert.Contains("KCONF154", text);
        Assert.Contains("not visible because its dependency OFF && BASE is n (OFF=n, BASE=y)", text[text.IndexOf("ignored", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Explains_qemu_dialect_clauses()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "Kconfig.host");

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("why", "MULTIPROCESS", seed, "--dialect", "qemu", "CONFIG_MULTIPROCESS_ALLOWED=y");

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("CONFIG_MULTIPROCESS = y (bool)\n", stdout);
        Assert.Contains("implied by: MULTIPROCESS_ALLOWED (MULTIPROCESS_ALLOWED = y)", stdout);
        Assert.Contains("undefined symbol", stdout);
    }

    [Fact]
    public async Task Reports_a_user_value_that_stuck_as_applied()
    {
        var text = await WhyAsync("OFF", "OFF=y");

        Assert.StartsWith("CONFIG_OFF = y (bool)\n", text);
        Assert.Contains("user value: CONFIG_OFF=y (command line), applied", text);
    }

    [Fact]
    public async Task An_unknown_symbol_exits_1()
    {
        using var tree = new TempTree(("Kconfig", Tree));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("why", "NOPE", tree["Kconfig"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("NOPE", stderr);
    }
}
