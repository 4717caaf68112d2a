using System.CommandLine;
using System.CommandLine.Help;
using KconfigSharp.Kconfig.Writers.CSharp;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Cli;

/// <summary>
/// The <c>kconfig</c> command line (SPEC §7): <c>check</c>, <c>resolve</c>, <c>generate</c>,
/// <c>why</c> and the workflow commands (<see cref="WorkflowCommands"/>, <c>menuconfig</c>). Diagnostics go to stderr in MSBuild's canonical form. Exit codes: 0 success (warnings
/// allowed), 1 input errors (or warnings with <c>--warnaserror</c>), 2 bad command line. Nothing
/// escapes as a stack trace: an unexpected exception is one error line and exit code 1.
/// </summary>
public static class KconfigCommandLine
{
    /// <summary>Runs the command line <paramref name="args"/>, writing output and diagnostics to the given writers; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = Build(stdout, stderr);
            if (args.Length == 0)
            {
                // A bare `kconfig` is a request for usage, not an error message about a missing command.
                await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = stderr, Error = stderr });
                return 2;
            }

            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine($"kconfig: error: {error.Message}");
                }

                return 2;
            }

            return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"kconfig: error: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            // The promise is one clean line, never a stack trace, whatever went wrong.
            stderr.WriteLine($"kconfig: error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    private static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();

        var kconfig = new Argument<string>("KCONFIG") { Description = "The root Kconfig file" };
        var rest = new Argument<string[]>("ARGS")
        {
            Description = "Trailing NAME=VALUE defines (CONFIG_ prefix optional), applied last; with --dialect qemu also Kconfig/.mak files, processed in order as minikconf does",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var check = new Command("check", "Report diagnostics only") { kconfig, rest };
        common.AddTo(check);
        check.SetAction(parse =>
        {
            // Diagnostics only: the parse skips help texts (diagnostics are the same either way).
            var tree = TreeLoader.Load(common.Read(parse, kconfig, rest), readsHelpText: false);
            return DiagnosticPrinter.Print(tree.Diagnostics, tree.Files, stderr, parse.GetValue(common.WarnAsError));
        });

        var format = new Option<string>("--format") { Description = "config (Linux .config), mak (minikconf's output: --dialect qemu only) or json", DefaultValueFactory = _ => "config" };
        format.AcceptOnlyFromAmong("config", "mak", "json");
        var resolve = new Command("resolve", "Print the resolved configuration") { kconfig, rest, format };
        common.AddTo(resolve);
        resolve.SetAction(parse =>
        {
            var inputs = common.Read(parse, kconfig, rest);
            if (parse.GetValue(format) == "mak" && inputs.Dialect != KconfigDialect.Qemu)
            {
                // minikconf's output has only =y lines: m, int, string and hex values would vanish silently.
                throw new UsageException("--format mak is minikconf's output (only CONFIG_X=y lines) and needs --dialect qemu; for the kconfig dialect use --format config or --format json");
            }

            // .config, mak and JSON hold no help text: the parse skips it.
            var tree = TreeLoader.Load(inputs, readsHelpText: false);
            var exitCode = DiagnosticPrinter.Print(tree.Diagnostics, tree.Files, stderr, parse.GetValue(common.WarnAsError));
            var text = parse.GetValue(format) switch
            {
                "mak" => MakWriter.Write(tree.Configuration, tree.DefineNames),
                // Every diagnostic stderr shows (values-file ones such as KCONF155 too), in the same order.
                "json" => JsonWriter.Write(tree.Configuration with { Diagnostics = DiagnosticPrinter.InReadingOrder(tree.Diagnostics).ToEquatableArray() }),
                _ => KconfigSharp.Kconfig.Writers.ConfigWriter.Write(tree.Model, tree.Configuration),
            };
            return Output.Write(text, parse.GetValue(common.Output), stdout, stderr, exitCode);
        });

        var generateOptions = new GenerateOptions();
        var generate = new Command("generate", "Print the C# the source generator would emit") { kconfig, rest };
        generateOptions.AddTo(generate);
        common.AddTo(generate);
        generate.SetAction(parse =>
        {
            var options = generateOptions.Read(parse);
            var inputs = common.Read(parse, kconfig, rest);
            var tree = TreeLoader.Load(inputs);
            var emitted = new List<KconfigDiagnostic>();
            var code = FeatureFlagsWriter.Write(tree.Configuration, options with { Description = Describe(tree, inputs) }, emitted);
            var exitCode = DiagnosticPrinter.Print([.. tree.Diagnostics, .. emitted], tree.Files, stderr, parse.GetValue(common.WarnAsError));
            return Output.Write(code, parse.GetValue(common.Output), stdout, stderr, exitCode);
        });

        var symbol = new Argument<string>("SYMBOL") { Description = "The symbol to explain (CONFIG_ prefix optional)" };
        var why = new Command("why", "Explain a symbol's value") { symbol, kconfig, rest };
        common.AddTo(why);
        why.SetAction(parse =>
        {
            var tree = TreeLoader.Load(common.Read(parse, kconfig, rest));
            var exitCode = DiagnosticPrinter.Print(tree.Diagnostics, tree.Files, stderr, parse.GetValue(common.WarnAsError));
            var name = parse.GetValue(symbol)!;
            if (!WhyExplainer.TryExplain(tree, name, out var explanation))
            {
                stderr.WriteLine($"kconfig: error: symbol '{name}' is neither defined nor referenced in the tree");
                return 1;
            }

            return Output.Write(explanation, parse.GetValue(common.Output), stdout, stderr, exitCode);
        });

        // A plain command named like the tool (not RootCommand, whose name is the assembly's) so
        // help and errors say 'kconfig'.
        var root = new Command("kconfig", "kconfig: parse, check, resolve, explain and edit Kconfig trees (KconfigSharp)") { check, resolve, generate, why };
        foreach (var command in WorkflowCommands.Create(common, kconfig, rest, stdout, stderr).Append(Menuconfig.MenuconfigCommand.Create(common, kconfig, rest, stdout, stderr)))
        {
            root.Subcommands.Add(command);
        }

        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        return root;
    }

    private static string Describe(LoadedTree tree, CliInputs inputs)
    {
        var kconfig = Path.GetFileName(inputs.Kconfig);
        var values = inputs.ValuesFiles.Select(Path.GetFileName).ToList();
        var dialect = tree.Model.Dialect == KconfigDialect.Qemu ? "qemu" : "kconfig";
        return values.Count == 0
            ? $"Kconfig symbols from {kconfig} (dialect {dialect})."
            : $"Kconfig symbols from {kconfig}, resolved with {string.Join(", ", values)} (dialect {dialect}).";
    }
}
