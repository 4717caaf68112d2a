using KconfigSharp.Generator.Tests.Infrastructure;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Generator.Tests;

/// <summary><c>KconfigDocs=full|brief|none</c> and its size-based default (issue 13).</summary>
public sealed class DocsOptionTests
{
    private const string Kconfig = "config NET\n\tbool \"Networking\"\n\tdefault y\n\thelp\n\t  The network stack.\n\nconfig NET_TCP\n\tbool \"TCP\"\n\tdepends on NET\n\tdefault y\n";

    private static string Generate(Dictionary<string, string> properties) => GenerateAndCompile(properties).Source;

    private static (string Source, Microsoft.CodeAnalysis.Compilation Output) GenerateAndCompile(Dictionary<string, string> properties)
    {
        var (output, diagnostics, run) = GeneratorHarness.Run([new("/src/Kconfig", Kconfig)], properties);
        Assert.Empty(diagnostics);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        return (GeneratorHarness.FeatureFlags(run)!, output);
    }

    /// <summary>What the analyzers see: each metadata attribute of a member with its constant arguments.</summary>
    private static List<string> Metadata(Microsoft.CodeAnalysis.Compilation output, string member) =>
        output.GetTypeByMetadataName("FeatureFlags")!.GetMembers(member).Single().GetAttributes()
            .Select(a => a.AttributeClass!.ToDisplayString() + "(" + string.Join(", ", a.ConstructorArguments.Select(c => c.Value)) + ")")
            .ToList();

    [Theory]
    [InlineData("brief")]
    [InlineData("none")]
    public void Compact_forms_carry_the_same_metadata_as_full(string docs)
    {
        var full = GenerateAndCompile([]).Output;
        var compact = GenerateAndCompile(new() { ["KconfigDocs"] = docs }).Output;
        Assert.Equal(Metadata(full, "NetTcp"), Metadata(compact, "NetTcp"));
        Assert.Contains("KconfigSharp.KconfigDependsOnAttribute(NET)", Metadata(compact, "NetTcp"));
    }

    [Fact]
    public void Full_is_the_default_for_small_trees_and_keeps_help_and_provenance()
    {
        var source = Generate([]);
        Assert.Contains("/// The network stack.", source);
        Assert.Contains("Depends on NET.", source);
        Assert.Contains("The value comes from its default y", source);
        Assert.Equal(source, Generate(new() { ["KconfigDocs"] = "full" }));
    }

    [Fact]
    public void Brief_keeps_one_summary_line_and_every_attribute_the_analyzers_read()
    {
        var source = Generate(new() { ["KconfigDocs"] = "Brief" });
        Assert.Contains("/// <summary><c>CONFIG_NET_TCP</c> (bool) = y. TCP.</summary>", source);
        Assert.DoesNotContain("The network stack.", source);
        Assert.DoesNotContain("Depends on NET.", source);
        Assert.DoesNotContain("<remarks>", source);
    }

    [Fact]
    public void None_drops_member_docs_and_silences_CS1591()
    {
        var source = Generate(new() { ["KconfigDocs"] = "none" });
        Assert.DoesNotContain("CONFIG_NET_TCP</c>", source);
        Assert.Contains("#pragma warning disable CS1591", source);
        Assert.Contains("KconfigSymbol(\"NET_TCP\"", source);
    }

    [Fact]
    public void A_bad_value_is_KCONF201_and_the_default_is_used()
    {
        var (_, diagnostics, run) = GeneratorHarness.Run([new("/src/Kconfig", Kconfig)], new() { ["KconfigDocs"] = "short" });
        var error = Assert.Single(diagnostics);
        Assert.Equal("KCONF201", error.Id);
        Assert.Contains("KconfigDocs 'short'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("/// The network stack.", GeneratorHarness.FeatureFlags(run));
    }

    [Theory]
    [InlineData(FeatureFlagsOptions.FullDocsSymbolLimit, FeatureFlagsDocs.Full)]
    [InlineData(FeatureFlagsOptions.FullDocsSymbolLimit + 1, FeatureFlagsDocs.Brief)]
    public void The_default_depends_on_the_tree_size(int symbols, FeatureFlagsDocs expected)
    {
        Assert.Equal(expected, FeatureFlagsOptions.Default.DocsFor(symbols));
        Assert.Equal(FeatureFlagsDocs.None, (FeatureFlagsOptions.Default with { Docs = FeatureFlagsDocs.None }).DocsFor(symbols));
    }
}
