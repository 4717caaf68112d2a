using System.Reflection;

namespace KconfigSharp.CodeFixes.Tests;

/// <summary>SPEC §2: dependencies point one way; only the code-fix assembly may reference Workspaces.</summary>
public sealed class LayeringTests
{
    private static IEnumerable<string> ReferencesOf(string assemblyName) =>
        Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name!);

    [Fact]
    public void Analyzers_and_generator_do_not_reference_Workspaces()
    {
        Assert.DoesNotContain(ReferencesOf("KconfigSharp.Analyzers"), n => n.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
        Assert.DoesNotContain(ReferencesOf("KconfigSharp.Generator"), n => n.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
    }

    [Fact]
    public void Kconfig_core_references_no_Roslyn()
    {
        Assert.DoesNotContain(ReferencesOf("KconfigSharp.Kconfig"), n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyzers_use_the_core_grammar_but_none_of_its_file_input()
    {
        // One grammar: the analyzers read attribute text with the core's expression parser...
        Assert.Contains(ReferencesOf("KconfigSharp.Analyzers"), n => n == "KconfigSharp.Kconfig");

        // ...and never a Kconfig tree, values file or file provider.
        var location = Assembly.Load("KconfigSharp.Analyzers").Location;
        using var stream = File.OpenRead(location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var coreTypes = metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))
            .Where(n => n.StartsWith("KconfigSharp.Kconfig.", StringComparison.Ordinal))
            .ToList();
        Assert.Contains("KconfigSharp.Kconfig.Syntax.KconfigParser", coreTypes);
        Assert.DoesNotContain(coreTypes, n => n.StartsWith("KconfigSharp.Kconfig.IO.", StringComparison.Ordinal)
            || n.StartsWith("KconfigSharp.Kconfig.Values.", StringComparison.Ordinal)
            || n.StartsWith("KconfigSharp.Kconfig.Resolution.", StringComparison.Ordinal));
    }
}
