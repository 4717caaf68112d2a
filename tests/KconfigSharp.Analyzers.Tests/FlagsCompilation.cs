using System.Collections.Immutable;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// A compilation of flag declarations beside the generated attributes, on the runtime's core references only and
/// checked to compile: what tests of the flag model itself (not of an analyzer run) start from.
/// </summary>
internal static class FlagsCompilation
{
    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    /// <summary>The compilation of <paramref name="flags"/> (a file at <paramref name="path"/>) and the attributes.</summary>
    public static Compilation Of(string flags, string path)
    {
        var compilation = CSharpCompilation.Create(
            "Flags",
            [CSharpSyntaxTree.ParseText(flags, path: path), CSharpSyntaxTree.ParseText(FeatureFlagsAttributes.Text, path: "/obj/Attributes.g.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }
}
