using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Fidelity;

/// <summary>
/// The case folders under <c>Fidelity/Cases</c>, modelled on LKC's <c>scripts/kconfig/tests</c>: a
/// <c>Kconfig</c>, an optional input <c>config</c>, one <c>expected_MODE</c> per mode checked and a
/// <c>REFERENCE</c> naming the tool that produced the expected files (Fidelity/README.md).
/// </summary>
internal static class FidelityCases
{
    public static string Folder(string name) => RepositoryPaths.PathOf("tests", "KconfigSharp.Kconfig.Tests", "Fidelity", "Cases", name);

    /// <summary>Every (case, mode) pair that has an expected file.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(RepositoryPaths.PathOf("tests", "KconfigSharp.Kconfig.Tests", "Fidelity", "Cases")).Order(StringComparer.Ordinal))
        {
            foreach (var expected in Directory.GetFiles(folder, "expected_*").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(folder), Path.GetFileName(expected)["expected_".Length..]);
            }
        }

        return data;
    }

    public static KconfigModel Parse(string name) =>
        KconfigParser.Parse("Kconfig", new DirectoryProvider(Folder(name)), new KconfigParseOptions());

    public static ResolvedConfiguration Resolve(string name, string mode, out KconfigModel model)
    {
        model = Parse(name);
        var input = Path.Combine(Folder(name), "config");
        var values = mode == "defconfig" && File.Exists(input)
            ? ValuesFileReader.ReadText(File.ReadAllText(input), "config", new DiagnosticBag())
            : [];
        var resolveMode = mode switch
        {
            "defconfig" => ResolveMode.Defconfig,
            "allnoconfig" => ResolveMode.AllNoConfig,
            "allyesconfig" => ResolveMode.AllYesConfig,
            _ => throw new ArgumentException($"unknown mode {mode}", nameof(mode)),
        };
        return KconfigEngine.Resolve(model, values, new ResolveOptions { Mode = resolveMode });
    }

    public static string Write(string name, string mode)
    {
        var configuration = Resolve(name, mode, out var model);
        return ConfigWriter.Write(model, configuration);
    }
}
