using System.CommandLine;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Cli;

/// <summary>The options every command shares (SPEC §7), and their reading into <see cref="CliInputs"/>.</summary>
internal sealed class CommonOptions
{
    public Option<string> Dialect { get; } = Create(new Option<string>("--dialect") { Description = "kconfig (Linux semantics, default) or qemu (minikconf)", DefaultValueFactory = _ => "kconfig" }, "kconfig", "qemu");

    public Option<string?> SourceTree { get; } = new("--srctree") { Description = "Base folder of 'source' paths (default: the folder of KCONFIG)", HelpName = "DIR" };

    public Option<string[]> Values { get; } = new("--values") { Description = "A .config / .mak / defconfig values file (repeatable; applied in order, before defines)", HelpName = "FILE" };

    public Option<string[]> Environment { get; } = new("--env") { Description = "NAME=VALUE for $(NAME) macros and $ENV references (repeatable)", HelpName = "NAME=VALUE" };

    public Option<bool> UseEnvironment { get; } = new("--use-environment") { Description = "Also read macro values from the process environment (--env wins)" };

    public Option<string> Mode { get; } = Create(new Option<string>("--mode") { Description = "defconfig (default), allnoconfig or allyesconfig", DefaultValueFactory = _ => "defconfig" }, "defconfig", "allnoconfig", "allyesconfig");

    public Option<string?> Output { get; } = new("-o", "--output") { Description = "Write the output to FILE instead of stdout", HelpName = "FILE" };

    public Option<bool> WarnAsError { get; } = new("--warnaserror") { Description = "Treat warnings as errors (exit code 1)" };

    public Option<bool> AllowShell { get; } = new("--allow-shell") { Description = "Run $(shell,...) commands with /bin/sh -c, as Linux conf does" };

    public Option<string?> RecordShell { get; } = new("--record-shell") { Description = "With --allow-shell: write every command and its output to FILE (TSV: command, output; \\t \\n \\r \\\\ escaped)", HelpName = "FILE" };

    public Option<string?> ShellResults { get; } = new("--shell-results") { Description = "Replay recorded $(shell,...) results from FILE instead of running them", HelpName = "FILE" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Dialect, SourceTree, Values, Environment, UseEnvironment, Mode, Output, WarnAsError, AllowShell, RecordShell, ShellResults })
        {
            command.Options.Add(option);
        }
    }

    public CliInputs Read(ParseResult parse, Argument<string> kconfig, Argument<string[]> rest) => new(
        PathArgument(parse.GetValue(kconfig), "KCONFIG")!,
        parse.GetValue(rest) ?? [],
        parse.GetValue(Dialect) == "qemu" ? KconfigDialect.Qemu : KconfigDialect.Kconfig,
        PathArgument(parse.GetValue(SourceTree), "--srctree"),
        [.. (parse.GetValue(Values) ?? []).Select(v => PathArgument(v, "--values")!)],
        parse.GetValue(Environment) ?? [],
        parse.GetValue(UseEnvironment),
        parse.GetValue(Mode) switch
        {
            "allnoconfig" => ResolveMode.AllNoConfig,
            "allyesconfig" => ResolveMode.AllYesConfig,
            _ => ResolveMode.Defconfig,
        },
        parse.GetValue(AllowShell),
        PathArgument(parse.GetValue(RecordShell), "--record-shell"),
        PathArgument(parse.GetValue(ShellResults), "--shell-results"));

    /// <summary>
    /// Rejects a path the file system cannot take (empty, NUL or other invalid characters) as a
    /// bad command line (exit 2) before any file API sees it.
    /// </summary>
    public static string? PathArgument(string? value, string what)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length == 0 || value.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            var shown = value.Length == 0 ? "an empty path" : $"'{value.Replace("\0", "\\0")}'";
            throw new UsageException($"{what}: {shown} is not a usable path");
        }

        return value;
    }

    private static Option<string> Create(Option<string> option, params string[] allowed)
    {
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
