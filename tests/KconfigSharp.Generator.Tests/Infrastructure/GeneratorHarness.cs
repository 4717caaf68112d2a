using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KconfigSharp.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="KconfigGenerator"/> through a raw <see cref="CSharpGeneratorDriver"/> on an in-memory compilation.</summary>
internal static class GeneratorHarness
{
    public const string ProgramSource = "namespace SampleApp; internal static class Program { private static void Main() { } }";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CSharpCompilation Compilation(string assemblyName = "SampleApp", IEnumerable<MetadataReference>? extra = null, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            (sources.Length == 0 ? [ProgramSource] : sources).Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            References.Value.AddRange(extra ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<InMemoryAdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, bool track = true, KconfigGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            [(generator ?? new KconfigGenerator()).AsSourceGenerator()],
            files,
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestOptionsProvider(properties ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the generator once; returns the output compilation, the generator's diagnostics and the run result.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Run) Run(
        IEnumerable<InMemoryAdditionalText> files, Dictionary<string, string>? properties = null, Compilation? compilation = null, KconfigGenerator? generator = null)
    {
        var driver = Driver(files, properties, generator: generator).RunGeneratorsAndUpdateCompilation(compilation ?? Compilation(), out var output, out var diagnostics);
        return (output, diagnostics, driver.GetRunResult());
    }

    /// <summary>The text of <c>FeatureFlags.g.cs</c>, or null when none was generated.</summary>
    public static string? FeatureFlags(GeneratorDriverRunResult run) =>
        run.Results.SelectMany(r => r.GeneratedSources).FirstOrDefault(s => s.HintName == "FeatureFlags.g.cs").SourceText?.ToString();

    /// <summary>Compile errors in the output compilation (generated code included).</summary>
    public static List<Diagnostic> CompileErrors(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Emits the output compilation and loads it, to read <c>FeatureFlags.Symbols</c> at run time.</summary>
    public static Assembly Load(Compilation output)
    {
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>Every file under a folder as AdditionalFiles (paths are absolute), in a stable order.</summary>
    public static List<InMemoryAdditionalText> Folder(string root, Func<string, bool> include) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(include)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new InMemoryAdditionalText(p.Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
}
