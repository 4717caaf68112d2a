using System.Runtime.CompilerServices;

namespace KconfigSharp.Analyzers;

/// <summary>The analyzers' JIT hint for methods that run per file, part, syntax node or diagnostic.</summary>
/// <remarks>
/// The compiler and the SDK's analyzers (CA1416 among them) ship precompiled (ReadyToRun); the IL copies of these
/// analyzers, which every host loads but the ReadyToRun copies' (docs/architecture.md, "ReadyToRun copies"), the runtime
/// first compiles unoptimized (tier 0) and recompiles optimized only once calls to it pause, late in a busy one-process
/// build. The methods called per file, part, node or diagnostic are compiled optimized at their
/// first call instead (the guard analyzer's on-CPU time in a real csc run fell by a third: docs/performance.md, "Issue 13
/// guard analysis, session 2026-11-28 (late)"); code that runs once per compilation is left to tiering, whose quick
/// first compile costs less there. The ReadyToRun copies have the hint cleared, so that crossgen2 precompiles these
/// methods too. The same hint as the core's own <c>HotPath</c> (internal to the core, so not shared).
/// </remarks>
internal static class HotPath
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0's enum lacks: runtimes that know the value
    /// (.NET Core 3.0 and later) honour it, others ignore it.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
