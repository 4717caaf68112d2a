using KconfigSharp.Generator.Tests.Infrastructure;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// <c>KconfigVisibility=public</c>: the whole class, tristate members and <c>Symbols</c> included, is
/// usable from a referencing assembly (issue 18: CS0052 on tristates, CS0117 on Symbols).
/// </summary>
public sealed class PublicFlagsTests
{
    private const string Kconfig = "config NET_DIAG\n\ttristate \"Network diagnostics\"\n\tdefault m\n\nconfig KVM\n\tbool \"KVM\"\n\tdefault y\n";

    [Fact]
    public void Public_flags_with_a_tristate_compile_and_are_usable_whole_from_another_assembly()
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Library", ["KconfigVisibility"] = "public" };
        var (library, diagnostics, _) = GeneratorHarness.Run([new("/lib/Kconfig", Kconfig)], properties,
            GeneratorHarness.Compilation("Library", null, "namespace Library; public static class Marker { }"));
        Assert.Empty(diagnostics);
        Assert.Empty(GeneratorHarness.CompileErrors(library));
        using var stream = new MemoryStream();
        var emitted = library.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        // The consumer does not use KconfigSharp itself: only the library's public surface.
        var app = GeneratorHarness.Compilation("App", [MetadataReference.CreateFromImage(stream.ToArray())],
            """
            public static class Consumer
            {
                public static string Describe() =>
                    (Library.FeatureFlags.NetDiag == KconfigSharp.Tristate.Module) + " " + Library.FeatureFlags.Kvm + " "
                    + Library.FeatureFlags.Symbols.Count + " " + Library.FeatureFlags.Symbols[0].Name;
            }
            """);
        Assert.Empty(app.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Internal_flags_keep_their_support_types_embedded()
    {
        Assert.Contains("[global::Microsoft.CodeAnalysis.Embedded]\n    internal enum Tristate", FeatureFlagsAttributes.SupportTypes(isPublic: false));
        Assert.Contains("\n    public enum Tristate", FeatureFlagsAttributes.SupportTypes(isPublic: true));
        // Only the types' visibility changes: the table decoder Symbols uses stays internal to the assembly.
        Assert.DoesNotContain("internal enum", FeatureFlagsAttributes.SupportTypes(isPublic: true));
        Assert.DoesNotContain("internal sealed class", FeatureFlagsAttributes.SupportTypes(isPublic: true));
    }
}
