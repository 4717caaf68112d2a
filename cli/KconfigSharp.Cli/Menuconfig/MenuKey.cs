namespace KconfigSharp.Cli.Menuconfig;

/// <summary>The keys menuconfig reacts to; printable keys are <see cref="MenuKeyKind.Character"/> with their character.</summary>
internal enum MenuKeyKind
{
    Character,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Escape,
    Backspace,
}

/// <summary>One key press, independent of the terminal library (so the view model is tested without a terminal).</summary>
internal readonly record struct MenuKey(MenuKeyKind Kind, char Character = '\0')
{
    public static MenuKey Char(char character) => new(MenuKeyKind.Character, character);

    public static implicit operator MenuKey(MenuKeyKind kind) => new(kind);
}
