using System.Diagnostics;
using KconfigSharp.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// The generator's first run in a fresh process, as csc runs it in a build without the compiler
/// server (issue 13): nothing of the core or the generator has been JIT-compiled yet. The NuttX app of
/// <c>benchmarks/msbuild-nuttx-app.sh</c> in process: every <c>Kconfig*</c> file of the corpus as an
/// AdditionalFile (texts read from disk, not yet decoded, as csc hands them over), the same MSBuild
/// options, a one-line program, documentation comments read as csc reads them without <c>/doc</c>.
/// Prints the wall time of the run, the methods JIT-compiled during it and the JIT's time
/// (<see cref="System.Runtime.JitInfo"/>), each tracked step's own time, the same run again once JIT-compiled,
/// and optionally the analyzers' compilation-start work (<c>--analyzers</c>: the flag model and the
/// guard gate, after the compiler's own binding; <c>=eager</c> also computes what the model used to
/// compute up front) and what emitting the app costs alone and with the generated trees (<c>--emit</c>).
/// </summary>
/// <remarks>
/// One process measures one first run: <c>--cold-first-run [docs] [--emit] [--analyzers[=eager]] [--jit-top=N]</c> (the N slowest methods to JIT-compile), run it several times.
/// Roslyn itself is warmed first (a small compilation emitted), so the run's time is the generator's.
/// </remarks>
internal static class ColdFirstRun
{
    public static int Run(string? docs, bool emit, string? analyzers, int jitTop = 0)
    {
        var nuttx = Path.Combine(RepositoryPaths.CorpusRoot, "nuttx");
        if (!Directory.Exists(nuttx))
        {
            Console.Error.WriteLine($"no NuttX corpus at {nuttx}");
            return 1;
        }

        var parseOptions = RoslynHost.ParseOptions.WithDocumentationMode(DocumentationMode.None);
        var program = CSharpSyntaxTree.ParseText("System.Console.WriteLine(NuttXApp.FeatureFlags.Symbols.Count);", parseOptions, "/app/Program.cs");
        var compilation = CSharpCompilation.Create("App", [program], RoslynHost.FrameworkReferences, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var warm = CSharpCompilation.Create("Warm", [CSharpSyntaxTree.ParseText("System.Console.WriteLine(0);", parseOptions)], RoslynHost.FrameworkReferences, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var plainEmit = TimeEmit(warm);

        var texts = Directory.EnumerateFiles(nuttx, "Kconfig*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new DiskAdditionalText(path))
            .ToList();
        var properties = new Dictionary<string, string>
        {
            ["KconfigSourceTree"] = nuttx,
            ["ProjectDir"] = "/app/",
            ["RootNamespace"] = "NuttXApp",
            ["KconfigMacros"] = "BINDIR=_stubs/BINDIR;APPSBINDIR=_stubs/APPSBINDIR;EXTERNALDIR=_stubs/EXTERNALDIR;APPSDIR=../apps",
        };
        if (docs is not null)
        {
            properties["KconfigDocs"] = docs;
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new KconfigGenerator().AsSourceGenerator()], texts, parseOptions, new BuildPropertiesProvider(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        using var jitTimes = jitTop > 0 ? new JitTimes() : null;
        jitTimes?.Start();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var elapsed = watch.Elapsed;
        jitTimes?.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
        jitTime = System.Runtime.JitInfo.GetCompilationTime() - jitTime;
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            Console.Error.WriteLine(exception);
            return 1;
        }

        Console.WriteLine($"first run (cold): {elapsed.TotalMilliseconds:F0} ms, {allocated / 1e6:F1} MB allocated; {texts.Count} AdditionalFiles; generated {result.GeneratedSources.Sum(s => s.SourceText.Length):N0} chars; {diagnostics.Length} diagnostics");
        // What the runtime JIT-compiled during the first run (the generator's and core's code, and the generic
        // instantiations of Roslyn's and the framework's code that the pipeline's types ask for).
        Console.WriteLine($"  JIT during the first run: {jitMethods} methods, {jitTime.TotalMilliseconds:F0} ms");
        foreach (var (name, runs) in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  step {name}: {runs.Sum(r => r.ElapsedTime.TotalMilliseconds):F1} ms over {runs.Length} runs");
        }

        foreach (var (name, runs) in result.TrackedOutputSteps)
        {
            Console.WriteLine($"  output {name}: {runs.Sum(r => r.ElapsedTime.TotalMilliseconds):F1} ms");
        }

        jitTimes?.Print(jitTop);

        // The same first run again with a new driver and new texts: what is left once the code is JIT-compiled.
        GeneratorDriver again = CSharpGeneratorDriver.Create(
            [new KconfigGenerator().AsSourceGenerator()], texts.Select(t => (AdditionalText)new DiskAdditionalText(t.Path)), parseOptions, new BuildPropertiesProvider(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        var gen2 = GC.CollectionCount(2);
        watch.Restart();
        again = again.RunGenerators(compilation);
        Console.WriteLine($"first run again in this process (JIT done): {watch.Elapsed.TotalMilliseconds:F0} ms; " +
            $"{GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - collections} collections, {GC.CollectionCount(2) - gen2} of them gen2; steps " +
            string.Join(", ", again.GetRunResult().Results.Single().TrackedSteps.Where(s => s.Key is "InputFiles" or "Model" or "Generation").OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => $"{s.Key} {s.Value.Sum(r => r.ElapsedTime.TotalMilliseconds):F0} ms")));

        if (analyzers is not null)
        {
            // What the analyzers do at compilation start on the one-line app (cold, as in csc): the flag model
            // and the guard gate. "eager" then asks what a model built up front would have computed. The
            // compiler's own work (declaring and binding the 22,000 members) is done first, as csc does it anyway.
            watch.Restart();
            var compileErrors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Console.WriteLine($"compiler diagnostics of the app with the generated source: {watch.Elapsed.TotalMilliseconds:F0} ms, {compileErrors} errors");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            var model = KconfigSharp.Analyzers.Model.FlagModel.For(output);
            var unreadable = model.FlagsWithUnreadableMetadata.Count;
            KconfigSharp.Analyzers.Guards.GuardGate.Create(output, model);
            var flags = model.Flags.ToList();
            if (analyzers == "eager")
            {
                _ = flags.Sum(f => f.Unreadable.Count);
                _ = model.IsSatisfiable(KconfigSharp.Analyzers.Model.KconfigExpression.Sym(flags[0].Name));
            }

            Console.WriteLine($"flag model + guard gate at compilation start ({analyzers}): {watch.Elapsed.TotalMilliseconds:F0} ms wall, " +
                $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU; {flags.Count} flags, {unreadable} unreadable, {flags.Count(f => f.RelationsParsed)} with relations parsed");
        }

        if (emit)
        {
            Console.WriteLine($"emit, warm-up program (cold): {plainEmit:F0} ms, again: {TimeEmit(warm):F0} ms; the app with the generated source: {TimeEmit(output):F0} ms");
        }

        return 0;
    }

    private static double TimeEmit(Compilation compilation)
    {
        var watch = Stopwatch.StartNew();
        var result = compilation.Emit(Stream.Null);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", errors.Take(5)));
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>An AdditionalFile read from disk on first use, as csc's own reads it.</summary>
    private sealed class DiskAdditionalText(string path) : AdditionalText
    {
        private SourceText? _text;

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            if (_text is null)
            {
                using var stream = File.OpenRead(Path);
                _text = SourceText.From(stream, checksumAlgorithm: SourceHashAlgorithm.Sha256);
            }

            return _text;
        }
    }
}
