using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Cli;

/// <summary>
/// Turns <see cref="CliInputs"/> into a <see cref="LoadedTree"/>: reads the shell results and macros,
/// parses KCONFIG (under <c>--dialect qemu</c> also every positional file, each as a root in order,
/// as minikconf parses its arguments), reads <c>--values</c> files, then applies the defines
/// (positional ones in order) last, and resolves.
/// </summary>
internal static class TreeLoader
{
    /// <summary>Reads the tree, the values files and the defines of <paramref name="inputs"/>, and resolves.</summary>
    /// <param name="inputs">The command's inputs.</param>
    /// <param name="readsHelpText">
    /// False for a command that writes values only (<c>resolve</c>): help texts are skipped while parsing
    /// (<see cref="KconfigParseOptions.ReadsHelpText"/>); diagnostics are the same either way.
    /// </param>
    public static LoadedTree Load(CliInputs inputs, bool readsHelpText = true)
    {
        var kconfigFull = Path.GetFullPath(inputs.Kconfig);
        var files = new FileSystemProvider(inputs.SourceTree ?? Path.GetDirectoryName(kconfigFull) ?? ".");
        var diagnostics = new DiagnosticBag();

        var roots = new List<string> { files.TreePath(kconfigFull) };
        var defines = new List<string>();
        foreach (var positional in inputs.Positionals)
        {
            if (positional.StartsWith('-') && positional.Length > 1)
            {
                throw new UsageException($"unknown option '{positional}' (see --help)");
            }

            if (IsDefine(positional))
            {
                defines.Add(inputs.Dialect == KconfigDialect.Qemu && positional.EndsWith('=') ? positional + "n" : positional);
            }
            else if (inputs.Dialect == KconfigDialect.Qemu)
            {
                roots.Add(files.TreePath(Path.GetFullPath(CommonOptions.PathArgument(positional, "file argument")!)));
            }
            else
            {
                throw new UsageException($"unexpected argument '{positional}': after KCONFIG only NAME=VALUE defines are accepted (files too with --dialect qemu)");
            }
        }

        var shellResults = new Dictionary<string, string>(StringComparer.Ordinal);
        if (inputs.ShellResults is { } resultsPath)
        {
            var full = Path.GetFullPath(resultsPath);
            if (!File.Exists(full))
            {
                throw new UsageException($"--shell-results: file '{full}' not found");
            }

            foreach (var pair in ShellResultsFile.Read(FileSystemProvider.ReadText(full, full), full, diagnostics))
            {
                shellResults[pair.Key] = pair.Value;
            }
        }

        if (inputs.RecordShell is not null && !inputs.AllowShell)
        {
            throw new UsageException("--record-shell needs --allow-shell (only commands that run can be recorded)");
        }

        var runner = inputs.AllowShell ? new ShellRunner() : null;
        var macros = Macros(inputs);
        var options = new KconfigParseOptions
        {
            Dialect = inputs.Dialect,
            Macros = macros,
            ShellResults = shellResults,
            ShellRunner = runner is null ? null : runner.Run,
            ReadsHelpText = readsHelpText,
        };
        var load = KconfigLoader.Load(new KconfigInputs
        {
            Files = files,
            Roots = roots,
            ParseOptions = options,
            ValuesFiles = [.. inputs.ValuesFiles.Select(v => files.TreePath(Path.GetFullPath(v)))],
            Defines = defines,
            DefinesOrigin = "command line",
            Mode = inputs.Mode,
        });

        if (runner is not null && inputs.RecordShell is { } recordPath)
        {
            File.WriteAllText(Path.GetFullPath(recordPath), ShellResultsFile.Write(runner.Recorded));
        }

        var all = new List<KconfigDiagnostic>(diagnostics.Items);
        all.AddRange(load.ValuesDiagnostics);
        all.AddRange(load.Configuration.Diagnostics);
        return new LoadedTree(files, roots, load.Model, load.Values, new HashSet<string>(load.DefineNames, StringComparer.Ordinal), load.Configuration, all);
    }

    /// <summary>True for <c>[CONFIG_]NAME=VALUE</c>: a define, not a file.</summary>
    public static bool IsDefine(string argument)
    {
        var equals = argument.IndexOf('=');
        return equals > 0 && ValuesFileReader.IsName(argument[..equals]);
    }

    internal static Dictionary<string, string> Macros(CliInputs inputs)
    {
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        if (inputs.UseEnvironment)
        {
            foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                macros[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
            }
        }

        MacroDefinitions.Add(inputs.Environment, macros, entry => throw new UsageException($"--env expects NAME=VALUE, found '{entry}'"));

        return macros;
    }
}
