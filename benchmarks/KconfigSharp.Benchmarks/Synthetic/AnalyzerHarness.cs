using System.Collections.Immutable;
using System.Reflection;
using KconfigSharp.Benchmarks.Infrastructure;
using KconfigSharp.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Benchmarks.Synthetic;

/// <summary>
/// The synthetic project as a compilation ready to analyze: C# files parsed once, the generator run
/// once over its Kconfig (so <c>FeatureFlags</c> carries exactly the metadata the real generator emits),
/// and every <see cref="DiagnosticAnalyzer"/> the KconfigSharp.Analyzers assembly declares.
/// </summary>
internal sealed class AnalyzerHarness
{
    private static readonly Dictionary<SyntheticVariant, AnalyzerHarness> Cache = [];

    private AnalyzerHarness(SyntheticVariant variant)
    {
        Variant = variant;
        var kconfig = new PreloadedAdditionalText(SyntheticProject.KconfigPath, SourceText.From(SyntheticProject.Kconfig(), System.Text.Encoding.UTF8));
        var options = new BuildPropertiesProvider(new Dictionary<string, string>
        {
            ["KconfigDialect"] = "kconfig",
            ["ProjectDir"] = "/synthetic",
            ["RootNamespace"] = "Synthetic",
            ["KconfigNamespace"] = "Synthetic",
        });
        var trees = SyntheticProject.Files(variant).Select(f => RoslynHost.Parse(f.Text, "/synthetic/" + f.Path)).ToList();
        var compilation = RoslynHost.CreateCompilation("Synthetic", trees);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // CS0162 (unreachable code under a const false flag) stays on: KCONF005 suppresses it.
                ["CS8519"] = ReportDiagnostic.Suppress, // "is false" on a const flag never matches
                ["CS8520"] = ReportDiagnostic.Suppress, // "is false" on a const flag always matches
            }));
        CSharpGeneratorDriver.Create([new KconfigGenerator().AsSourceGenerator()], [kconfig], RoslynHost.ParseOptions, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out var generatorDiagnostics);
        Compilation = (CSharpCompilation)withGenerated;

        var errors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generator failed on the synthetic Kconfig:\n" + string.Join("\n", errors));
        }

        // By assembly name, not by a type: the analyzers are being added and renamed.
        Analyzers = Assembly.Load("KconfigSharp.Analyzers").GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        AnalyzerOptions = new AnalyzerOptions([kconfig], options);

        FlagReads = Compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith("/synthetic/Synthetic/Area", StringComparison.Ordinal))
            .Sum(t => t.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().Count(m => m.Expression is IdentifierNameSyntax { Identifier.ValueText: "FeatureFlags" }));
        Lines = trees.Sum(t => t.GetText().Lines.Count);
    }

    public SyntheticVariant Variant { get; }

    /// <summary>The project with the generated sources, never analyzed or bound: clone it per run.</summary>
    public CSharpCompilation Compilation { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public AnalyzerOptions AnalyzerOptions { get; }

    /// <summary><c>FeatureFlags.X</c> reads in the C# files (20,000 for <see cref="SyntheticVariant.Flags"/>).</summary>
    public int FlagReads { get; }

    public int Lines { get; }

    public static AnalyzerHarness Get(SyntheticVariant variant)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(variant, out var harness))
            {
                harness = new AnalyzerHarness(variant);
                Cache[variant] = harness;
            }

            return harness;
        }
    }

    /// <summary>
    /// Compile with the analyzers attached, as csc does: <c>GetAnalysisResultAsync</c> drives a full
    /// compiler pass (it calls <c>GetDiagnostics</c> to produce the compilation events the analyzers
    /// consume) and runs every analyzer; returns the analyzers' diagnostics and their execution time.
    /// </summary>
    public async Task<(ImmutableArray<Diagnostic> Diagnostics, TimeSpan AnalyzerTime)> CompileAndAnalyzeAsync()
    {
        var withAnalyzers = Compilation.Clone().WithAnalyzers(
            Analyzers,
            new CompilationWithAnalyzersOptions(AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
        var analyzerTime = TimeSpan.Zero;
        foreach (var (_, telemetry) in result.AnalyzerTelemetryInfo)
        {
            analyzerTime += telemetry.ExecutionTime;
        }

        return (result.GetAllDiagnostics(), analyzerTime);
    }

    /// <summary>
    /// All compiler and analyzer diagnostics (a check in [GlobalSetup]; throws when the project does not
    /// compile), and the operation blocks the guard analyzer built a control-flow graph for, counted
    /// through its test seam (called after the cheap gate, right before the graph):
    /// all of them, and those in methods that read no flag.
    /// </summary>
    public (ImmutableArray<Diagnostic> Diagnostics, int Graphs, int GraphsWithoutFlags) CheckedDiagnostics()
    {
        var graphs = 0;
        var graphsWithoutFlags = 0;
        Action<IOperation> count = block =>
        {
            Interlocked.Increment(ref graphs);
            var member = block.Syntax.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax);
            if (member is not null && !member.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(m => m.Expression is IdentifierNameSyntax { Identifier.ValueText: "FeatureFlags" }))
            {
                Interlocked.Increment(ref graphsWithoutFlags);
            }
        };

        // The guard analyzer's test seam is an internal constructor (onAnalyzeBlock, runAnalysis,
        // syntaxFastPath): an instance of its own with the counting hook (and the fast path on, as shipped)
        // replaces the plain one for this run, so the count is of the parts that reached the graph path.
        var counted = false;
        var analyzers = Analyzers.Select(analyzer =>
        {
            var seam = analyzer.GetType().GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [typeof(Action<IOperation>), typeof(Action<Action>), typeof(bool)]);
            if (seam is null)
            {
                return analyzer;
            }

            counted = true;
            return (DiagnosticAnalyzer)seam.Invoke([count, null, true]);
        }).ToImmutableArray();
        var withAnalyzers = Compilation.Clone().WithAnalyzers(analyzers, AnalyzerOptions);
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("KCONF", StringComparison.Ordinal)).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The synthetic project does not compile:\n" + string.Join("\n", errors));
        }

        return (diagnostics, counted ? graphs : -1, counted ? graphsWithoutFlags : -1);
    }

    /// <summary>One line for the report: size of the project and what the analyzers reported.</summary>
    public string Describe(ImmutableArray<Diagnostic> diagnostics, int graphs, int graphsWithoutFlags)
    {
        var byId = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}×{g.Count()}");
        return $"{SyntheticProject.FileCount:N0} files, {Lines:N0} lines, {FlagReads:N0} flag reads, " +
               $"{SyntheticProject.FileCount * SyntheticProject.PlainMethodsPerFile:N0} methods without flags; " +
               $"{Analyzers.Length} analyzers; warnings: {(byId.Any() ? string.Join(" ", byId) : "none")}; " +
               (graphs < 0 ? "graphs: not countable (no guard analyzer test seam)" : $"graphs built: {graphs:N0}, in methods without flags: {graphsWithoutFlags:N0}");
    }
}
