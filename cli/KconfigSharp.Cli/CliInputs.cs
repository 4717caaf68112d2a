using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Cli;

/// <summary>Everything a command needs to load and resolve a tree, as read from the command line.</summary>
internal sealed record CliInputs(
    string Kconfig,
    IReadOnlyList<string> Positionals,
    KconfigDialect Dialect,
    string? SourceTree,
    IReadOnlyList<string> ValuesFiles,
    IReadOnlyList<string> Environment,
    bool UseEnvironment,
    ResolveMode Mode,
    bool AllowShell,
    string? RecordShell,
    string? ShellResults);
