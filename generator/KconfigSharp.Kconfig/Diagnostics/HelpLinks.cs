using System.Linq;
using System.Reflection;

namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>
/// Where diagnostic pages live: <c>$(PackageProjectUrl)/blob/main/docs/diagnostics/</c>, stamped into this
/// assembly at build time (Directory.Build.props), so every help link follows the one property. The
/// pages also ship in the package under <c>docs/diagnostics/</c>.
/// </summary>
public static class HelpLinks
{
    /// <summary>The base URL; a diagnostic's page is <c>Base + "KCONFnnn.md"</c>.</summary>
    public static string Base { get; } =
        typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "KconfigSharpHelpLinkBase")?.Value ?? string.Empty;

    /// <summary>The help link of <paramref name="id"/>.</summary>
    public static string For(string id) => Base + id + ".md";
}
