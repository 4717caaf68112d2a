using System.Text.Json;

namespace KconfigSharp.Cli.Tests;

public sealed class ResolveCommandTests
{
    private const string LinuxTree = "config A\n\tbool \"A\"\n\tdefault y\n\nconfig B\n\tbool \"B\"\n\nconfig S\n\tbool \"S\"\n\tdefault \"hello\" if A\n";

    private const string QemuTree = "config A\n  bool\n  select B\nconfig B\n  bool\nconfig C\n  bool\n  default y if B\n";

    [Fact]
    public async Task Format_config_is_the_default()
    {
        using var tree = new TempTree(("Kconfig", LinuxTree));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("CONFIG_A=y\n", stdout);
        Assert.Contains("# CONFIG_B is not set\n", stdout);
    }

    [Fact]
    public async Task Trailing_defines_apply_last_with_or_without_the_prefix()
    {
        using var tree = new TempTree(("Kconfig", LinuxTree), ("my.config", "CONFIG_B=n\n"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--values", tree["my.config"], "B=y", "CONFIG_A=n");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("CONFIG_B=y\n", stdout);
        Assert.Contains("# CONFIG_A is not set\n", stdout);
    }

    [Fact]
    public async Task Format_mak_in_the_qemu_dialect_leaves_out_defines_but_prints_mak_assignments()
    {
        using var tree = new TempTree(("Kconfig", QemuTree), ("default.mak", "CONFIG_C=y\n"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", "--dialect", "qemu", "--format", "mak", tree["default.mak"], tree["Kconfig"], "CONFIG_A=y");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("CONFIG_B=y\nCONFIG_C=y\n", stdout);
    }

    [Fact]
    public async Task Values_files_follow_include_relative_to_the_including_file()
    {
        using var tree = new TempTree(("Kconfig", QemuTree), ("configs/a/default.mak", "include ../b/default.mak\n"), ("configs/b/default.mak", "CONFIG_A=y\n"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--format", "mak", "--values", tree["configs/a/default.mak"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("CONFIG_A=y\nCONFIG_B=y\nCONFIG_C=y\n", stdout);
    }

    [Fact]
    public async Task Mode_allnoconfig_turns_defaults_off()
    {
        using var tree = new TempTree(("Kconfig", QemuTree + "config D\n  default y\n"));

        var (_, defconfig, _) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--format", "mak");
        var (_, allno, _) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--format", "mak", "--mode", "allnoconfig");

        Assert.Contains("CONFIG_D=y", defconfig);
        Assert.Equal(string.Empty, allno);
    }

    [Fact]
    public async Task Format_json_has_symbols_and_diagnostics()
    {
        using var tree = new TempTree(("Kconfig", QemuTree + "config E\n  depends on UNDEFINED\n"));

        var (exitCode, stdout, _) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--format", "json", "A=y");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        var b = json.RootElement.GetProperty("symbols").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "B");
        Assert.Equal("y", b.GetProperty("value").GetString());
        Assert.Equal("bool", b.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Array, b.GetProperty("definedAt").ValueKind);
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "KCONF110");
    }

    [Fact]
    public async Task Output_option_writes_the_file_instead_of_stdout()
    {
        using var tree = new TempTree(("Kconfig", QemuTree));
        var output = tree["out/devices.mak"];
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var (exitCode, stdout, _) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--format", "mak", "-o", output, "CONFIG_A=y");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("CONFIG_B=y\nCONFIG_C=y\n", await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task Warnings_exit_0_and_fail_with_warnaserror()
    {
        using var tree = new TempTree(("Kconfig", "config A\n  depends on UNDEFINED\n"));

        var (plain, _, plainErr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu");
        var (strict, _, strictErr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--warnaserror");

        Assert.Equal(0, plain);
        Assert.Contains($"{tree["Kconfig"]}(2,", plainErr);
        Assert.Contains("warning KCONF110", plainErr);
        Assert.Equal(1, strict);
        Assert.Contains("error KCONF110", strictErr);
    }

    [Fact]
    public async Task A_contradiction_exits_1_with_a_located_error()
    {
        using var tree = new TempTree(("Kconfig", "config A\n  select B\nconfig B\n  depends on C\nconfig C\n"));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--format", "mak", "CONFIG_A=y");

        Assert.Equal(1, exitCode);
        Assert.Contains("error KCONF142: contradiction between clauses when setting B", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task A_dependency_cycle_exits_1_naming_the_cycle()
    {
        using var tree = new TempTree(("Kconfig", "config A\n  depends on B\nconfig B\n  depends on A\n"));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "--format", "mak");

        Assert.Equal(1, exitCode);
        Assert.Contains("error KCONF140: cycle found including", stderr);
    }

    [Fact]
    public async Task An_empty_minikconf_define_means_n_and_is_left_out()
    {
        using var tree = new TempTree(("Kconfig", QemuTree));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("resolve", "--dialect", "qemu", "--format", "mak", tree["Kconfig"], "CONFIG_A=y", "CONFIG_C=");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("CONFIG_B=y\n", stdout);
    }

    [Fact]
    public async Task An_unwritable_output_file_is_one_clean_error()
    {
        using var tree = new TempTree(("Kconfig", QemuTree));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], "--dialect", "qemu", "-o", tree.Root);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("kconfig: error: cannot write", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task A_file_after_kconfig_needs_the_qemu_dialect()
    {
        using var tree = new TempTree(("Kconfig", LinuxTree), ("other", LinuxTree));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("resolve", tree["Kconfig"], tree["other"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("unexpected argument", stderr);
    }

    [Theory]
    [InlineData("resolve", "Kconfig", "--format", "yaml")]
    [InlineData("resolve", "Kconfig", "--mode", "randconfig")]
    [InlineData("resolve")]
    [InlineData("frobnicate", "Kconfig")]
    [InlineData("resolve", "Kconfig", "--env", "NOEQUALS")]
    public async Task A_bad_command_line_exits_2(params string[] args)
    {
        using var tree = new TempTree(("Kconfig", LinuxTree));
        var resolved = args.Select(a => a == "Kconfig" ? tree["Kconfig"] : a).ToArray();

        var (exitCode, _, stderr) = await CliRunner.RunAsync(resolved);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("kconfig: error:", stderr);
    }

    [Fact]
    public async Task Help_names_the_tool_kconfig()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("kconfig [command] [options]", stdout);
        Assert.Contains("resolve", stdout);
        Assert.Contains("why", stdout);
    }

    [Fact]
    public async Task A_missing_kconfig_file_is_an_input_error_not_a_crash()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("resolve", Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}", "Kconfig"));

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Env_values_reach_the_parser_options()
    {
        using var tree = new TempTree(("Kconfig", LinuxTree));

        var (exitCode, _, stderr) = await CliRunner.RunAsync("check", tree["Kconfig"], "--env", "ARCH=x86", "--use-environment");

        Assert.True(exitCode == 0, stderr);
    }
}
