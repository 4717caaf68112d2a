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
    public void Analyzers_depend_on_no_Kconfig_core()
    {
        Assert.DoesNotContain(ReferencesOf("KconfigSharp.Analyzers"), n => n == "KconfigSharp.Kconfig");
    }
}
