using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig;

/// <summary>
/// A JIT hint for the core's loops over every character, node and symbol (lexer, parser, finalizer,
/// resolver, writers). In csc the generator runs once per process, while the compiler keeps JIT-compiling
/// its own code, so tiered compilation leaves these methods in their unoptimized first tier for the whole
/// run (issue 13: with loops compiled optimized at once the NuttX emission step took ~30 % less in a cold
/// process). Marked methods skip that tier, and with it tiered PGO: mark only loops that run per
/// character, node or symbol, found in a profile of a cold run.
/// </summary>
internal static class HotPath
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; runtimes since
    /// .NET Core 3.0 honour the bit, the others ignore it.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
