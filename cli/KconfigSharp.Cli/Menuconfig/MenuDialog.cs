using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>A dialog over the menu; while one is open it receives every key.</summary>
internal abstract class MenuDialog(string title)
{
    public string Title { get; } = title;
}

/// <summary>What a text-input dialog's value is for.</summary>
internal enum InputPurpose
{
    EditValue,
    Save,
    SaveMinimal,
    Open,
}

/// <summary>A one-line text field (a value, a file name), with an error line after a rejected value.</summary>
internal sealed class InputDialog(string title, InputPurpose purpose, string text, Symbol? symbol = null) : MenuDialog(title)
{
    public InputPurpose Purpose { get; } = purpose;

    public Symbol? Symbol { get; } = symbol;

    public string Text { get; set; } = text;

    public string? Error { get; set; }
}

/// <summary>A message (or symbol information) that Enter or Esc dismisses; Up/Down scroll long text.</summary>
internal sealed class MessageDialog(string title, string text, bool quitAfter = false) : MenuDialog(title)
{
    public IReadOnlyList<string> Lines { get; } = text.TrimEnd('\n').Split('\n');

    public int Top { get; set; }

    /// <summary>Leave menuconfig once the message is dismissed (after saving on quit).</summary>
    public bool QuitAfter { get; } = quitAfter;
}

/// <summary>"Save configuration?" when quitting with unsaved changes: y saves and quits, n quits, Esc stays.</summary>
internal sealed class QuitDialog() : MenuDialog("Quit")
{
    public string Question => "Save configuration?";
}

/// <summary>Jump to a symbol: a regular expression matched against names and prompts, and the matches to pick from.</summary>
internal sealed class SearchDialog() : MenuDialog("Search symbols")
{
    public string Text { get; set; } = string.Empty;

    public IReadOnlyList<MenuEntry> Matches { get; set; } = [];

    public int Selected { get; set; }

    public string? Error { get; set; }
}
