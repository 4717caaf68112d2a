using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Fuzz;

/// <summary>
/// One fuzz execution: the input bytes, decoded as UTF-8, are parsed as a Kconfig tree in both
/// dialects (with a second file it can <c>source</c>, and a few macros), resolved in every mode, and
/// read as a values file. Any exception escaping the core is a crash.
/// </summary>
public static class FuzzTarget
{
    private static readonly Dictionary<string, string> Macros = new(StringComparer.Ordinal)
    {
        ["ARCH"] = "x86",
        ["SRCARCH"] = "x86",
        ["CC"] = "gcc",
        ["EMPTY"] = string.Empty,
        ["SELF"] = "$(SELF)",
    };

    public static void Run(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var files = new InMemoryFileProvider()
            .Add("Kconfig", text)
            .Add("sub/Kconfig", text.Length > 256 ? text.Substring(text.Length / 2) : text);

        var diagnostics = new DiagnosticBag();
        var values = ValuesFileReader.ReadText(text, ".config", diagnostics, files);

        foreach (var dialect in new[] { KconfigDialect.Kconfig, KconfigDialect.Qemu })
        {
            var options = new KconfigParseOptions { Dialect = dialect, Macros = Macros };
            var model = KconfigParser.Parse("Kconfig", files, options);
            foreach (var mode in new[] { ResolveMode.Defconfig, ResolveMode.AllNoConfig, ResolveMode.AllYesConfig })
            {
                KconfigEngine.Resolve(model, values, new ResolveOptions { Mode = mode });
            }
        }
    }
}
