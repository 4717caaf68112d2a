namespace KconfigSharp.Cli.Menuconfig;

/// <summary>A line of the current menu: an entry and how deep it sits in implicit submenus below the menu.</summary>
internal readonly record struct MenuRow(MenuEntry Entry, int Depth);
