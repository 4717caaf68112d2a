using System.Text;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Names a symbol or choice with its definition sites the way Kconfiglib does in messages
/// (<c>_name_and_loc</c>): <c>FOO (defined at Kconfig:3, Kconfig:9)</c>, <c>FOO (undefined)</c>.
/// </summary>
internal static class NameAndLocation
{
    public static string Of(Symbol symbol)
    {
        if (symbol.NodeList.Count == 0)
        {
            return symbol.Name + " (undefined)";
        }

        var text = new StringBuilder(symbol.Name).Append(" (defined at ");
        AppendLocations(text, symbol.NodeList);
        return text.Append(')').ToString();
    }

    public static string Of(Choice choice)
    {
        var text = new StringBuilder(choice.Name is null ? "<choice>" : "<choice " + choice.Name + ">").Append(" (defined at ");
        AppendLocations(text, choice.NodeList);
        return text.Append(')').ToString();
    }

    private static void AppendLocations(StringBuilder text, ListView<MenuNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(nodes[i].Location.ToString());
        }
    }
}
