using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>How to read a Kconfig tree.</summary>
public sealed class KconfigParseOptions
{
    public static KconfigParseOptions Default { get; } = new();

    /// <summary>Syntax rules: LKC (<c>kconfig</c>) or minikconf (<c>qemu</c>).</summary>
    public KconfigDialect Dialect { get; init; } = KconfigDialect.Kconfig;

    /// <summary>
    /// Values for <c>$(NAME)</c>, <c>$NAME</c> and <c>option env=</c>; the process environment is
    /// never read by the core (the CLI copies it in only with <c>--use-environment</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Macros { get; init; } = new Dictionary<string, string>();

    /// <summary>Deepest nesting of menu/if/choice blocks accepted.</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Deepest expression (parentheses and <c>!</c>) accepted.</summary>
    public int MaxExpressionDepth { get; init; } = 256;

    /// <summary>Deepest <c>source</c> chain accepted.</summary>
    public int MaxIncludeDepth { get; init; } = 64;
}
