using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>An AdditionalFile whose text is loaded once (as the IDE and the compiler server hold them).</summary>
internal sealed class PreloadedAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>Global options as MSBuild passes them (<c>build_property.X</c>); no per-file options.</summary>
internal sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> buildProperties) : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new DictionaryOptions(buildProperties.ToDictionary(p => "build_property." + p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}

/// <summary>Compilation plumbing shared by the generator and analyzer benchmarks.</summary>
internal static class RoslynHost
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The framework assemblies of the running .NET (what a net10.0 project references).</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences { get; } = LoadFrameworkReferences();

    public static CSharpCompilation CreateCompilation(string assemblyName, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(Path.PathSeparator);
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return trusted
            .Where(path => Path.GetDirectoryName(path) == frameworkFolder && Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal)
                || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
