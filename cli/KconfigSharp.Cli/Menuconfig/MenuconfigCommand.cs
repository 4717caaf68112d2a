using System.CommandLine;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// <c>kconfig menuconfig KCONFIG [ARGS] [options]</c>: edits the configuration full-screen. The kconfig
/// dialect saves to <c>-o</c> (default <c>.config</c>, which is also loaded when no <c>--values</c> is
/// given and it exists, as LKC's menuconfig does); the qemu dialect edits the <c>.mak</c> values file
/// given (the last one), or <c>-o</c>.
/// </summary>
internal static class MenuconfigCommand
{
    public static Command Create(CommonOptions common, Argument<string> kconfig, Argument<string[]> rest, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("menuconfig", "Edit the configuration in a full-screen terminal UI (Kconfiglib's menuconfig keys); -o defaults to .config (kconfig) / the .mak given (qemu)") { kconfig, rest };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = common.Read(parse, kconfig, rest);
            var output = parse.GetValue(common.Output);
            if (inputs.Dialect == KconfigDialect.Qemu)
            {
                output ??= inputs.ValuesFiles.Concat(inputs.Positionals).LastOrDefault(p => p.EndsWith(".mak", StringComparison.OrdinalIgnoreCase))
                    ?? throw new UsageException("menuconfig --dialect qemu edits a .mak values file: give one (--values FILE.mak) or -o FILE.mak");
            }
            else
            {
                output ??= ".config";
                if (inputs.ValuesFiles.Count == 0 && File.Exists(output))
                {
                    inputs = inputs with { ValuesFiles = [output] };
                }
            }

            var tree = TreeLoader.Load(inputs);
            if (tree.Model.HasErrors)
            {
                return DiagnosticPrinter.Print(tree.Diagnostics, tree.Files, stderr, warningsAsErrors: false);
            }

            if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                stderr.WriteLine("kconfig: error: menuconfig needs a terminal (standard input and output must not be redirected)");
                return 2;
            }

            var options = new ResolveOptions { Mode = inputs.Mode, Environment = TreeLoader.Macros(inputs) };
            var model = new MenuconfigViewModel(new MenuconfigSession(tree, options, output));
            TerminalHost.Run(model);
            if (model.ExitMessage is { } message)
            {
                stdout.WriteLine(message);
            }

            return 0;
        });

        return command;
    }
}
