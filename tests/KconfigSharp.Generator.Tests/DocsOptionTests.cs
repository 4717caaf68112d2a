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

    /// <summary>
    /// What the analyzers see of a member, in one spelling: full docs put it on the member as attributes,
    /// brief and none in the class's <c>[KconfigTable]</c> (read with the core's <see cref="FlagMetadataTable"/>, as the analyzers do).
    /// </summary>
    private static List<string> Metadata(Microsoft.CodeAnalysis.Compilation output, string member)
    {
        var type = output.GetTypeByMetadataName("FeatureFlags")!;
        var table = type.GetAttributes().SingleOrDefault(a => a.AttributeClass!.Name == "KconfigTableAttribute");
        if (table is null)
        {
            return type.GetMembers(member).Single().GetAttributes()
                .Select(a => a.AttributeClass!.Name.Replace("Attribute", string.Empty, StringComparison.Ordinal) + "(" + string.Join(", ", a.ConstructorArguments.Take(a.AttributeClass.Name == "KconfigSymbolAttribute" ? 1 : 2).Select(c => c.Value)) + ")")
                .ToList();
        }

        Assert.Empty(type.GetMembers(member).Single().GetAttributes());
        Assert.True(FlagMetadataTable.TryRead((string)table.ConstructorArguments[0].Value!, out var rows));
        var row = rows.Single(r => r.Member == member);
        var result = new List<string> { $"KconfigSymbol({row.Name})" };
        if (row.DependsOn is { } dependsOn)
        {
            result.Add($"KconfigDependsOn({dependsOn})");
        }

        result.AddRange(row.SelectedBy.Select(r => $"KconfigSelectedBy({r.Symbol}{(r.Condition is null ? string.Empty : ", " + r.Condition)})"));
        result.AddRange(row.ImpliedBy.Select(r => $"KconfigImpliedBy({r.Symbol}{(r.Condition is null ? string.Empty : ", " + r.Condition)})"));
        if (row.Choice is { } choice)
        {
            result.Add($"KconfigChoice({choice})");
        }

        return result;
    }

    [Theory]
    [InlineData("brief")]
    [InlineData("none")]
    public void Compact_forms_carry_the_same_metadata_as_full(string docs)
    {
        var full = GenerateAndCompile([]).Output;
        var compact = GenerateAndCompile(new() { ["KconfigDocs"] = docs }).Output;
        foreach (var member in new[] { "Net", "NetTcp" })
        {
            Assert.Equal(Metadata(full, member), Metadata(compact, member));
        }

        Assert.Contains("KconfigDependsOn(NET)", Metadata(compact, "NetTcp"));
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
    public void Brief_keeps_one_summary_line_with_the_symbol_value_and_prompt()
    {
        var source = Generate(new() { ["KconfigDocs"] = "Brief" });
        Assert.Contains("/// <summary>CONFIG_NET_TCP=y. TCP.</summary>", source);
        Assert.DoesNotContain("The network stack.", source);
        Assert.DoesNotContain("Depends on NET.", source);
        Assert.DoesNotContain("<remarks>", source);
    }

    [Fact]
    public void None_drops_member_docs_and_silences_CS1591()
    {
        var source = Generate(new() { ["KconfigDocs"] = "none" });
        Assert.DoesNotContain("CONFIG_NET_TCP", source);
        Assert.Contains("#pragma warning disable CS1591", source);
        Assert.Contains("KconfigTable(", source);
        Assert.Contains("NET_TCP", source);
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
