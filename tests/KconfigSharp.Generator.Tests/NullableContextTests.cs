using KconfigSharp.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// The members are declared in a disabled nullable context (their literal initializers then cost the
/// compiler's analyzer driver no nullable pass each, issue 13), <c>Symbols</c> in an enabled one; a
/// caller with nullable enabled and warnings on sees no difference.
/// </summary>
public sealed class NullableContextTests
{
    private const string Kconfig = "config NAME\n\tstring \"Name\"\n\tdefault \"nuttx\"\n\nconfig NET\n\ttristate \"Net\"\n\tdefault m\n";

    [Theory]
    [InlineData("const")]
    [InlineData("readonly")]
    public void Members_are_nullable_oblivious_symbols_annotated_and_callers_get_no_warning(string constants)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "App", ["KconfigConstants"] = constants };
        var (output, diagnostics, _) = GeneratorHarness.Run([new("/app/Kconfig", Kconfig)], properties,
            GeneratorHarness.Compilation("App", null,
                """
                namespace App;
                public static class Caller
                {
                    public static int Length() => FeatureFlags.Name.Length + FeatureFlags.Symbols[0].Name.Length;
                    public static string Copy() { string copy = FeatureFlags.Name; return copy; }
                    public static bool IsModule() => FeatureFlags.Net == KconfigSharp.Tristate.Module;
                }
                """));
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var flags = output.GetTypeByMetadataName("App.FeatureFlags")!;
        var name = (IFieldSymbol)flags.GetMembers("Name").Single();
        Assert.Equal(NullableAnnotation.None, name.NullableAnnotation);
        var symbols = (IPropertySymbol)flags.GetMembers("Symbols").Single();
        Assert.Equal(NullableAnnotation.NotAnnotated, symbols.NullableAnnotation);
    }
}
