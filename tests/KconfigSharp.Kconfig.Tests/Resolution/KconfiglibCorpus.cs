using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// Loads the Kconfiglib reference cases of <c>../shared/corpus/kconfiglib</c> under the names
/// Kconfiglib used (<c>Kconfiglib/tests/NAME</c>), so locations in messages compare verbatim.
/// </summary>
internal static class KconfiglibCorpus
{
    public static string Folder => SharedData.PathOf("corpus", "kconfiglib");

    /// <summary>The environment the reference results were computed with (corpus README).</summary>
    public static Dictionary<string, string> Environment { get; } = new() { ["FOO"] = "defconfig_2" };

    /// <summary>Every case that has an expected .config, as theory data.</summary>
    public static TheoryData<string> CasesWith(string suffix, bool withModulesVariants = true)
    {
        var data = new TheoryData<string>();
        if (!SharedData.IsAvailable)
        {
            data.Add("(shared corpus absent)");
            return data;
        }

        foreach (var path in Directory.GetFiles(Folder, "K*" + suffix).OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var name = file.Substring(0, file.Length - suffix.Length);
            if (withModulesVariants || !name.EndsWith(".modules-y", StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }

        return data;
    }

    public static KconfigModel Parse(string name)
    {
        var logical = "Kconfiglib/tests/" + name;
        var provider = new InMemoryFileProvider().Add(logical, File.ReadAllText(Path.Combine(Folder, name)));
        return KconfigParser.Parse(logical, provider, new KconfigParseOptions { Macros = Environment });
    }

    public static ResolvedConfiguration Resolve(KconfigModel model, bool modulesY)
    {
        var values = modulesY
            ? new[] { new ValueAssignment("MODULES", "y", false, SourceLocation.None, ValueSource.Define) }
            : Array.Empty<ValueAssignment>();
        return KconfigEngine.Resolve(model, values, new ResolveOptions { Environment = Environment });
    }

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));
}
