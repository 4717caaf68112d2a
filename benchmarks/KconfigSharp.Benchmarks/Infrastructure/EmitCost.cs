using System.Diagnostics;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// The emitter alone on NuttX (issue 13; or on QEMU, for comparing outputs): <c>FeatureFlagsWriter.WriteText</c>, as the
/// generator calls it, on a configuration resolved
/// once, its first call in this process (cold JIT, as in csc) and then the best of ROUNDS, each with its
/// CPU time and exact managed allocations (exact on a shared machine where wall time is not).
/// </summary>
/// <remarks><c>--emit-cost [ROUNDS] [full|brief|none] [--out=FILE] [--qemu] [--describe-first] [--parse=ROUNDS] [--jit-top=N]</c> (<c>--jit-top</c>: the first emission's N slowest methods to JIT-compile). Swap the core assembly beside the executable to compare two commits.</remarks>
internal static class EmitCost
{
    public static int Run(int rounds, string? docs, string? outputFile, Corpus corpus = Corpus.NuttX, bool describeFirst = false, int parseRounds = 0, int jitTop = 0)
    {
        using var jitTimes = jitTop > 0 ? new JitTimes() : null;
        var tree = CorpusTree.Get(corpus);
        var configuration = tree.ParseAndResolve(tree.Memory);
        var options = FeatureFlagsOptions.Default with { Docs = docs switch { "full" => FeatureFlagsDocs.Full, "brief" => FeatureFlagsDocs.Brief, "none" => FeatureFlagsDocs.None, _ => null } };
        KconfigSharp.Kconfig.Text.ChunkedText? source = null;
        if (describeFirst)
        {
            // The resolver describes each symbol lazily (definition sites, relations, prompt): touched here, that
            // work is left out of the first emission, which then shows JIT and emission alone.
            var sites = 0;
            foreach (var symbol in configuration.Symbols)
            {
                sites += symbol.DefinedAt.Count + (symbol.Prompt is null ? 0 : 1);
            }

            Console.WriteLine($"descriptions computed before the first emission ({sites} sites and prompts)");
        }

        for (var round = 0; round <= rounds; round++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            if (round == 0)
            {
                jitTimes?.Start();
            }

            var watch = Stopwatch.StartNew();
            source = FeatureFlagsWriter.WriteText(configuration, options);
            var wall = watch.Elapsed.TotalMilliseconds;
            jitTimes?.Stop();
            Console.WriteLine($"{(round == 0 ? "first (cold)" : $"round {round}")}: {wall:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, " +
                $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F1} MB allocated, {source.Length:N0} chars; " +
                $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} methods, {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms");
        }

        jitTimes?.Print(jitTop);
        if (parseRounds > 0)
        {
            // What the compiler's parse of the output costs from the chunks (as the generator hands them over)
            // against the same text as one string, alternating in this process (CPU medians).
            var chunked = new KconfigSharp.Generator.Pipeline.ChunkedSourceText(source!);
            var plain = Microsoft.CodeAnalysis.Text.SourceText.From(source!.ToString(), System.Text.Encoding.UTF8);
            var times = new Dictionary<string, List<double>> { ["chunks"] = [], ["string"] = [] };
            for (var round = 0; round < parseRounds; round++)
            {
                foreach (var (name, text) in new[] { ("chunks", (Microsoft.CodeAnalysis.Text.SourceText)chunked), ("string", plain) })
                {
                    GC.Collect();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var length = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text, RoslynHost.ParseOptions).GetRoot().FullSpan.Length;
                    times[name].Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                    if (length != text.Length)
                    {
                        throw new InvalidOperationException("the parsed tree does not cover the text");
                    }
                }
            }

            Console.WriteLine("parse of the output, CPU median of " + parseRounds + ": " +
                string.Join(", ", times.Select(t => $"{t.Key} {t.Value.Order().ElementAt(t.Value.Count / 2):F0} ms (all: {string.Join(" ", t.Value.Select(v => v.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))})")));
        }

        if (outputFile is not null)
        {
            // For comparing two commits' output byte for byte (cmp).
            using var writer = new StreamWriter(outputFile);
            source!.WriteTo(writer);
        }

        return 0;
    }
}
