using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// What the compiler pays for a generated file as plain source (issue 13): a one-line program
/// alone, then with each given file (e.g. <c>kconfig generate --include-support-types</c> output, or
/// hand-edited variants of it), parsed, declared, bound and emitted as csc does; the best of a few
/// rounds (least CPU time) in this warm process, where the wall time goes (parse / diagnostics / emit),
/// the process's CPU time and the managed allocations.
/// </summary>
/// <remarks><c>--generated-cost [ROUNDS] [--parse-docs] FILE...</c>; the program may read nothing from the files.</remarks>
internal static class GeneratedSourceCost
{
    public static int Run(int rounds, IReadOnlyList<string> files, bool parseDocs)
    {
        // csc without /doc (GenerateDocumentationFile off, the SDK's default) reads /// as plain comments;
        // the IDE parses them (Diagnose).
        var options = RoslynHost.ParseOptions.WithDocumentationMode(parseDocs ? DocumentationMode.Diagnose : DocumentationMode.None);
        Console.WriteLine($"Documentation comments: {options.DocumentationMode}");
        var program = CSharpSyntaxTree.ParseText("System.Console.WriteLine(0);", options, "/app/Program.cs");
        Console.WriteLine($"| File | bytes | parse | declare + bind (GetDiagnostics) | emit | total (wall) | CPU time | allocated |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|---:|---:|");
        var baseline = Measure(rounds, program, null, options);
        Console.WriteLine($"| (program alone) | 0 | | | | {baseline.Total:F0} ms | {baseline.Cpu:F0} ms | {baseline.Allocated / 1e6:F1} MB |");
        foreach (var file in files)
        {
            var (parse, diagnostics, emit, total, cpu, allocated) = Measure(rounds, program, file, options);
            Console.WriteLine($"| {Path.GetFileName(file)} | {new FileInfo(file).Length:N0} | {parse:F0} ms | {diagnostics:F0} ms | {emit:F0} ms | {total:F0} ms | {cpu:F0} ms | {allocated / 1e6:F1} MB |");
        }

        return 0;
    }

    private static (double Parse, double Diagnostics, double Emit, double Total, double Cpu, long Allocated) Measure(int rounds, SyntaxTree program, string? file, CSharpParseOptions options)
    {
        var text = file is null ? null : File.ReadAllText(file);
        (double, double, double, double, double, long) best = (double.MaxValue, 0, 0, double.MaxValue, double.MaxValue, 0);
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var trees = new List<SyntaxTree> { program };
            if (text is not null)
            {
                trees.Add(CSharpSyntaxTree.ParseText(text, options, "/app/Generated.cs"));
            }

            var parse = watch.Elapsed.TotalMilliseconds;
            var compilation = CSharpCompilation.Create("App", trees, RoslynHost.FrameworkReferences, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var diagnostics = watch.Elapsed.TotalMilliseconds - parse;
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("\n", errors.Take(5)));
            }

            compilation.Emit(Stream.Null);
            var total = watch.Elapsed.TotalMilliseconds;
            var cpuTime = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            if (cpuTime < best.Item5)
            {
                // The round with the least CPU time: on a shared machine wall time varies 2x, CPU time far less.
                best = (parse, diagnostics, total - parse - diagnostics, total, cpuTime, GC.GetTotalAllocatedBytes(precise: true) - allocated);
            }
        }

        return best;
    }
}
