using System.Text;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// The text of a menu line as Kconfiglib's menuconfig writes it: the value (<c>[*]</c>, <c>[ ]</c>,
/// <c>&lt;M&gt;</c>, <c>-*-</c> when pinned, <c>(X)</c>/<c>( )</c> in a choice, <c>(value)</c> for
/// int/hex/string) padded to 3 columns plus 4 per implicit-submenu level, the name in show-name mode,
/// the prompt (<c>*** text ***</c> for comments), <c>(NEW)</c> without a user value, the selected
/// member after a choice, and <c>---&gt;</c> after an enterable menu (<c>----</c> when empty).
/// </summary>
internal static class MenuRowFormatter
{
    private const int SubmenuIndent = 4;

    public static string Format(MenuconfigViewModel model, MenuRow row)
    {
        var entry = row.Entry;
        var node = entry.Node;
        var menu = model.Session.Menu;
        var text = new StringBuilder(ValueText(model, node).PadRight(3 + (SubmenuIndent * row.Depth)));
        var name = node.Symbol?.Name ?? node.Choice?.Name;
        if (name is not null && (model.ShowNames || entry.Prompt is null))
        {
            text.Append(" <").Append(name).Append('>');
        }

        if (entry.Prompt is { } prompt)
        {
            text.Append(node.Kind == MenuNodeKind.Comment ? $" *** {prompt} ***" : " " + prompt);
        }

        if (node.Symbol is { } symbol && symbol.Type != KconfigType.Unknown && !model.Session.HasUserValue(symbol)
            && !(symbol.Choice is { } owner && menu.Find(owner) is { Mode: "y" }))
        {
            text.Append(" (NEW)");
        }

        if (node.Choice is { } choice && menu.Find(choice) is { Mode: "y", Selection: { } selected } && model.Session.Model.FindSymbol(selected) is { } member)
        {
            var memberPrompt = member.Nodes.Select(n => n.Prompt?.Text).FirstOrDefault(p => p is not null);
            if (memberPrompt is not null)
            {
                text.Append(" (").Append(memberPrompt).Append(')');
            }
        }

        if (entry.IsMenu)
        {
            text.Append(model.RowsOf(entry).Count > 0 ? "  --->" : "  ----");
        }

        return text.ToString();
    }

    /// <summary>The value column (Kconfiglib <c>_value_str</c>).</summary>
    public static string ValueText(MenuconfigViewModel model, MenuNode node)
    {
        if (node.Symbol is not { } symbol || model.Session.Menu.Find(symbol) is not { } resolved)
        {
            return string.Empty;
        }

        switch (symbol.Type)
        {
            case KconfigType.String or KconfigType.Int or KconfigType.Hex:
                return "(" + resolved.Value + ")";
            case KconfigType.Bool or KconfigType.Tristate:
                break;
            default:
                return string.Empty;
        }

        if (symbol.Choice is not null && resolved.Visibility == "y")
        {
            return resolved.Value == "y" ? "(X)" : "( )";
        }

        var mark = resolved.Value switch { "y" => "*", "m" => "M", _ => " " };
        var assignable = model.Assignable(symbol);
        if (assignable.Length <= 1)
        {
            return "-" + mark + "-";
        }

        if (symbol.Type == KconfigType.Bool || model.Session.Menu.Modules == Tristate.No)
        {
            return "[" + mark + "]";
        }

        return assignable == "my" ? "{" + mark + "}" : "<" + mark + ">";
    }
}
