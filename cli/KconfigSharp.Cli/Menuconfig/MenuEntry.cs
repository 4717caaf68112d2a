using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// One entry of the tree menuconfig shows: a menu node of the model, placed under its menu, choice,
/// or the symbol it forms an implicit submenu of (entries after a symbol that depend on it, as LKC's
/// <c>menu_finalize</c> and Kconfiglib's <c>_finalize_node</c> nest them).
/// </summary>
internal sealed class MenuEntry(MenuNode node, MenuEntry? parent)
{
    public MenuNode Node { get; } = node;

    public MenuEntry? Parent { get; } = parent;

    public List<MenuEntry> Children { get; } = [];

    /// <summary>Entered as a menu of its own (the root, <c>menu</c>, <c>choice</c>, <c>menuconfig</c>) rather than shown inline under its parent.</summary>
    public bool IsMenu => Node.Kind is MenuNodeKind.Root or MenuNodeKind.Menu or MenuNodeKind.Choice || (Node.Kind == MenuNodeKind.Symbol && Node.IsMenuConfig);

    /// <summary>The nearest enclosing entry that is a menu (where this entry is listed).</summary>
    public MenuEntry? EnclosingMenu
    {
        get
        {
            var parent = Parent;
            while (parent is not null && !parent.IsMenu)
            {
                parent = parent.Parent;
            }

            return parent;
        }
    }

    /// <summary>The prompt text, or null for a promptless node.</summary>
    public string? Prompt => Node.Prompt?.Text;

    public override string ToString() => Node.ToString();
}
