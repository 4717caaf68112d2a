using System.Reflection;
using KconfigSharp.Generator.Tests.Infrastructure;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Tests;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Tests;

/// <summary>Real trees from ../shared/corpus: they generate, the generated code compiles, and the values match the core.</summary>
public sealed class CorpusTests
{
    /// <summary>The host and target defines meson passes for x86_64-softmmu (qemu-expected/x86_64-softmmu/inputs.txt).</summary>
    internal static string QemuX86_64Defines() =>
        string.Join(";", File.ReadLines(SharedData.PathOf("corpus", "qemu-expected", "x86_64-softmmu", "inputs.txt"))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("CONFIG_", StringComparison.Ordinal) && !l.Contains(' ', StringComparison.Ordinal)));

    internal static List<InMemoryAdditionalText> QemuFiles()
    {
        var root = SharedData.PathOf("corpus", "qemu");
        var files = GeneratorHarness.Folder(root, p => Path.GetFileName(p).StartsWith("Kconfig", StringComparison.Ordinal));
        var devices = Path.Combine(root, "configs", "devices");
        files.Add(new(Path.Combine(devices, "i386-softmmu", "default.mak"), File.ReadAllText(Path.Combine(devices, "i386-softmmu", "default.mak")), "include"));
        files.Add(new(Path.Combine(devices, "x86_64-softmmu", "default.mak"), File.ReadAllText(Path.Combine(devices, "x86_64-softmmu", "default.mak"))));
        return files;
    }

    private static Dictionary<string, string> QemuProperties() => new()
    {
        ["RootNamespace"] = "SampleApp",
        ["KconfigDialect"] = "qemu",
        ["KconfigDefines"] = QemuX86_64Defines(),
        ["ProjectDir"] = SharedData.PathOf("corpus", "qemu") + "/",
    };

    [SharedDataFact]
    public void Qemu_tree_with_x86_64_devices_generates_pinned_code_that_compiles()
    {
        var (output, diagnostics, run) = GeneratorHarness.Run(QemuFiles(), QemuProperties());

        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var source = GeneratorHarness.FeatureFlags(run)!;
        Snapshot.Match("Qemu.x86_64.FeatureFlags.g.cs", source.Replace(SharedData.PathOf("corpus", "qemu"), "<qemu>"));
    }

    [SharedDataFact]
    public void Qemu_values_at_run_time_equal_KconfigEngine_Resolve_for_the_same_inputs()
    {
        var (output, _, _) = GeneratorHarness.Run(QemuFiles(), QemuProperties());
        var generated = ReadSymbols(GeneratorHarness.Load(output), "SampleApp.FeatureFlags");

        var root = SharedData.PathOf("corpus", "qemu");
        var provider = new InMemoryFileProvider(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p).StartsWith("Kconfig", StringComparison.Ordinal) || p.EndsWith(".mak", StringComparison.Ordinal))
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText));
        var model = KconfigParser.Parse(["Kconfig"], provider, new KconfigParseOptions { Dialect = KconfigDialect.Qemu });
        var bag = new Kconfig.Diagnostics.DiagnosticBag();
        var values = ValuesFileReader.Read("configs/devices/x86_64-softmmu/default.mak", provider, bag).ToList();
        values.AddRange(DefinesParser.ParseList(QemuX86_64Defines(), bag));
        var expected = KconfigEngine.Resolve(model, values).Symbols.ToDictionary(s => s.Name, s => s.Value);

        Assert.True(expected.Count > 500, $"only {expected.Count} symbols resolved");
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), generated.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [SharedDataFact]
    public void Qemu_values_match_minikconf_reference_output()
    {
        var (output, _, _) = GeneratorHarness.Run(QemuFiles(), QemuProperties());
        var generated = ReadSymbols(GeneratorHarness.Load(output), "SampleApp.FeatureFlags");
        var defines = QemuX86_64Defines().Split(';').Select(d => d.Split('=')[0]["CONFIG_".Length..]).ToHashSet(StringComparer.Ordinal);

        // minikconf prints CONFIG_X=y for every y symbol except those given as defines, sorted.
        var actual = generated.Where(p => p.Value == "y" && !defines.Contains(p.Key)).Select(p => $"CONFIG_{p.Key}=y").Order(StringComparer.Ordinal);
        var expected = File.ReadLines(SharedData.PathOf("corpus", "qemu-expected", "x86_64-softmmu", "expected.mak")).Where(l => l.Length > 0).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [SharedDataFact]
    public void NuttX_tree_generates_code_that_compiles()
    {
        var root = SharedData.PathOf("corpus", "nuttx");
        var files = GeneratorHarness.Folder(root, p => Path.GetFileName(p).StartsWith("Kconfig", StringComparison.Ordinal));
        var (output, diagnostics, run) = GeneratorHarness.Run(files, new()
        {
            ["RootNamespace"] = "NuttX",
            ["ProjectDir"] = root + "/",
            ["KconfigSourceTree"] = ".",
            ["KconfigMacros"] = "BINDIR=_stubs/BINDIR;APPSBINDIR=_stubs/APPSBINDIR;EXTERNALDIR=_stubs/EXTERNALDIR;APPSDIR=../apps",
        });

        // The core does not yet expand old-style $VAR in `source` paths from the macros (reported to
        // the core owners); those five sources are the only errors allowed.
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !(d.Id == "KCONF120" && d.GetMessage().StartsWith("'$", StringComparison.Ordinal))));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.True(GeneratorHarness.FeatureFlags(run)!.Length > 1_000_000);
    }

    internal static Dictionary<string, string> ReadSymbols(Assembly assembly, string className)
    {
        var symbols = (System.Collections.IEnumerable)assembly.GetType(className)!.GetProperty("Symbols")!.GetValue(null)!;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var symbol in symbols)
        {
            var type = symbol.GetType();
            result[(string)type.GetProperty("Name")!.GetValue(symbol)!] = (string)type.GetProperty("Value")!.GetValue(symbol)!;
        }

        return result;
    }
}
