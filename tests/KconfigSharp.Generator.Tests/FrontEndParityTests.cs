using System.Text.Json;
using System.Text.RegularExpressions;
using KconfigSharp.Cli;
using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Tests;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// One engine: the generator (its pipeline behind the Roslyn adapter: AdditionalFiles with their roles,
/// build properties) and <c>kconfig resolve</c> (file system, command line) on the same inputs give
/// the same values and the same (ID, file, line) diagnostics.
/// </summary>
public sealed partial class FrontEndParityTests
{
    private sealed record Outcome(Dictionary<string, string> Values, List<string> Diagnostics);

    private static Outcome RunGenerator(IEnumerable<(string Path, string? Role)> files, GeneratorOptions options)
    {
        var inputs = files
            .Select(f => (f.Path, Role: InputClassifier.Classify(f.Path, f.Role)))
            .Where(f => f.Role != InputRole.None)
            .Select((f, order) => new InputFile(f.Path.Replace('\\', '/'), f.Role, File.ReadAllText(f.Path), order))
            .ToEquatableArray();
        var result = ConfigurationStep.Run(inputs, options, CancellationToken.None);
        Assert.NotNull(result.Configuration);
        var values = result.Configuration!.Symbols.ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
        var diagnostics = result.Diagnostics.Select(d => Key(d.Id, d.FilePath, d.Line)).Order(StringComparer.Ordinal).ToList();
        return new Outcome(values, diagnostics);
    }

    private static async Task<Outcome> RunCli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await KconfigCommandLine.RunAsync(["resolve", "--format", "json", .. args], stdout, stderr);
        Assert.True(exitCode is 0 or 1, stderr.ToString());

        using var json = JsonDocument.Parse(stdout.ToString());
        var values = json.RootElement.GetProperty("symbols").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString()!, StringComparer.Ordinal);
        var diagnostics = new List<string>();
        foreach (var line in stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // A message may span lines (Kconfiglib's lists of locations): only a line in canonical form starts a diagnostic.
            var match = CanonicalDiagnostic().Match(line);
            if (!match.Success)
            {
                Assert.NotEmpty(diagnostics);
                continue;
            }

            diagnostics.Add(Key(match.Groups["id"].Value, match.Groups["file"].Success ? match.Groups["file"].Value : null, match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0));
        }

        return new Outcome(values, [.. diagnostics.Order(StringComparer.Ordinal)]);
    }

    private static string Key(string id, string? file, int line) =>
        file is null ? $"{id} <no file>" : $"{id} {file.Replace('\\', '/')}:{line}";

    [GeneratedRegex(@"^(?:(?<file>.+)\((?<line>\d+),\d+\)|kconfig): (?:error|warning|info) (?<id>KCONF\d{3}): ")]
    private static partial Regex CanonicalDiagnostic();

    private static void AssertSame(Outcome generator, Outcome cli)
    {
        Assert.True(generator.Values.Count > 0, "the generator resolved no symbols");
        Assert.Equal(cli.Values.OrderBy(p => p.Key, StringComparer.Ordinal), generator.Values.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(cli.Diagnostics, generator.Diagnostics);
    }

    [SharedDataFact]
    public async Task Qemu_x86_64_devices()
    {
        var root = SharedData.PathOf("corpus", "qemu");
        var devices = Path.Combine(root, "configs", "devices");
        var files = Directory.EnumerateFiles(root, "Kconfig*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => (p, (string?)null))
            .Append((Path.Combine(devices, "i386-softmmu", "default.mak"), "include"))
            .Append((Path.Combine(devices, "x86_64-softmmu", "default.mak"), (string?)null));
        var defines = CorpusTests.QemuX86_64Defines();

        var generator = RunGenerator(files, new GeneratorOptions("qemu", defines, null, null, null, root + "/"));
        var cli = await RunCli(
            [Path.Combine(root, "Kconfig"), "--dialect", "qemu", "--values", Path.Combine(devices, "x86_64-softmmu", "default.mak"), .. defines.Split(';')]);

        AssertSame(generator, cli);
    }

    [SharedDataFact]
    public async Task NuttX_defaults()
    {
        var root = SharedData.PathOf("corpus", "nuttx");
        var files = Directory.EnumerateFiles(root, "Kconfig*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => (p, (string?)null));
        string[] macros = ["BINDIR=_stubs/BINDIR", "APPSBINDIR=_stubs/APPSBINDIR", "EXTERNALDIR=_stubs/EXTERNALDIR", "APPSDIR=../apps"];

        var generator = RunGenerator(files, new GeneratorOptions(null, null, string.Join(";", macros), null, ".", root + "/"));
        var cli = await RunCli([Path.Combine(root, "Kconfig"), .. macros.SelectMany(m => new[] { "--env", m })]);

        AssertSame(generator, cli);
    }

    public static TheoryData<string, bool> KconfiglibFiles()
    {
        var data = new TheoryData<string, bool>();
        var folder = SharedData.PathOf("corpus", "kconfiglib");
        if (!Directory.Exists(folder))
        {
            data.Add("Kchoice", false);
            return data;
        }

        foreach (var file in Directory.GetFiles(folder, "K*").Select(Path.GetFileName).Where(f => !f!.Contains('.', StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(file!, false);
            if (File.Exists(Path.Combine(folder, file + ".modules-y.expected.config")))
            {
                data.Add(file!, true);
            }
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(KconfiglibFiles))]
    public async Task Kconfiglib_test_file(string name, bool modulesY)
    {
        var path = SharedData.PathOf("corpus", "kconfiglib", name);
        string[] defines = modulesY ? ["MODULES=y"] : [];

        var generator = RunGenerator([(path, "kconfig")], new GeneratorOptions(null, string.Join(";", defines), "FOO=defconfig_2", null, null, null));
        var cli = await RunCli([path, "--env", "FOO=defconfig_2", .. defines]);

        AssertSame(generator, cli);
    }
}
