using KconfigSharp.Tests;
using System.Collections.Immutable;
using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Tests.Robustness;

/// <summary>
/// Compiles code with every KconfigSharp analyzer and the suppressor, and runs the guard analysis of
/// each block on a <see cref="SmallStack"/> thread (through the guard analyzer's test seam, an instance of
/// its own: tests in parallel do not see each other's hooks).
/// Roslyn's own work (binding, its syntax walks) stays on its threads: it has its own recursion and
/// limits, sized for the compiler's stack, and is not what these tests are about. Counts the blocks
/// the analysis got past its gate on the small stack, so a
/// test proves the analysis really ran there.
/// </summary>
internal static class SmallStackCompilation
{
    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Console.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    /// <summary>The sources with the FeatureFlags fixture and the attributes, checked to compile.</summary>
    public static CSharpCompilation Compile(FlagMode mode, params string[] sources)
    {
        var trees = sources.Append(FeatureFlagsFixture.For(mode)).Append(FeatureFlagsAttributes.Text)
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"/robust/File{i}.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create("Robust", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));
        var errors = SmallStack.Run(() => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList(), SmallStack.RoslynSize);
        Assert.True(errors.Count == 0, "the test code does not compile: " + string.Join("; ", errors));
        return compilation;
    }

    /// <summary>The analyzer diagnostics, and how many guard-analysis blocks ran on the small-stack thread.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, int BlocksOnSmallStack) Analyze(FlagMode mode, params string[] sources)
    {
        var compilation = Compile(mode, sources);

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var blocks = 0;
        var smallStackThreads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var guard = new GuardAnalyzer(
            onAnalyzeBlock: _ =>
            {
                if (smallStackThreads.ContainsKey(Environment.CurrentManagedThreadId))
                {
                    Interlocked.Increment(ref blocks);
                }
            },
            runAnalysis: analysis => SmallStack.Run(() =>
            {
                smallStackThreads[Environment.CurrentManagedThreadId] = true;
                analysis();
                return 0;
            }));
        ImmutableArray<DiagnosticAnalyzer> analyzers = [guard, new AttributeExpressionAnalyzer(), new FlagMetadataAnalyzer(), new UnreachableCodeSuppressor()];
        var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return (diagnostics, blocks);
    }
}
