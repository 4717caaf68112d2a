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

    /// <summary>KCONF004 reads attributes as syntax, so every way of writing one must still be found.</summary>
    [Theory]
    [InlineData("using RK = KconfigSharp.RequiresKconfigAttribute;\nclass C\n{\n    [{|KCONF004:RK(\"NOPE\")|}] void M() { }\n}\n")]
    [InlineData("using KconfigSharp;\n[assembly: {|KCONF004:RequiresKconfig(\"NOPE\")|}]\nclass C { }\n")]
    [InlineData("using KconfigSharp;\nclass C\n{\n    void M()\n    {\n        [{|KCONF004:RequiresKconfig(\"NOPE\")|}] void L() { }\n        L();\n    }\n}\n")]
    [InlineData("using KconfigSharp;\nclass C\n{\n    const string Expression = \"LINUX && \" + \"NOPE\";\n    [{|KCONF004:RequiresKconfig(Expression)|}] void M() { }\n}\n")]
    [InlineData("class C\n{\n    [{|KCONF004:global::KconfigSharp.KconfigGuardAttribute(\"NOPE\")|}] static bool G => true;\n}\n")]
    [InlineData("using KconfigSharp;\nclass C\n{\n    [{|KCONF004:Requires\\u004Bconfig(\"NOPE\")|}] void M() { }\n}\n")]
    [InlineData("namespace Other { class RequiresKconfigAttribute : System.Attribute { public RequiresKconfigAttribute(string s) { } } }\nclass C\n{\n    [Other.RequiresKconfig(\"NOPE\")] void M() { }\n}\n")]
    public Task Attribute_written_any_way(string source) => Verifier.VerifyAsync(source, FlagMode.Readonly);

    /// <summary>
    /// KCONF004 finds attributes where the text spells their names and reads them from their declaration's
    /// bound attributes, binding the syntax itself only where that fails: every declaration shape, and
    /// names that are not attributes, must give what binding each attribute gives.
    /// </summary>
    [Theory]
    [InlineData("System.Action a = [{|KCONF004:RequiresKconfig(\"NOPE\")|}] () => { };")]
    [InlineData("[field: {|KCONF004:RequiresKconfig(\"NOPE\")|}] int P { get; set; }")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"NOPE\")|}] int a, b;")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"NOPE\")|}] event System.Action? E1, E2;")]
    [InlineData("int P { [{|KCONF004:RequiresKconfig(\"NOPE\")|}] get => 1; }")]
    [InlineData("[RequiresKconfig(\"LINUX\"), {|KCONF004:RequiresKconfig(\"NOPE\")|}] void M() { }")]
    [InlineData("[RequiresKconfig(\"LINUX\")][{|KCONF004:KconfigGuard(\"NOPE\")|}] static bool G => true;")]
    [InlineData("// [RequiresKconfig(\"NOPE\")]\n    string s = \"[RequiresKconfig(\\\"NOPE\\\")]\";\n    int RequiresKconfig = 1;\n    [{|KCONF004:RequiresKconfig(\"NOPE\")|}] void M() { }")]
    public Task Attribute_on_any_declaration(string member) =>
        Verifier.VerifyAsync(Usings + "class C\n{\n    " + member + "\n}\n", FlagMode.Readonly);

    /// <summary>
    /// An attribute whose first argument is a string literal passed by position is not bound when its text is valid
    /// (the value the bound attribute would give is the literal's): its value, not its spelling, is what counts; a
    /// named or non-literal first argument, or an invalid text, still goes through the binding.
    /// </summary>
    [Theory]
    [InlineData("[RequiresKconfig(\"LIN\\u0055X && !FUZZ\")] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"NO\\u0050E\")|}] void M() { }")]
    [InlineData("[RequiresKconfig(@\"LINUX || \"\"n\"\"\")] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(@\"LINUX || NOPE\")|}] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"\"\"\nLINUX && NOPE\n\"\"\")|}] void M() { }")]
    [InlineData("[RequiresKconfig(\"LIN\" + \"UX\")] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(\"LINUX\" + \" && NOPE\")|}] void M() { }")]
    [InlineData("[{|KCONF004:RequiresKconfig(expression: \"NOPE\")|}] void M() { }")]
    public Task Attribute_literal_read_as_syntax(string member) =>
        Verifier.VerifyAsync(Usings + "class C\n{\n    " + member + "\n}\n", FlagMode.Readonly);

    /// <summary>
    /// A type of our attribute's name with another constructor (here generic, which the names bind to as well): the
    /// literal read as syntax must be the constructor's first argument, so a valid text named for a later parameter
    /// does not stand for the first.
    /// </summary>
    [Fact]
    public Task Attribute_literal_named_for_a_later_parameter() => Verifier.VerifyAsync(
        Usings + "namespace KconfigSharp { [System.AttributeUsage(System.AttributeTargets.All)] sealed class KconfigGuardAttribute<T> : System.Attribute "
        + "{ public KconfigGuardAttribute(string expression, string other = \"\") { } } }\n"
        + "class C\n{\n    [{|KCONF004:KconfigGuard<int>(other: \"LINUX\", expression: \"NOPE\")|}] static bool G => true;\n"
        + "    [KconfigGuard<int>(\"LINUX\", \"NOPE\")] static bool H => true;\n}\n",
        FlagMode.Readonly);

    /// <summary>Past a few hundred mentions of the names, the file is walked whole instead: the same answer.</summary>
    [Fact]
    public Task Attribute_in_a_file_that_mentions_the_name_often()
    {
        var mentions = string.Concat(Enumerable.Repeat("    // RequiresKconfig KconfigGuard\n", 200));
        return Verifier.VerifyAsync(
            Usings + "class C\n{\n" + mentions + "    [{|KCONF004:RequiresKconfig(\"NOPE\")|}] void M() { }\n    [RequiresKconfig(\"LINUX\")] void N() { }\n}\n",
            FlagMode.Readonly);
    }

    [Fact]
    public Task Unknown_symbol_message_names_it() => Verifier.VerifyAsync(
        Usings + "class C\n{\n    [{|#0:RequiresKconfig(\"NOPE\")|}] void M() { }\n}\n",
        FlagMode.Readonly,
        Verifier.Diagnostic("KCONF004").WithArguments("RequiresKconfig", "NOPE", "'NOPE' is not a Kconfig symbol of this compilation (no member has [KconfigSymbol(\"NOPE\")])"));

    [Fact]
    public Task Generated_code_is_not_checked_only_what_people_wrote() => Verifier.VerifyAsync(
        "// <auto-generated/>\n" + Usings + "class Generated\n{\n    [RequiresKconfig(\"NOT_A_SYMBOL\")] void M() { }\n}\n",
        FlagMode.Readonly);

    /// <summary>KCONF004 skips a file whose text spells neither name; the text is read in chunks, so a name across a chunk boundary must still count.</summary>
    [Theory]
    [InlineData(1020)]
    [InlineData(1024)]
    [InlineData(4090)]
    public Task Attribute_after_long_text(int nameOffset)
    {
        // The comment pads the text so that the attribute's name starts at nameOffset.
        const string BeforeName = "class C\n{\n    [";
        var comment = "// " + new string('x', nameOffset - Usings.Length - BeforeName.Length - 4) + "\n";
        return Verifier.VerifyAsync(Usings + comment + "class C\n{\n    [{|KCONF004:RequiresKconfig(\"NOPE\")|}] void M() { }\n}\n", FlagMode.Readonly);
    }
}
