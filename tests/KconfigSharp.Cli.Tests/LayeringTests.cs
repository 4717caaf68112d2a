using System.Reflection;

namespace KconfigSharp.Cli.Tests;

/// <summary>One engine: the CLI is a front end over the core only (the C# writer lives in the core).</summary>
public sealed class LayeringTests
{
    [Fact]
    public void The_CLI_references_the_Kconfig_core_and_no_other_KconfigSharp_assembly()
    {
        var ours = typeof(KconfigCommandLine).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("KconfigSharp", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["KconfigSharp.Kconfig"], ours);
    }

    [Fact]
    public void The_CLI_references_no_Roslyn()
    {
        Assert.DoesNotContain(typeof(KconfigCommandLine).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }
}
