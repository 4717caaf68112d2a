using System.CommandLine;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Cli;

/// <summary>
/// The configuration workflow commands (SPEC §7): <c>savedefconfig</c> (the minimal configuration,
/// default file <c>defconfig</c>), <c>listnewconfig</c> (changeable symbols no values file sets) and
/// <c>diff OLD NEW</c> (Linux <c>scripts/diffconfig</c>). <c>menuconfig</c> is in <see cref="Menuconfig.MenuconfigCommand"/>.
/// </summary>
internal static class WorkflowCommands
{
    public static IEnumerable<Command> Create(CommonOptions common, Argument<string> kconfig, Argument<string[]> rest, TextWriter stdout, TextWriter stderr)
    {
        var savedefconfig = new Command("savedefconfig", "Write the minimal configuration (LKC savedefconfig, Kconfiglib write_min_config) to -o FILE (default: defconfig; '-' for stdout)") { kconfig, rest };
        common.AddTo(savedefconfig);
        savedefconfig.SetAction(parse =>
        {
            // Values only: the parse skips help texts.
            var tree = TreeLoader.Load(common.Read(parse, kconfig, rest), readsHelpText: false);
            var exitCode = DiagnosticPrinter.Print(tree.Diagnostics, tree.Files, stderr, parse.GetValue(common.WarnAsError));
            var path = parse.GetValue(common.Output) ?? "defconfig";
            return Output.Write(MinConfigWriter.Write(tree.Model, tree.Configuration), path == "-" ? null : path, stdout, stderr, exitCode);
        });

        var listnewconfig = new Command("listnewconfig", "List the changeable symbols the values files do not set, with their new values (LKC listnewconfig)") { kconfig, rest };
        common.AddTo(listnewconfig);
        listnewconfig.SetAction(parse =>
        {
            // Values only: the parse skips help texts.
            var tree = TreeLoader.Load(common.Read(parse, kconfig, rest), readsHelpText: false);
            var exitCode = DiagnosticPrinter.Print(tree.Diagnostics, tree.Files, stderr, parse.GetValue(common.WarnAsError));
            return Output.Write(NewConfigWriter.Write(tree.Model, tree.Configuration), parse.GetValue(common.Output), stdout, stderr, exitCode);
        });

        var oldFile = new Argument<string>("OLD") { Description = "The old values file (.config, defconfig, .mak)" };
        var newFile = new Argument<string>("NEW") { Description = "The new values file" };
        var merge = new Option<bool>("-m", "--merge") { Description = "Print the changed and new values as .config lines (diffconfig -m)" };
        var diff = new Command("diff", "Compare two values files (Linux scripts/diffconfig output: -A y, +B y, ' C n -> y')") { oldFile, newFile, merge };
        diff.SetAction(parse =>
        {
            var oldPath = Path.GetFullPath(CommonOptions.PathArgument(parse.GetValue(oldFile), "OLD")!);
            var newPath = Path.GetFullPath(CommonOptions.PathArgument(parse.GetValue(newFile), "NEW")!);
            foreach (var path in new[] { oldPath, newPath })
            {
                if (!File.Exists(path))
                {
                    stderr.WriteLine($"kconfig: error: values file '{path}' not found");
                    return 1;
                }
            }

            var diagnostics = new DiagnosticBag();
            var text = ValuesDiffWriter.Write(FileSystemProvider.ReadText(oldPath, oldPath), oldPath, FileSystemProvider.ReadText(newPath, newPath), newPath, parse.GetValue(merge), diagnostics);
            var exitCode = DiagnosticPrinter.Print(diagnostics.Items, new FileSystemProvider(Directory.GetCurrentDirectory()), stderr, warningsAsErrors: false);
            stdout.Write(text);
            return exitCode;
        });

        return [savedefconfig, listnewconfig, diff];
    }
}
