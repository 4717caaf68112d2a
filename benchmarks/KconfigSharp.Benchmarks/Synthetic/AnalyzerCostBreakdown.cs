using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Benchmarks.Synthetic;

/// <summary>
/// <c>--analyzer-breakdown [ROUNDS] [FILTER]</c> (FILTER: a substring of "Variant configuration"; the compiler-only row always runs): where the analyzers' cost goes on the synthetic project, measured
/// as this process's CPU time and managed allocations (both indifferent to other processes on a shared
/// machine, unlike wall time). Per variant, each configuration is compiled ROUNDS times (median):
/// the compiler alone; each KconfigSharp analyzer alone; the guard analyzer with its data flow
/// skipped through its test seam (so: gate, syntax fast path, operation trees and graphs only), and with
/// its syntax fast path off (every part past the gate on the graph path); every analyzer.
/// Analysis runs single-threaded (<c>concurrentAnalysis: false</c>) so CPU time is not inflated by
/// spinning. A complement to <see cref="AnalyzerBenchmarks"/>, not a replacement: no warm-up
/// statistics, one process.
/// </summary>
internal static class AnalyzerCostBreakdown
{
    public static int Run(int rounds, string? filter)
    {
        Console.WriteLine("| Variant | Configuration | CPU (median) | Allocated (median) | CPU − compile | Allocated − compile |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var variant in new[] { SyntheticVariant.Flags, SyntheticVariant.NoFlags })
        {
            var harness = AnalyzerHarness.Get(variant);
            var configurations = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
            {
                ("compile only", []),
                ("all KconfigSharp analyzers", harness.Analyzers),
            };
            configurations.Add(("probe: empty code block action", [new Probe(ProbeKind.CodeBlock)]));
            configurations.Add(("probe: empty operation block action", [new Probe(ProbeKind.OperationBlock)]));
            configurations.Add(("probe: empty syntax node action (attributes)", [new Probe(ProbeKind.AttributeNode)]));
            configurations.Add(("probe: empty semantic model action", [new Probe(ProbeKind.SemanticModel)]));
            foreach (var analyzer in harness.Analyzers)
            {
                configurations.Add((analyzer.GetType().Name + " alone", [analyzer]));
                var seam = analyzer.GetType().GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [typeof(Action<IOperation>), typeof(Action<Action>), typeof(bool)]);
                if (seam is not null)
                {
                    Action<Action> skip = _ => { };
                    configurations.Add((analyzer.GetType().Name + " without its data flow", [(DiagnosticAnalyzer)seam.Invoke([null, skip, true])]));
                    configurations.Add((analyzer.GetType().Name + " without its syntax fast path", [(DiagnosticAnalyzer)seam.Invoke([null, null, false])]));
                }
            }

            (double Cpu, double Mb) baseline = default;
            foreach (var (name, analyzers) in configurations)
            {
                if (filter is not null && !analyzers.IsEmpty && !$"{variant} {name}".Contains(filter, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var samples = new List<(double Cpu, double Mb)>();
                for (var round = 0; round < rounds + 1; round++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var process = Process.GetCurrentProcess();
                    var cpu = process.TotalProcessorTime;
                    var bytes = GC.GetTotalAllocatedBytes(precise: true);
                    Compile(harness, analyzers);
                    process.Refresh();
                    var sample = ((process.TotalProcessorTime - cpu).TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1048576.0);
                    if (round > 0)
                    {
                        // Round 0 warms the JIT and the caches.
                        samples.Add(sample);
                    }
                }

                var median = (Cpu: Median(samples.Select(s => s.Cpu)), Mb: Median(samples.Select(s => s.Mb)));
                if (analyzers.IsEmpty)
                {
                    baseline = median;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {variant} | {name} | {median.Cpu:N0} ms | {median.Mb:N1} MB | {median.Cpu - baseline.Cpu:N0} ms | {median.Mb - baseline.Mb:N1} MB |"));
            }
        }

        return 0;
    }

    private static void Compile(AnalyzerHarness harness, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // With analyzers, GetAnalysisResultAsync drives the whole compilation itself (over its own copy:
        // compiling first would be paid twice), as csc does; an analyzer that needs no compilation event
        // (only compilation-start work) makes it skip compiling, so such a row is not comparable.
        var compilation = harness.Compilation.Clone();
        if (analyzers.IsEmpty)
        {
            _ = compilation.GetDiagnostics();
            return;
        }

        var options = new CompilationWithAnalyzersOptions(harness.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        _ = compilation.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    private enum ProbeKind
    {
        CodeBlock,
        OperationBlock,
        AttributeNode,
        SemanticModel,
    }

    /// <summary>An analyzer that registers one kind of action and does nothing in it: the driver's own cost for that kind.</summary>
#pragma warning disable RS1001, RS1025, RS1026 // A measuring probe, never shipped.
    private sealed class Probe(ProbeKind kind) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("PROBE01", "probe", "probe", "probe", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            switch (kind)
            {
                case ProbeKind.CodeBlock:
                    context.RegisterCodeBlockAction(_ => { });
                    break;
                case ProbeKind.OperationBlock:
                    context.RegisterOperationBlockAction(_ => { });
                    break;
                case ProbeKind.AttributeNode:
                    context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.Attribute);
                    break;
                default:
                    context.RegisterSemanticModelAction(_ => { });
                    break;
            }
        }
    }
#pragma warning restore RS1001, RS1025, RS1026
}
