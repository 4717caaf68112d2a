using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers;

/// <summary>
/// Writes what QEMU's <c>minikconf.py</c> prints on standard output: one <c>CONFIG_X=y</c> line for
/// every symbol whose value is <c>y</c>, sorted by name (ordinal, as Python's <c>sorted</c> orders
/// strings), except the symbols given as command-line defines. Symbols assigned inside <c>.mak</c>
/// files are printed. Lines end with <c>\n</c> on every platform, as minikconf writes them on Linux.
/// </summary>
public static class MakWriter
{
    /// <summary>Formats <paramref name="configuration"/>; names in <paramref name="excluded"/> (no <c>CONFIG_</c> prefix) are left out.</summary>
    public static string Write(ResolvedConfiguration configuration, IEnumerable<string>? excluded = null)
    {
        var skip = new HashSet<string>(excluded ?? [], System.StringComparer.Ordinal);
        var names = new List<string>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var symbol in configuration.Symbols)
        {
            if (symbol.Value == "y" && !skip.Contains(symbol.Name) && seen.Add(symbol.Name))
            {
                names.Add(symbol.Name);
            }
        }

        names.Sort(System.StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var name in names)
        {
            builder.Append("CONFIG_").Append(name).Append("=y\n");
        }

        return builder.ToString();
    }
}
