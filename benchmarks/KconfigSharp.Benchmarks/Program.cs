using BenchmarkDotNet.Running;
using KconfigSharp.Benchmarks.Infrastructure;
using KconfigSharp.Benchmarks.Synthetic;

// Every benchmark:  dotnet run -c Release --project benchmarks/KconfigSharp.Benchmarks -- --filter '*'
// One class:        ... -- --filter '*ParseResolve*'   (also *Generator*, *Analyzer*, *CliProcess*, *Seed*)
// The synthetic analyzer project on disk, for `dotnet build -p:ReportAnalyzer=true`:
//                   ... -- --write-synthetic DIR [Flags|NoFlags]
// See docs/performance.md for what each measures, the configuration and the latest numbers.
if (args.Length >= 2 && args[0] == "--write-synthetic")
{
    var variant = args.Length > 2 ? Enum.Parse<SyntheticVariant>(args[2], ignoreCase: true) : SyntheticVariant.Flags;
    SyntheticProject.WriteTo(Path.GetFullPath(args[1]), RepositoryPaths.RepoRoot, variant);
    Console.WriteLine($"Wrote the {variant} synthetic project to {Path.GetFullPath(args[1])}; build it with: dotnet build {Path.GetFullPath(args[1])} -c Release -p:ReportAnalyzer=true -bl");
    return 0;
}

if (!RepositoryPaths.CorporaPresent)
{
    Console.Error.WriteLine(
        $"warning: the shared corpus is missing under '{RepositoryPaths.CorpusRoot}'; every corpus benchmark (ParseResolve, Generator, CliProcess) " +
        "will fail in its [GlobalSetup] with the path it needs. Put ../shared next to the checkout or set KCONFIGSHARP_SHARED.");
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
