using System.Diagnostics;
using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// The generator's warm first run (issue 13: what BenchmarkDotNet's <c>GeneratorBenchmarks.FirstRun</c> times)
/// split into its parts, each with its CPU time and exact managed allocations per round, on a shared machine
/// where wall time is not to be trusted: the whole run through a new driver, the model step and the emit step
/// called directly, and the core's parse + resolve as the model step does it. What is left of the whole once
/// the two steps are taken out is the pipeline's own part (reading the AdditionalFiles, collecting them,
/// handing the source to the compiler).
/// </summary>
/// <remarks>
/// <c>--first-run-cost [ROUNDS] [default|full|brief|none] [--qemu] [--by-type]</c>: medians over ROUNDS after one warm-up
/// round. Swap the core and generator assemblies beside the executable to compare two commits.
/// </remarks>
internal static class FirstRunCost
{
    public static int Run(int rounds, string? docs, Corpus corpus, bool byType = false)
    {
        var harness = GeneratorHarness.ForCorpus(corpus, docs is null or "default" ? null : docs);
        var tree = CorpusTree.Get(corpus);
        var files = harness.AdditionalTexts
            .Select(text => (text.Path, Role: InputClassifier.Classify(text.Path, null), Text: TextContent.Of(text.GetText())))
            .Where(file => file.Role != InputRole.None)
            .Select((file, index) => new InputFile(file.Path, file.Role, file.Text, index))
            .ToEquatableArray();
        string? Property(string name) => harness.Options.GlobalOptions.TryGetValue("build_property." + name, out var value) ? value : null;
        var modelOptions = new GeneratorOptions(Property("KconfigDialect"), Property("KconfigDefines"), Property("KconfigMacros"), null,
            Property("KconfigSourceTree"), Property("ProjectDir"), null, Property("KconfigDocs"));
        var emitSettings = new EmitSettings(null, Property("RootNamespace"), null, null, null, null, Property("KconfigDocs"));
        var parseWithoutHelp = ConfigurationStep.HelpTextsFor(Property("KconfigDocs"), files.Where(f => f.Role == InputRole.Kconfig).Select(f => new KeyValuePair<string, string>(f.Path, f.Text)).ToList())
            != ConfigurationStep.HelpTexts.Kept;

        ModelResult? model = null;
        var kconfigTexts = files.Where(f => f.Role == InputRole.Kconfig).Select(f => new KeyValuePair<string, string>(f.Path, f.Text)).ToList();
        var macros = tree.ParseOptions.Macros;

        // Each part: its preparation (not measured), which returns the measured work.
        var parts = new (string Name, Func<Func<object>> Prepare)[]
        {
            ("whole first run (new driver)", () => () => harness.CreateDriver().RunGenerators(harness.Compilation)),
            ("model step", () => () => model = ConfigurationStep.Run(files, modelOptions, CancellationToken.None)),
            ("  of it: core parse + resolve", () => () => parseWithoutHelp ? tree.ParseAndResolveWithoutHelp(tree.Memory) : tree.ParseAndResolve(tree.Memory)),
            ("  of it: finding the tree and roots", () => () =>
            {
                // As the model step asks when KconfigSourceTree is not set: one scan, the tree's folder, then the roots.
                var references = Kconfig.IO.KconfigSourceReferences.Scan(kconfigTexts);
                references.FindRoots(string.Empty);
                return references.FindRoots(tree.Folder, macros);
            }),
            ("  of it: writing the descriptions", () =>
            {
                var resolved = parseWithoutHelp ? tree.ParseAndResolveWithoutHelp(tree.Memory) : tree.ParseAndResolve(tree.Memory);
                return () => resolved.WithDescriptionsWritten();
            }),
            ("emit step", () =>
            {
                var input = model ?? ConfigurationStep.Run(files, modelOptions, CancellationToken.None);
                return () => EmitStep.Run(input, emitSettings);
            }),
        };
        var cpu = parts.Select(_ => new List<double>()).ToArray();
        var types = parts.Select(_ => byType ? new AllocationTypes() : null).ToArray();
        var bytes = parts.Select(_ => new List<long>()).ToArray();
        var pauses = parts.Select(_ => new List<double>()).ToArray();
        var collections = parts.Select(_ => new List<(int Gen0, int Gen1, int Gen2)>()).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            for (var part = 0; part < parts.Length; part++)
            {
                var work = parts[part].Prepare();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var startCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var pause = GC.GetTotalPauseDuration();
                var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                types[part]?.Start();
                GC.KeepAlive(work());
                types[part]?.Stop();
                if (round > 0)
                {
                    bytes[part].Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
                    cpu[part].Add((Process.GetCurrentProcess().TotalProcessorTime - startCpu).TotalMilliseconds);
                    pauses[part].Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
                    collections[part].Add((GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2));
                }
            }
        }

        Console.WriteLine($"{corpus}, docs {docs ?? "default"}: medians of {rounds} rounds (CPU of the process, exact allocations)");
        for (var part = 0; part < parts.Length; part++)
        {
            Console.WriteLine($"  {parts[part].Name,-32} {Median(cpu[part]),7:F1} ms CPU  {Median(bytes[part]) / 1e6,8:F2} MB  (CPU min {cpu[part].Min():F1}; GC pauses {Median(pauses[part]),5:F1} ms, collections {Collections(collections[part])})");
        }

        for (var part = 0; part < parts.Length && byType; part++)
        {
            Console.WriteLine($"  {parts[part].Name.Trim()}, sampled bytes by type: " + string.Join(", ", types[part]!.Top(10).Select(t => $"{t.Type} {t.Share:P0}")));
        }

        var emit = parts.Length - 1;
        var rest = Median(bytes[0]) - Median(bytes[1]) - Median(bytes[emit]);
        Console.WriteLine($"  {"whole - model - emit",-32} {Median(cpu[0]) - Median(cpu[1]) - Median(cpu[emit]),7:F1} ms CPU  {rest / 1e6,8:F2} MB");
        Console.WriteLine($"  {"model - parse + resolve",-32} {Median(cpu[1]) - Median(cpu[2]),7:F1} ms CPU  {(Median(bytes[1]) - Median(bytes[2])) / 1e6,8:F2} MB");
        return 0;
    }

    /// <summary>The round with the median gen0 count: its gen0/gen1/gen2 collections (the GC's own share of a part's time).</summary>
    private static string Collections(List<(int Gen0, int Gen1, int Gen2)> counts)
    {
        var median = counts.OrderBy(c => c.Gen0).ElementAt(counts.Count / 2);
        return $"{median.Gen0}/{median.Gen1}/{median.Gen2}";
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);
}
