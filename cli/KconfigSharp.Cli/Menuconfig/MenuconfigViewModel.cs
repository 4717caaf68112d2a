using System.Numerics;
using System.Text.RegularExpressions;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// Everything menuconfig shows and does, without a terminal: the menu being viewed (a path of
/// entered menus), the selected line, the show-help / show-name / show-all toggles and the open
/// dialog; <see cref="Handle"/> applies Kconfiglib's menuconfig keys (SPEC §7) and every value change
/// goes through <see cref="MenuconfigSession"/>, which resolves again.
/// </summary>
internal sealed class MenuconfigViewModel
{
    private readonly List<MenuEntry> _path = [];
    private readonly List<MenuEntry> _allEntries = [];
    private IReadOnlyList<MenuRow>? _rows;

    public MenuconfigViewModel(MenuconfigSession session)
    {
        Session = session;
        Root = MenuTreeBuilder.Build(session.Model);
        _path.Add(Root);
        var pending = new Stack<MenuEntry>();
        pending.Push(Root);
        while (pending.Count > 0)
        {
            var entry = pending.Pop();
            if (entry != Root)
            {
                _allEntries.Add(entry);
            }

            for (var i = entry.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(entry.Children[i]);
            }
        }
    }

    public MenuconfigSession Session { get; }

    public MenuEntry Root { get; }

    /// <summary>The menu whose entries are listed.</summary>
    public MenuEntry CurrentMenu => _path[^1];

    /// <summary>The entered menus from the top (for the title line).</summary>
    public IReadOnlyList<MenuEntry> Path => _path;

    public int Cursor { get; private set; }

    /// <summary>The first listed row on screen (scrolling).</summary>
    public int Top { get; private set; }

    public bool ShowHelp { get; private set; }

    public bool ShowNames { get; private set; }

    public bool ShowAll { get; private set; }

    public MenuDialog? Dialog { get; private set; }

    /// <summary>True once the user has quit.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>What to print after the screen closes (for example where the configuration was saved).</summary>
    public string? ExitMessage { get; private set; }

    /// <summary>The rows of the current menu.</summary>
    public IReadOnlyList<MenuRow> Rows => _rows ??= RowsOf(CurrentMenu);

    public MenuEntry? Selected => Rows.Count == 0 ? null : Rows[Math.Min(Cursor, Rows.Count - 1)].Entry;

    /// <summary>
    /// The rows listed for a menu (Kconfiglib <c>_shown_nodes</c>): its shown entries and, indented,
    /// the shown entries of the implicit submenus below them; everything in show-all mode.
    /// </summary>
    public IReadOnlyList<MenuRow> RowsOf(MenuEntry menu)
    {
        var rows = new List<MenuRow>();
        var pending = new Stack<MenuRow>();
        for (var i = menu.Children.Count - 1; i >= 0; i--)
        {
            pending.Push(new MenuRow(menu.Children[i], 0));
        }

        while (pending.Count > 0)
        {
            var row = pending.Pop();
            var shown = ShowAll ? row.Entry.Prompt is not null || row.Entry.Node.Symbol is not null || row.Entry.Node.Choice is not null : Session.Menu.IsShown(row.Entry.Node);
            if (shown)
            {
                rows.Add(row);
            }

            if (!row.Entry.IsMenu)
            {
                for (var i = row.Entry.Children.Count - 1; i >= 0; i--)
                {
                    pending.Push(new MenuRow(row.Entry.Children[i], shown ? row.Depth + 1 : row.Depth));
                }
            }
        }

        return rows;
    }

    /// <summary>The values the user may give a bool/tristate symbol now (<c>ny</c>, <c>nmy</c>, <c>y</c>, ...); every symbol is n/y in the qemu dialect.</summary>
    public string Assignable(Symbol symbol) =>
        Session.Dialect == KconfigDialect.Qemu ? "ny" : Session.Menu.Find(symbol)?.Assignable ?? string.Empty;

    /// <summary>Moves <see cref="Top"/> so the cursor is on one of <paramref name="visibleRows"/> lines.</summary>
    public void Scroll(int visibleRows)
    {
        visibleRows = Math.Max(1, visibleRows);
        if (Cursor < Top)
        {
            Top = Cursor;
        }
        else if (Cursor >= Top + visibleRows)
        {
            Top = Cursor - visibleRows + 1;
        }

        Top = Math.Max(0, Math.Min(Top, Math.Max(0, Rows.Count - visibleRows)));
    }

    public void Handle(MenuKey key)
    {
        switch (Dialog)
        {
            case InputDialog input:
                HandleInput(input, key);
                return;
            case MessageDialog message:
                HandleMessage(message, key);
                return;
            case QuitDialog:
                HandleQuit(key);
                return;
            case SearchDialog search:
                HandleSearch(search, key);
                return;
        }

        switch (key.Kind)
        {
            case MenuKeyKind.Up:
                Move(-1);
                return;
            case MenuKeyKind.Down:
                Move(1);
                return;
            case MenuKeyKind.PageUp:
                Move(-10);
                return;
            case MenuKeyKind.PageDown:
                Move(10);
                return;
            case MenuKeyKind.Home:
                Move(-Rows.Count);
                return;
            case MenuKeyKind.End:
                Move(Rows.Count);
                return;
            case MenuKeyKind.Enter:
                if (Selected is { IsMenu: true } menu)
                {
                    Enter(menu);
                }
                else if (Selected is { } entry)
                {
                    Change(entry);
                }

                return;
            case MenuKeyKind.Right:
                if (Selected is { IsMenu: true } right)
                {
                    Enter(right);
                }

                return;
            case MenuKeyKind.Escape or MenuKeyKind.Left:
                Leave(quitAtTop: key.Kind == MenuKeyKind.Escape);
                return;
            case MenuKeyKind.Character:
                HandleCharacter(key.Character);
                return;
        }
    }

    private void HandleCharacter(char character)
    {
        switch (character)
        {
            case 'j':
                Move(1);
                break;
            case 'k':
                Move(-1);
                break;
            case 'h':
                Leave(quitAtTop: false);
                break;
            case 'l':
                if (Selected is { IsMenu: true } menu)
                {
                    Enter(menu);
                }

                break;
            case ' ':
                if (Selected is { } entry)
                {
                    if (!Change(entry) && entry.IsMenu)
                    {
                        Enter(entry);
                    }
                }

                break;
            case 'y' or 'n' or 'm':
                if (Selected?.Node.Symbol is { } symbol)
                {
                    SetTristate(symbol, character);
                }

                break;
            case '/':
                Dialog = new SearchDialog();
                break;
            case '?':
                if (Selected is { } selected)
                {
                    Dialog = selected.Node.Symbol is { } info
                        ? new MessageDialog($"Symbol info: {info.Name}", Session.Explain(info))
                        : new MessageDialog("Info", $"{selected.Node.Kind.ToString().ToLowerInvariant()} \"{selected.Prompt}\"\ndefined at {selected.Node.Location}\n");
                }

                break;
            case 'S':
                Dialog = new InputDialog("Save configuration", InputPurpose.Save, Session.OutputPath);
                break;
            case 'D':
                Dialog = new InputDialog("Save minimal configuration", InputPurpose.SaveMinimal, "defconfig");
                break;
            case 'O':
                Dialog = new InputDialog("Open configuration", InputPurpose.Open, Session.OutputPath);
                break;
            case 'F' or 'f':
                ShowHelp = !ShowHelp;
                break;
            case 'C' or 'c':
                ShowNames = !ShowNames;
                break;
            case 'A' or 'a':
                ToggleShowAll();
                break;
            case 'Q' or 'q':
                Quit();
                break;
        }
    }

    private void Move(int delta)
    {
        Cursor = Rows.Count == 0 ? 0 : Math.Max(0, Math.Min(Rows.Count - 1, Cursor + delta));
    }

    private void Enter(MenuEntry menu)
    {
        if (RowsOf(menu).Count == 0)
        {
            return;
        }

        _path.Add(menu);
        Refresh(null);
        Cursor = 0;
        Top = 0;
    }

    private void Leave(bool quitAtTop)
    {
        if (_path.Count == 1)
        {
            if (quitAtTop)
            {
                Quit();
            }

            return;
        }

        var left = _path[^1];
        _path.RemoveAt(_path.Count - 1);
        Refresh(left);
    }

    private void ToggleShowAll()
    {
        var selected = Selected;
        ShowAll = !ShowAll;
        Refresh(selected);
    }

    private void Quit()
    {
        if (Session.HasUnsavedChanges)
        {
            Dialog = new QuitDialog();
            return;
        }

        IsFinished = true;
    }

    /// <summary>Recomputes the rows (values or modes changed) and keeps <paramref name="keep"/> selected when it is still listed.</summary>
    private void Refresh(MenuEntry? keep)
    {
        _rows = null;
        if (keep is not null)
        {
            for (var i = 0; i < Rows.Count; i++)
            {
                if (Rows[i].Entry == keep)
                {
                    Cursor = i;
                    return;
                }
            }
        }

        Move(0);
    }

    /// <summary>Space/Enter on an entry (Kconfiglib <c>_change_node</c>): cycles a bool/tristate through its assignable values, selects a choice member, or edits an int/hex/string; false when nothing can change.</summary>
    private bool Change(MenuEntry entry)
    {
        if (entry.Node.Symbol is not { } symbol || Session.Menu.Find(symbol) is not { } resolved)
        {
            return false;
        }

        if (symbol.Type is KconfigType.Int or KconfigType.Hex or KconfigType.String)
        {
            if (resolved.Visibility == "n")
            {
                return false;
            }

            Dialog = new InputDialog($"Value for {symbol.Name}", InputPurpose.EditValue, resolved.Value, symbol);
            return true;
        }

        var assignable = Assignable(symbol);
        if (symbol.Choice is not null && resolved.Visibility == "y")
        {
            Apply(symbol, "y");
            return true;
        }

        if (assignable.Length < 2)
        {
            return false;
        }

        var index = assignable.IndexOf(resolved.Value[0]);
        Apply(symbol, assignable[(index + 1) % assignable.Length].ToString());
        return true;
    }

    private void SetTristate(Symbol symbol, char value)
    {
        if (symbol.Type is KconfigType.Bool or KconfigType.Tristate && Assignable(symbol).Contains(value))
        {
            Apply(symbol, value.ToString());
        }
    }

    private void Apply(Symbol symbol, string value)
    {
        var selected = Selected;
        Session.Set(symbol, value);
        Refresh(selected);
    }

    private void HandleInput(InputDialog input, MenuKey key)
    {
        switch (key.Kind)
        {
            case MenuKeyKind.Escape:
                Dialog = null;
                return;
            case MenuKeyKind.Backspace:
                input.Text = input.Text.Length == 0 ? input.Text : input.Text[..^1];
                input.Error = null;
                return;
            case MenuKeyKind.Character:
                input.Text += key.Character;
                input.Error = null;
                return;
            case MenuKeyKind.Enter:
                Confirm(input);
                return;
        }
    }

    private void Confirm(InputDialog input)
    {
        switch (input.Purpose)
        {
            case InputPurpose.EditValue:
                var symbol = input.Symbol!;
                var value = input.Text.Trim();
                if (ValueError(symbol, ref value) is { } error)
                {
                    input.Error = error;
                    return;
                }

                Dialog = null;
                Apply(symbol, value);
                return;
            case InputPurpose.Save:
                Dialog = Session.Save(input.Text) is { } saveError
                    ? new MessageDialog("Error", saveError)
                    : new MessageDialog("Saved", $"Configuration saved to '{input.Text}'");
                return;
            case InputPurpose.SaveMinimal:
                Dialog = Session.SaveMinimal(input.Text) is { } minimalError
                    ? new MessageDialog("Error", minimalError)
                    : new MessageDialog("Saved", $"Minimal configuration saved to '{input.Text}'");
                return;
            case InputPurpose.Open:
                var selected = Selected;
                Dialog = Session.Load(input.Text) is { } loadError
                    ? new MessageDialog("Error", loadError)
                    : new MessageDialog("Loaded", $"Configuration loaded from '{input.Text}'");
                Refresh(selected);
                return;
        }
    }

    /// <summary>Why <paramref name="value"/> cannot be the symbol's value (a malformed number, or outside the active range), or null; hex values get their 0x.</summary>
    private string? ValueError(Symbol symbol, ref string value)
    {
        if (symbol.Type is not (KconfigType.Int or KconfigType.Hex))
        {
            return null;
        }

        var hex = symbol.Type == KconfigType.Hex;
        if (hex && !value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            value = "0x" + value;
        }

        if (!TryParseNumber(value, hex, out var number))
        {
            return $"'{value}' is a malformed {(hex ? "hex" : "int")} value";
        }

        if (Session.Menu.ActiveRange(symbol) is { } range
            && TryParseNumber(range.Key, hex, out var low) && TryParseNumber(range.Value, hex, out var high)
            && (number < low || number > high))
        {
            return $"{value} is outside the range {range.Key}-{range.Value}";
        }

        return null;
    }

    private static bool TryParseNumber(string text, bool hex, out BigInteger number)
    {
        number = 0;
        if (hex)
        {
            var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
            return digits.Length > 0 && digits.All(Uri.IsHexDigit)
                && BigInteger.TryParse("0" + digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out number);
        }

        var unsigned = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        return unsigned.Length > 0 && unsigned.All(char.IsAsciiDigit)
            && BigInteger.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    private void HandleMessage(MessageDialog message, MenuKey key)
    {
        switch (key.Kind)
        {
            case MenuKeyKind.Enter or MenuKeyKind.Escape:
                Dialog = null;
                IsFinished |= message.QuitAfter;
                break;
            case MenuKeyKind.Up:
                message.Top = Math.Max(0, message.Top - 1);
                break;
            case MenuKeyKind.Down:
                message.Top = Math.Min(Math.Max(0, message.Lines.Count - 1), message.Top + 1);
                break;
            case MenuKeyKind.Character when key.Character == 'j':
                message.Top = Math.Min(Math.Max(0, message.Lines.Count - 1), message.Top + 1);
                break;
            case MenuKeyKind.Character when key.Character == 'k':
                message.Top = Math.Max(0, message.Top - 1);
                break;
        }
    }

    private void HandleQuit(MenuKey key)
    {
        if (key.Kind == MenuKeyKind.Escape || (key.Kind == MenuKeyKind.Character && key.Character is 'c' or 'C'))
        {
            Dialog = null;
        }
        else if (key.Kind == MenuKeyKind.Character && key.Character is 'y' or 'Y')
        {
            if (Session.Save(Session.OutputPath) is { } error)
            {
                Dialog = new MessageDialog("Error", error);
                return;
            }

            Dialog = null;
            ExitMessage = $"Configuration saved to '{Session.OutputPath}'";
            IsFinished = true;
        }
        else if (key.Kind == MenuKeyKind.Character && key.Character is 'n' or 'N')
        {
            Dialog = null;
            ExitMessage = "Configuration was not saved";
            IsFinished = true;
        }
    }

    private void HandleSearch(SearchDialog search, MenuKey key)
    {
        switch (key.Kind)
        {
            case MenuKeyKind.Escape:
                Dialog = null;
                return;
            case MenuKeyKind.Up:
                search.Selected = Math.Max(0, search.Selected - 1);
                return;
            case MenuKeyKind.Down:
                search.Selected = Math.Max(0, Math.Min(search.Matches.Count - 1, search.Selected + 1));
                return;
            case MenuKeyKind.Backspace:
                search.Text = search.Text.Length == 0 ? search.Text : search.Text[..^1];
                break;
            case MenuKeyKind.Character:
                search.Text += key.Character;
                break;
            case MenuKeyKind.Enter:
                if (search.Matches.Count > 0)
                {
                    Dialog = null;
                    JumpTo(search.Matches[search.Selected]);
                }

                return;
            default:
                return;
        }

        UpdateMatches(search);
    }

    /// <summary>Symbols, choices, menus and comments whose name or prompt the regular expression matches (case-insensitive).</summary>
    private void UpdateMatches(SearchDialog search)
    {
        search.Selected = 0;
        search.Error = null;
        search.Matches = [];
        if (search.Text.Length == 0)
        {
            return;
        }

        Regex pattern;
        try
        {
            pattern = new Regex(search.Text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            search.Error = "not a valid regular expression";
            return;
        }

        var matches = new List<MenuEntry>();
        try
        {
            foreach (var entry in _allEntries)
            {
                var name = entry.Node.Symbol?.Name ?? entry.Node.Choice?.Name;
                if ((name is not null && pattern.IsMatch(name)) || (entry.Prompt is { } prompt && pattern.IsMatch(prompt)))
                {
                    matches.Add(entry);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            search.Error = "the regular expression takes too long";
        }

        search.Matches = matches;
    }

    /// <summary>Opens the menu that lists <paramref name="target"/> and selects it; turns show-all on when it is not shown.</summary>
    public void JumpTo(MenuEntry target)
    {
        _path.Clear();
        for (var menu = target.EnclosingMenu; menu is not null; menu = menu.EnclosingMenu)
        {
            _path.Insert(0, menu);
        }

        _rows = null;
        if (!Rows.Any(r => r.Entry == target))
        {
            ShowAll = true;
            _rows = null;
        }

        Refresh(target);
    }

    /// <summary>The entries search can reach, in menu order.</summary>
    public IReadOnlyList<MenuEntry> AllEntries => _allEntries;
}
