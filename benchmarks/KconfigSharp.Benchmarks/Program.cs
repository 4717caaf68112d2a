using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using KconfigSharp.Benchmarks.Infrastructure;
using KconfigSharp.Benchmarks.Synthetic;

// Every benchmark:  dotnet run -c Release --project benchmarks/KconfigSharp.Benchmarks -- --filter '*'
// One class:        ... -- --filter '*ParseResolve*'   (also *Generator*, *Analyzer*, *CliProcess*, *Seed*)
// The synthetic analyzer project on disk, for `dotnet build -p:ReportAnalyzer=true`:
//                   ... -- --write-synthetic DIR [Flags|NoFlags|PlatformGuards] [--package VERSION]
// Real MSBuild builds of it with and without the analyzers, against the CA1416 twin:
//                   benchmarks/msbuild-analyzer-cost.sh (docs/performance.md)
// Where the analyzers' cost goes (CPU time and allocations of this process, per analyzer and stage):
//                   ... -- --analyzer-breakdown [ROUNDS] [FILTER]
// The generator's first run on the NuttX app in this fresh process (cold JIT, as in csc), per step:
//                   ... -- --cold-first-run [full|brief|none] [--emit] [--analyzers[=eager]] [--jit-top=N]
// The emitter alone on NuttX, cold then warm (CPU time, allocations): ... -- --emit-cost [ROUNDS] [full|brief|none] [--out=FILE] [--qemu] [--describe-first] [--parse=ROUNDS] [--jit-top=N]
// The generator's warm first run split into the whole run, model step, core parse + resolve, emit step (CPU, allocations):
//                   ... -- --first-run-cost [ROUNDS] [default|full|brief|none] [--qemu] [--by-type]
// What the compiler pays for a generated file as plain source (best of ROUNDS, warm):
//                   ... -- --generated-cost [ROUNDS] [--parse-docs] FILE...
// Exact bytes allocated by parse, resolve, both (texts preloaded): ... -- --allocations [Qemu|NuttX]
// Medians of N in-process rounds per phase (quick A/B, or a loop to attach perf to):
//                   ... -- --time [Qemu|NuttX] [ROUNDS] [parse|resolve|graph|both|without-help|describe] [--by-type]
// A functional check without BenchmarkDotNet (each benchmark called once): ... -- --smoke [ClassSubstring]
// See docs/performance.md for what each measures, the configuration and the latest numbers.
if (args.Length >= 2 && args[0] == "--write-synthetic")
{
    var variant = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? Enum.Parse<SyntheticVariant>(args[2], ignoreCase: true) : SyntheticVariant.Flags;
    var package = Array.IndexOf(args, "--package") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    SyntheticProject.WriteTo(Path.GetFullPath(args[1]), RepositoryPaths.RepoRoot, variant, package);
    Console.WriteLine($"Wrote the {variant} synthetic project to {Path.GetFullPath(args[1])}; build it with: dotnet build {Path.GetFullPath(args[1])} -c Release -p:ReportAnalyzer=true -bl");
    return 0;
}

if (args.Length >= 1 && args[0] == "--analyzer-breakdown")
{
    return AnalyzerCostBreakdown.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 2 ? args[2] : null);
}

if (args.Length >= 1 && args[0] == "--emit-cost")
{
    return EmitCost.Run(args.Length > 1 && int.TryParse(args[1], out var emitRounds) ? emitRounds : 5, args.Skip(1).FirstOrDefault(a => a is "full" or "brief" or "none"),
        args.Skip(1).FirstOrDefault(a => a.StartsWith("--out=", StringComparison.Ordinal))?.Substring("--out=".Length), args.Contains("--qemu") ? Corpus.Qemu : Corpus.NuttX, args.Contains("--describe-first"),
        int.Parse(args.Skip(1).FirstOrDefault(a => a.StartsWith("--parse=", StringComparison.Ordinal))?.Substring("--parse=".Length) ?? "0", System.Globalization.CultureInfo.InvariantCulture),
        JitTop(args));
}

if (args.Length >= 1 && args[0] == "--cold-first-run")
{
    var docs = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
    return ColdFirstRun.Run(docs, args.Contains("--emit"), args.Contains("--analyzers=eager") ? "eager" : args.Contains("--analyzers") ? "lazy" : null, JitTop(args));
}

if (args.Length >= 2 && args[0] == "--generated-cost")
{
    var rounds = int.TryParse(args[1], out var n) ? n : 5;
    return GeneratedSourceCost.Run(rounds, args.Skip(int.TryParse(args[1], out _) ? 2 : 1).Where(a => a != "--parse-docs").ToList(), args.Contains("--parse-docs"));
}

if (args.Length >= 1 && args[0] == "--first-run-cost")
{
    var rounds = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 10;
    var docs = args.Skip(1).FirstOrDefault(a => a is "default" or "full" or "brief" or "none");
    return FirstRunCost.Run(rounds, docs, args.Contains("--qemu") ? Corpus.Qemu : Corpus.NuttX, args.Contains("--by-type"));
}

if (args.Length >= 1 && args[0] == "--census")
{
    return ModelCensus.Run(args.Length > 1 ? Enum.Parse<Corpus>(args[1], ignoreCase: true) : Corpus.NuttX);
}

if (args.Length >= 1 && args[0] == "--allocations")
{
    return AllocationCount.Run(args.Length > 1 ? Enum.Parse<Corpus>(args[1], ignoreCase: true) : Corpus.NuttX);
}

if (args.Length >= 1 && args[0] == "--time")
{
    var corpus = args.Length > 1 ? Enum.Parse<Corpus>(args[1], ignoreCase: true) : Corpus.NuttX;
    var rounds = args.Length > 2 && int.TryParse(args[2], out var r) ? r : 50;
    return PhaseTiming.Run(corpus, rounds, args.Length > 3 && !args[3].StartsWith("--", StringComparison.Ordinal) ? args[3] : null, args.Contains("--by-type"));
}

if (args.Length >= 1 && args[0] == "--smoke")
{
    return SmokeRunner.Run(args.Length > 1 ? args[1] : null);
}

if (!RepositoryPaths.CorporaPresent)
{
    Console.Error.WriteLine(
        $"warning: the shared corpus is missing under '{RepositoryPaths.CorpusRoot}'; every corpus benchmark (ParseResolve, Generator, CliProcess) " +
        "will fail in its [GlobalSetup] with the path it needs. Put ../shared next to the checkout or set KCONFIGSHARP_SHARED.");
}

// Each class is its own run with its own summary (BenchmarkDotNet builds the generated project once per
// class; add --join for one build and one table). A loaded machine gets more than the default two
// minutes for that build.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

// --jit-top=N: print the N methods that took the JIT longest (0: not measured).
static int JitTop(string[] args) =>
    int.Parse(args.FirstOrDefault(a => a.StartsWith("--jit-top=", StringComparison.Ordinal))?.Substring("--jit-top=".Length) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
