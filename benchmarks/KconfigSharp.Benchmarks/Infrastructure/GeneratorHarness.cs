using System.Collections.Immutable;
using System.Reflection;
using KconfigSharp.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// Runs <see cref="KconfigGenerator"/> through a <see cref="CSharpGeneratorDriver"/> as the compiler
/// does: the corpus files as AdditionalFiles (texts loaded once), MSBuild options as
/// <c>build_property.*</c>, a small C# project beside them.
/// </summary>
internal sealed class GeneratorHarness
{
    private const string UserCode = """
        namespace Bench;

        public static class Program
        {
            public static int Main() => Other.Value;
        }
        """;

    private readonly ISourceGenerator[] _generators = [new KconfigGenerator().AsSourceGenerator()];

    public GeneratorHarness(IReadOnlyList<AdditionalText> additionalTexts, IReadOnlyDictionary<string, string> buildProperties)
    {
        AdditionalTexts = [.. additionalTexts];
        Options = new BuildPropertiesProvider(buildProperties);
        Compilation = RoslynHost.CreateCompilation("Bench", [RoslynHost.Parse(UserCode, "/bench/Program.cs"), OtherFile(1)]);
        EditedCompilation = Compilation.ReplaceSyntaxTree(Compilation.SyntaxTrees.Last(), OtherFile(2));
    }

    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    public BuildPropertiesProvider Options { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary><see cref="Compilation"/> after an edit of a C# file that has nothing to do with Kconfig.</summary>
    public CSharpCompilation EditedCompilation { get; }

    /// <summary>
    /// The harness for a corpus: every file the parser reads, root first, and the corpus's options;
    /// <paramref name="docs"/> sets <c>KconfigDocs</c> (null: the size-based default).
    /// </summary>
    public static GeneratorHarness ForCorpus(Corpus corpus, string? docs = null)
    {
        var tree = CorpusTree.Get(corpus);
        var texts = tree.Files
            .Select(file => (AdditionalText)new PreloadedAdditionalText(
                Path.Combine(tree.Folder, file).Replace('\\', '/'),
                SourceText.From(tree.Memory.TryReadFile(file, out var text) ? text : string.Empty, System.Text.Encoding.UTF8)))
            .ToList();
        var properties = new Dictionary<string, string>
        {
            ["KconfigDialect"] = corpus == Corpus.Qemu ? "qemu" : "kconfig",
            ["KconfigSourceTree"] = tree.Folder,
            ["ProjectDir"] = tree.Folder,
            ["RootNamespace"] = "Bench",
        };
        if (docs is not null)
        {
            properties["KconfigDocs"] = docs;
        }

        if (tree.Defines.Count > 0)
        {
            properties["KconfigDefines"] = string.Join(";", tree.Defines);
        }

        if (tree.ParseOptions.Macros.Count > 0)
        {
            properties["KconfigMacros"] = string.Join(";", tree.ParseOptions.Macros.Select(m => m.Key + "=" + m.Value));
        }

        return new GeneratorHarness(texts, properties);
    }

    public GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            _generators,
            AdditionalTexts,
            RoslynHost.ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// Runs twice (the second time after the unrelated edit) with step tracking and throws unless every
    /// KconfigSharp step (the names in <c>TrackingNames</c>) and every source output was Cached or
    /// Unchanged the second time: the proof that the no-op re-run did no Kconfig work.
    /// Returns the generated source of the first run and the number of steps checked.
    /// </summary>
    public (string Source, int Diagnostics, int StepsChecked) VerifyNoOpRerun()
    {
        var first = CreateDriver(trackSteps: true).RunGenerators(Compilation);
        var firstResult = first.GetRunResult().Results.Single();
        if (firstResult.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw on its first run: " + exception);
        }

        var source = string.Join("\n", firstResult.GeneratedSources.Select(s => s.SourceText.ToString()));
        var second = first.RunGenerators(EditedCompilation).GetRunResult().Results.Single();
        var trackingNames = typeof(KconfigGenerator).Assembly.GetTypes().FirstOrDefault(t => t.Name == "TrackingNames")
            ?? throw new InvalidOperationException("KconfigSharp.Generator has no TrackingNames class: the no-op re-run cannot be checked.");
        var names = trackingNames
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var steps = second.TrackedSteps.Where(s => names.Contains(s.Key)).Concat(second.TrackedOutputSteps).ToList();
        var checkedSteps = 0;
        foreach (var (name, runs) in steps)
        {
            foreach (var run in runs)
            {
                foreach (var (_, reason) in run.Outputs)
                {
                    checkedSteps++;
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        throw new InvalidOperationException($"The re-run after an unrelated C# edit did Kconfig work: step '{name}' was {reason}.");
                    }
                }
            }
        }

        if (checkedSteps == 0)
        {
            throw new InvalidOperationException("No KconfigSharp step was tracked; TrackingNames or WithTrackingName changed.");
        }

        return (source, firstResult.Diagnostics.Length, checkedSteps);
    }

    private static SyntaxTree OtherFile(int version) => RoslynHost.Parse(
        $$"""
        namespace Bench;

        internal static class Other
        {
            // Edit number {{version}}: a change that has nothing to do with Kconfig.
            public static int Value => {{version}};
        }
        """,
        "/bench/Other.cs");
}
