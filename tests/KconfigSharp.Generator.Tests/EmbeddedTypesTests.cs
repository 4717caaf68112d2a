using KconfigSharp.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Tests;

public sealed class EmbeddedTypesTests
{
    [Fact]
    public void Two_projects_using_KconfigSharp_with_InternalsVisibleTo_do_not_clash()
    {
        const string Kconfig = "config KVM\n\tbool \"KVM\"\n\tdefault y\n\nconfig LEVEL\n\ttristate \"Level\"\n\tdefault m\n";
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Shared" };

        var libraryCompilation = GeneratorHarness.Compilation("Library", null,
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"App\")]\nnamespace Shared; internal static class LibraryApi { }");
        var (library, _, _) = GeneratorHarness.Run([new("/lib/Kconfig", Kconfig)], properties, libraryCompilation);
        Assert.Empty(GeneratorHarness.CompileErrors(library));
        using var stream = new MemoryStream();
        Assert.True(library.Emit(stream).Success);
        var libraryReference = MetadataReference.CreateFromImage(stream.ToArray());

        var appCompilation = GeneratorHarness.Compilation("App", [libraryReference],
            """
            namespace Shared;
            internal static class Program
            {
                [KconfigSharp.RequiresKconfig("KVM")]
                private static KconfigSharp.Tristate Use() => FeatureFlags.Kvm ? FeatureFlags.Level : KconfigSharp.Tristate.No;

                private static int Count() => FeatureFlags.Symbols.Count + (LibraryApi.Equals(null, null) ? 0 : 1);
            }
            """);
        var (app, diagnostics, _) = GeneratorHarness.Run([new("/app/Kconfig", Kconfig)], properties, appCompilation);

        Assert.Empty(diagnostics);
        var problems = app.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.Empty(problems);
    }
}
