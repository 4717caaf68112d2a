using KconfigSharp.Cli.Menuconfig;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Cli.Tests.Menuconfig;

/// <summary>The menuconfig view model without a terminal: tree, visibility, value changes, search, dialogs and the save prompt.</summary>
public sealed class MenuconfigViewModelTests
{
    private const string Tree = """
        mainmenu "Demo"

        config NET
        	bool "Networking support"
        	help
        	  Enables networking.

        config NET_IPV6
        	bool "IPv6"
        	depends on NET

        config LOG_LEVEL
        	int "Log level"
        	range 0 7
        	default 3

        config BASE
        	hex "Base"
        	default 0x10

        config WATCHDOG
        	bool "Watchdog"
        	select HELPER

        config HELPER
        	bool "Helper"

        menu "Drivers"

        menuconfig USB
        	bool "USB support"

        if USB
        config USB_STORAGE
        	bool "USB storage"
        endif

        choice
        	prompt "Scheduler"
        	default SCHED_RR

        config SCHED_RR
        	bool "Round robin"

        config SCHED_FIFO
        	bool "FIFO"

        endchoice

        endmenu
        """;

    private static (MenuconfigViewModel Model, TempTree Files) Open(string? values = null)
    {
        var files = new TempTree(("Kconfig", Tree));
        string[] valuesFiles = [];
        if (values is not null)
        {
            valuesFiles = [files.Add(".config", values)];
        }

        var inputs = new CliInputs(files["Kconfig"], [], KconfigDialect.Kconfig, null, valuesFiles, [], false, ResolveMode.Defconfig, false, null, null);
        var tree = TreeLoader.Load(inputs);
        return (new MenuconfigViewModel(new MenuconfigSession(tree, ResolveOptions.Default, files[".config"])), files);
    }

    private static string[] Lines(MenuconfigViewModel model) => [.. model.Rows.Select(r => MenuRowFormatter.Format(model, r))];

    private static void Press(MenuconfigViewModel model, params MenuKey[] keys)
    {
        foreach (var key in keys)
        {
            model.Handle(key);
        }
    }

    private static void Type(MenuconfigViewModel model, string text)
    {
        foreach (var character in text)
        {
            model.Handle(MenuKey.Char(character));
        }
    }

    [Fact]
    public void Top_menu_lists_visible_entries_as_Kconfiglib_writes_them()
    {
        var (model, files) = Open();
        using var _ = files;

        Assert.Equal(
            [
                "[ ] Networking support (NEW)",
                "(3) Log level (NEW)",
                "(0x10) Base (NEW)",
                "[ ] Watchdog (NEW)",
                "[ ] Helper (NEW)",
                "    Drivers  --->",
            ],
            Lines(model));
    }

    [Fact]
    public void Setting_a_dependency_to_y_shows_its_dependent_indented_under_it()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKey.Char('y'));

        Assert.Equal("[*] Networking support", Lines(model)[0]);
        Assert.Equal("[ ]     IPv6 (NEW)", Lines(model)[1]);
        Assert.True(model.Session.HasUnsavedChanges);
    }

    [Fact]
    public void A_selected_symbol_is_pinned_and_n_cannot_unset_it()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKeyKind.Down, MenuKeyKind.Down, MenuKeyKind.Down, MenuKey.Char(' '));
        Press(model, MenuKeyKind.Down, MenuKey.Char('n'));

        Assert.Equal("[*] Watchdog", Lines(model)[3]);
        Assert.Equal("-*- Helper (NEW)", Lines(model)[4]);
    }

    [Fact]
    public void Menus_choices_and_menuconfig_symbols_are_entered_and_left()
    {
        var (model, files) = Open("CONFIG_SCHED_RR=y\n");
        using var _ = files;

        Press(model, MenuKeyKind.End, MenuKeyKind.Enter);
        Assert.Equal(["[ ] USB support (NEW)  ----", "    Scheduler (Round robin)  --->"], Lines(model));

        Press(model, MenuKey.Char('y'), MenuKey.Char('l'));
        Assert.Equal(["[ ] USB storage (NEW)"], Lines(model));

        Press(model, MenuKey.Char('h'), MenuKeyKind.Down, MenuKeyKind.Enter);
        Assert.Equal(["(X) Round robin", "( ) FIFO"], Lines(model));

        Press(model, MenuKeyKind.Down, MenuKey.Char(' '), MenuKeyKind.Escape);
        Assert.Equal("    Scheduler (FIFO)  --->", Lines(model)[1]);
        Press(model, MenuKeyKind.Left);
        Assert.Single(model.Path);
    }

    [Fact]
    public void Show_all_reveals_invisible_entries_and_show_names_adds_names()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKey.Char('A'));
        Assert.Contains("- -     IPv6 (NEW)", Lines(model));

        Press(model, MenuKey.Char('A'), MenuKey.Char('C'));
        Assert.Equal("[ ] <NET> Networking support (NEW)", Lines(model)[0]);
    }

    [Fact]
    public void Search_jumps_to_a_symbol_in_its_menu_and_shows_it_when_hidden()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKey.Char('/'));
        Type(model, "stor");
        var search = Assert.IsType<SearchDialog>(model.Dialog);
        Assert.Equal(["USB_STORAGE"], search.Matches.Select(m => m.Node.Symbol!.Name));
        Press(model, MenuKeyKind.Enter);

        Assert.Null(model.Dialog);
        Assert.True(model.ShowAll);
        Assert.Equal("USB_STORAGE", model.Selected!.Node.Symbol!.Name);
        Assert.Equal(["Drivers", "USB support"], model.Path.Skip(1).Select(m => m.Prompt));
    }

    [Fact]
    public void Search_reports_an_invalid_regular_expression()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKey.Char('/'));
        Type(model, "(");

        Assert.Equal("not a valid regular expression", Assert.IsType<SearchDialog>(model.Dialog).Error);
    }

    [Fact]
    public void Int_dialog_rejects_malformed_and_out_of_range_values_and_accepts_one_in_range()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKeyKind.Down, MenuKeyKind.Enter);
        var dialog = Assert.IsType<InputDialog>(model.Dialog);
        Press(model, MenuKeyKind.Backspace);
        Type(model, "x");
        Press(model, MenuKeyKind.Enter);
        Assert.Equal("'x' is a malformed int value", dialog.Error);

        Press(model, MenuKeyKind.Backspace);
        Type(model, "9");
        Press(model, MenuKeyKind.Enter);
        Assert.Equal("9 is outside the range 0-7", dialog.Error);

        Press(model, MenuKeyKind.Backspace);
        Type(model, "6");
        Press(model, MenuKeyKind.Enter);
        Assert.Null(model.Dialog);
        Assert.Equal("(6) Log level", Lines(model)[1]);
    }

    [Fact]
    public void Hex_dialog_adds_the_0x_prefix()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKeyKind.Down, MenuKeyKind.Down, MenuKeyKind.Enter);
        Press(model, MenuKeyKind.Backspace, MenuKeyKind.Backspace, MenuKeyKind.Backspace, MenuKeyKind.Backspace);
        Type(model, "ff");
        Press(model, MenuKeyKind.Enter);

        Assert.Equal("(0xff) Base", Lines(model)[2]);
    }

    [Fact]
    public void S_saves_to_the_file_named_in_the_dialog_and_Enter_dismisses_the_confirmation()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKey.Char('y'), MenuKey.Char('S'));
        Assert.Equal(files[".config"], Assert.IsType<InputDialog>(model.Dialog).Text);
        Press(model, MenuKeyKind.Enter);
        Assert.Equal($"Configuration saved to '{files[".config"]}'", Assert.IsType<MessageDialog>(model.Dialog).Lines[0]);
        Press(model, MenuKeyKind.Enter);

        Assert.Null(model.Dialog);
        Assert.False(model.Session.HasUnsavedChanges);
        Assert.StartsWith("CONFIG_NET=y\n# CONFIG_NET_IPV6 is not set\nCONFIG_LOG_LEVEL=3\n", File.ReadAllText(files[".config"]));
    }

    [Fact]
    public void Q_with_unsaved_changes_asks_and_y_saves_before_quitting()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKey.Char('y'), MenuKey.Char('Q'));
        Assert.Equal("Save configuration?", Assert.IsType<QuitDialog>(model.Dialog).Question);
        Press(model, MenuKeyKind.Escape);
        Assert.False(model.IsFinished);

        Press(model, MenuKey.Char('Q'), MenuKey.Char('y'));

        Assert.True(model.IsFinished);
        Assert.Contains("CONFIG_NET=y\n", File.ReadAllText(files[".config"]));
    }

    [Fact]
    public void Q_then_n_quits_without_saving_and_Q_without_changes_quits_at_once()
    {
        var (changed, files) = Open();
        using var _ = files;
        Press(changed, MenuKey.Char('y'), MenuKey.Char('Q'), MenuKey.Char('n'));
        var (unchanged, otherFiles) = Open();
        using var __ = otherFiles;
        Press(unchanged, MenuKey.Char('Q'));

        Assert.True(changed.IsFinished);
        Assert.False(File.Exists(files[".config"]));
        Assert.True(unchanged.IsFinished);
        Assert.Null(unchanged.Dialog);
    }

    [Fact]
    public void D_saves_the_minimal_configuration_and_O_loads_a_values_file()
    {
        var (model, files) = Open();
        using var _ = files;
        var other = files.Add("other.config", "CONFIG_NET=y\nCONFIG_NET_IPV6=y\n");

        Press(model, MenuKey.Char('y'), MenuKey.Char('D'));
        var minimal = Assert.IsType<InputDialog>(model.Dialog);
        minimal.Text = files["defconfig"];
        Press(model, MenuKeyKind.Enter, MenuKeyKind.Enter);
        Press(model, MenuKey.Char('O'));
        Assert.IsType<InputDialog>(model.Dialog).Text = other;
        Press(model, MenuKeyKind.Enter, MenuKeyKind.Enter);

        Assert.Equal("CONFIG_NET=y\n", File.ReadAllText(files["defconfig"]));
        Assert.Equal("[*]     IPv6", Lines(model)[1]);
    }

    [Fact]
    public void Question_mark_shows_the_text_of_kconfig_why()
    {
        var (model, files) = Open();
        using var _ = files;

        Press(model, MenuKey.Char('?'));

        var info = Assert.IsType<MessageDialog>(model.Dialog);
        Assert.Contains("NET", info.Title);
        Assert.Contains(info.Lines, l => l.Contains("bool", StringComparison.Ordinal));
    }

    [Fact]
    public void Renderer_marks_the_selected_row_and_draws_dialogs_over_the_menu()
    {
        var (model, files) = Open();
        using var _ = files;

        var screen = ScreenRenderer.Render(model, 80, 24);
        Press(model, MenuKey.Char('S'));
        var withDialog = ScreenRenderer.Render(model, 80, 24);

        Assert.Equal(24, screen.Length);
        Assert.All(screen, l => Assert.Equal(80, l.Length));
        Assert.Equal("(Top) Demo", screen[0].TrimEnd());
        Assert.Equal(">[ ] Networking support (NEW)", screen[1].TrimEnd());
        Assert.Contains(withDialog, l => l.Contains("Save configuration", StringComparison.Ordinal));
    }

    [Fact]
    public void Qemu_dialect_edits_the_mak_file_keeping_its_other_lines()
    {
        using var files = new TempTree(
            ("Kconfig", "config PCI\n    bool\nconfig VGA\n    bool\n    depends on PCI\n"),
            ("default.mak", "# Default devices\nCONFIG_PCI=y\n"));
        var inputs = new CliInputs(files["Kconfig"], [], KconfigDialect.Qemu, null, [files["default.mak"]], [], false, ResolveMode.Defconfig, false, null, null);
        var model = new MenuconfigViewModel(new MenuconfigSession(TreeLoader.Load(inputs), ResolveOptions.Default, files["default.mak"]));

        Assert.Equal(["[*] <PCI>", "[ ] <VGA> (NEW)"], Lines(model));
        Press(model, MenuKeyKind.Down, MenuKey.Char('y'), MenuKey.Char('Q'), MenuKey.Char('y'));

        Assert.Equal("# Default devices\nCONFIG_PCI=y\nCONFIG_VGA=y\n", File.ReadAllText(files["default.mak"]));
    }
}
