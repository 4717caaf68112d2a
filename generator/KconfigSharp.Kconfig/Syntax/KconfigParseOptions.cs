using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>How to read a Kconfig tree.</summary>
public sealed class KconfigParseOptions
{
    /// <summary>The kconfig dialect, no macros, no shell, the default limits.</summary>
    public static KconfigParseOptions Default { get; } = new();

    /// <summary>Syntax rules: LKC (<c>kconfig</c>) or minikconf (<c>qemu</c>).</summary>
    public KconfigDialect Dialect { get; init; } = KconfigDialect.Kconfig;

    /// <summary>
    /// Values for <c>$(NAME)</c>, <c>$NAME</c> and <c>option env=</c>; the process environment is
    /// never read by the core (the CLI copies it in only with <c>--use-environment</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Macros { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Recorded <c>$(shell,...)</c> results: exact expanded command to its output (SPEC §4, Shell).
    /// Consulted before <see cref="ShellRunner"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> ShellResults { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Runs a <c>$(shell,...)</c> command and returns its output (the CLI with <c>--allow-shell</c>);
    /// null (the default, and always in the generator) means commands are not run: the call expands
    /// to the empty string with a KCONF132 warning.
    /// </summary>
    public System.Func<string, string?>? ShellRunner { get; init; }

    /// <summary>
    /// Whether help texts are kept (<see cref="Model.MenuNode.Help"/>). Off, each help block is still read
    /// to its end exactly as when kept, but no text is copied: for a caller that writes values only (the
    /// CLI's <c>resolve</c>; NuttX's 13,600 help texts are a tenth of a parse's bytes). The one diagnostic
    /// that quotes help texts, a dependency loop's (KCONF140), is written by <see cref="IO.KconfigLoader"/>
    /// from a second parse with them, so diagnostics do not depend on this option.
    /// </summary>
    public bool ReadsHelpText
    {
        get => _readsHelpText;
        init => _readsHelpText = value;
    }

    private bool _readsHelpText = true;

    /// <summary>These options with <see cref="ReadsHelpText"/> set to <paramref name="readsHelpText"/>.</summary>
    public KconfigParseOptions WithReadsHelpText(bool readsHelpText)
    {
        if (_readsHelpText == readsHelpText)
        {
            return this;
        }

        var copy = (KconfigParseOptions)MemberwiseClone();
        copy._readsHelpText = readsHelpText;
        return copy;
    }

    /// <summary>Deepest nesting of menu/if/choice blocks accepted.</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Deepest expression (parentheses and <c>!</c>) accepted.</summary>
    public int MaxExpressionDepth { get; init; } = 256;

    /// <summary>Deepest nesting of macro references (a variable whose value refers to another, ...); deeper is KCONF160.</summary>
    public int MaxMacroDepth { get; init; } = 64;

    /// <summary>Longest text one macro expansion may produce; longer is KCONF160.</summary>
    public int MaxMacroOutputLength { get; init; } = 1 << 20;

    /// <summary>
    /// Deepest <c>source</c> chain accepted. The parser keeps open files on a heap stack, so the
    /// bound is for memory (each open file's text), not the call stack; LKC reads 1,000-deep chains.
    /// </summary>
    public int MaxIncludeDepth { get; init; } = 10_000;

    /// <summary>
    /// Largest file read, in characters (bytes for ASCII text); a larger file is skipped with a
    /// KCONF160 diagnostic. The largest NuttX Kconfig file is about 200 KB.
    /// </summary>
    public int MaxFileSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Most symbols (defined or referenced) in one tree; the <c>config</c> entry that would exceed it
    /// gets a KCONF160 diagnostic and nothing after it is read. NuttX has about 22,000.
    /// </summary>
    public int MaxSymbols { get; init; } = 1_000_000;
}
