using System.Text;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Cli;

/// <summary>
/// <c>--format config</c>: the <c>.config</c> text Linux <c>conf --olddefconfig</c> writes (no header).
/// This is the one place the CLI formats <c>.config</c>; it walks the menu tree in order, writes
/// <c>#\n# Title\n#</c> blocks for menus and comments and <c># end of Title</c> after menus, and each
/// symbol once, where it first appears. When the core's <c>.config</c> writer
/// (<c>Writers/ConfigWriter</c>, built in parallel) lands, this adapter should delegate to it.
/// </summary>
internal static class ConfigFormat
{
    public static string Write(KconfigModel model, ResolvedConfiguration configuration)
    {
        var symbols = new Dictionary<string, ResolvedSymbol>(StringComparer.Ordinal);
        foreach (var symbol in configuration.Symbols)
        {
            symbols.TryAdd(symbol.Name, symbol);
        }

        var builder = new StringBuilder();
        var written = new HashSet<string>(StringComparer.Ordinal);
        WriteChildren(model.Root, symbols, written, builder);
        return builder.ToString();
    }

    private static void WriteChildren(MenuNode parent, Dictionary<string, ResolvedSymbol> symbols, HashSet<string> written, StringBuilder builder)
    {
        foreach (var node in parent.Children)
        {
            switch (node.Kind)
            {
                case MenuNodeKind.Menu:
                case MenuNodeKind.Comment:
                    var title = node.Prompt?.Text ?? string.Empty;
                    builder.Append("\n#\n# ").Append(title).Append("\n#\n");
                    WriteChildren(node, symbols, written, builder);
                    if (node.Kind == MenuNodeKind.Menu)
                    {
                        builder.Append("# end of ").Append(title).Append('\n');
                    }

                    break;
                case MenuNodeKind.Symbol when node.Symbol is { } symbol && symbols.TryGetValue(symbol.Name, out var resolved) && written.Add(symbol.Name):
                    WriteSymbol(resolved, builder);
                    WriteChildren(node, symbols, written, builder);
                    break;
                default:
                    WriteChildren(node, symbols, written, builder);
                    break;
            }
        }
    }

    private static void WriteSymbol(ResolvedSymbol symbol, StringBuilder builder)
    {
        // LKC writes a symbol that is visible or that something (default, select, imply, user value)
        // gave a value; invisible symbols with nothing pulling them stay out of the file.
        if (!symbol.IsVisible && symbol.Origin.Source == ValueSource.None)
        {
            return;
        }

        switch (symbol.Type)
        {
            case KconfigType.Bool or KconfigType.Tristate or KconfigType.Unknown:
                builder.Append(symbol.Value is "y" or "m" ? $"CONFIG_{symbol.Name}={symbol.Value}\n" : $"# CONFIG_{symbol.Name} is not set\n");
                break;
            case KconfigType.String:
                builder.Append("CONFIG_").Append(symbol.Name).Append("=\"").Append(symbol.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
                break;
            default:
                if (symbol.Value.Length > 0)
                {
                    builder.Append("CONFIG_").Append(symbol.Name).Append('=').Append(symbol.Value).Append('\n');
                }

                break;
        }
    }
}
