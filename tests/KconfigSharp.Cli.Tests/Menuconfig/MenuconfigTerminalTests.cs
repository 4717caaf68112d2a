using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests.Menuconfig;

/// <summary>
/// The real <c>kconfig menuconfig</c> in a pseudo-terminal (tmux): jump to a symbol with <c>/</c>, set
/// it with <c>y</c> (its dependent appears), save with <c>S</c>, quit with <c>Q</c>; the saved file is checked.
/// </summary>
public sealed class MenuconfigTerminalTests
{
    [TmuxFact]
    public void Jump_set_save_and_quit_in_a_terminal()
    {
        using var tree = new TempTree(("Kconfig", """
            mainmenu "Terminal test"

            config LOG_LEVEL
            	int "Log level"
            	default 3

            menu "Network"

            config NET
            	bool "Networking support"

            config NET_IPV6
            	bool "IPv6 protocol"
            	depends on NET

            endmenu
            """));
        using var terminal = new TmuxSession(tree.Root, $"'{CliProcess.Dotnet}' '{CliProcess.Assembly}' menuconfig Kconfig; echo menuconfig-exited-$?; sleep 60");

        var first = terminal.WaitFor("(Top) Terminal test");
        Assert.DoesNotContain("IPv6 protocol", first);

        terminal.Send("/", literal: true);
        terminal.WaitFor("Search symbols");
        terminal.Send("^net$", literal: true);
        terminal.WaitFor("1 match(es)");
        terminal.Send("Enter");
        terminal.WaitFor("(Top) > Network");
        terminal.Send("y", literal: true);
        var afterY = terminal.WaitFor("IPv6 protocol (NEW)");
        Assert.Contains(">[*] Networking support", afterY);

        terminal.Send("S", literal: true);
        terminal.WaitFor("Save configuration");
        terminal.Send("Enter");
        terminal.WaitFor("Configuration saved to '.config'");
        terminal.Send("Enter");
        terminal.Send("Q", literal: true);
        terminal.WaitFor("menuconfig-exited-0");

        Assert.Equal(
            "CONFIG_LOG_LEVEL=3\n\n#\n# Network\n#\nCONFIG_NET=y\n# CONFIG_NET_IPV6 is not set\n# end of Network\n",
            File.ReadAllText(tree[".config"]));
    }
}
