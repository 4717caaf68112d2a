using System.Text;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers;

/// <summary>
/// Writes what LKC's <c>conf --listnewconfig</c> prints: one line for every symbol that can be
/// changed (its visibility exceeds what selects it) and that no values file or define set, with its
/// current value: <c>CONFIG_X=y</c>, <c>CONFIG_X=n</c> (not the "is not set" comment), strings quoted
/// and escaped, numbers as they are. Symbols come in definition order, each once (a symbol defined
/// twice is listed once, as Kconfiglib's <c>listnewconfig</c> does).
/// </summary>
public static class NewConfigWriter
{
    /// <summary>The <c>listnewconfig</c> lines for <paramref name="configuration"/>.</summary>
    public static string Write(KconfigModel model, ResolvedConfiguration configuration)
    {
        var menu = new ResolvedMenu(model, configuration);
        var output = new StringBuilder();
        foreach (var symbol in model.DefinedSymbols)
        {
            if (symbol.Type == KconfigType.Unknown || menu.Find(symbol) is not { UserValue: null } resolved || !menu.IsChangeable(symbol))
            {
                continue;
            }

            output.Append("CONFIG_").Append(symbol.Name).Append('=');
            output.Append(symbol.Type == KconfigType.String ? "\"" + KconfiglibText.Escape(resolved.Value) + "\"" : resolved.Value);
            output.Append('\n');
        }

        return output.ToString();
    }
}
