using Verifier = KconfigSharp.Analyzers.Tests.AnalyzerVerifier<KconfigSharp.Analyzers.Guards.AttributeExpressionAnalyzer>;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>KCONF004: attribute expressions must parse and name known symbols.</summary>
public sealed class AttributeExpressionAnalyzerTests
{
    private const string Usings = "using KconfigSharp;\n";

    [Theory]
    [InlineData("[RequiresKconfig(\"LINUX\")] void M() { }")]
    [InlineData("[RequiresKconfig(\"LINUX && !FUZZ || (VHOST=y && KVM!=n)\")] void M() { }")]
    [InlineData("[RequiresKconfig(\"CONFIG_LINUX\")] void M() { }")]
    [InlineData("[KconfigGuard(\"MULTIPROCESS_ALLOWED\")] static bool G => true;")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"LINUX &&\")|}] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"(LINUX\")|}] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"\")|}] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"NOT_A_SYMBOL\")|}] void M() { }")]
    [InlineData("[{|KCONF004:KconfigGuard(\"LINUX || NOPE\")|}] static bool G => true;")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"LINUX $ VHOST\")|}] class Inner { }")]
    public Task Attribute_expression(string member) =>
        Verifier.VerifyAsync(Usings + "class C\n{\n    " + member + "\n}\n", FlagMode.Readonly);

    [Fact]
    public Task Unknown_symbol_message_names_it() => Verifier.VerifyAsync(
        Usings + "class C\n{\n    [{|#0:RequiresKconfig(\"NOPE\")|}] void M() { }\n}\n",
        FlagMode.Readonly,
        Verifier.Diagnostic("KCONF004").WithArguments("RequiresKconfig", "NOPE", "'NOPE' is not a Kconfig symbol of this compilation (no member has [KconfigSymbol(\"NOPE\")])"));
}
