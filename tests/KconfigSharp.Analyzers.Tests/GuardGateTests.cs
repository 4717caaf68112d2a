using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Verifier = KconfigSharp.Analyzers.Tests.AnalyzerVerifier<KconfigSharp.Analyzers.Guards.GuardAnalyzer>;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// The guard analyzer's syntax gate (<c>GuardGate</c>) turns a code block away before Roslyn builds its
/// operation tree only when no use of a flag or an annotated member can be in it. These are the uses
/// that spell no such name — target-typed <c>new()</c>, an indexer, a delegate invocation (of a delegate type nested in an annotated type), a constructor
/// initializer, a using alias, a flag type spelled another way — each of which must still be analysed; and a block that only looks
/// interesting (a local named like a flag) still gets no diagnostic.
/// </summary>
public sealed class GuardGateTests
{
    private const string Prelude = """
        using KconfigSharp;
        using F = SampleApp.FeatureFlags;
        using Dev = Device;
        using Flags = global::SampleApp.FeatureFlags;

        static class Api { public static void Use(bool value) { } }
        static class Other { public static bool Multiprocess => true; }

        [RequiresKconfig("LINUX")]
        class Device
        {
            public void Run() { }
        }

        class Table
        {
            [RequiresKconfig("LINUX")] public int this[int i] => i;
        }

        [RequiresKconfig("LINUX")]
        static class LinuxOnly
        {
            public delegate void Handler();
        }

        """;

    public static TheoryData<string> Bodies => new()
    {
        "Take({|KCONF002:new()|});",
        "if (F.Linux) Take(new());",
        "var x = {|KCONF002:t[0]|};",
        "if (F.Linux) { var x = t[0]; }",
        "{|KCONF002:h()|};",
        "if (F.Linux) h();",
        "var d = {|KCONF002:new Dev()|};",
        "if (F.Linux) { var d = new Dev(); }",
        "var Multiprocess = 1; Multiprocess++;",
        "Api.Use({|KCONF001:global::SampleApp.FeatureFlags.Multiprocess|});",
        "Api.Use({|KCONF001:SampleApp.FeatureFlags.Multiprocess|});",
        "Api.Use({|KCONF001:Flags.Multiprocess|});",
        "Api.Use(Other.Multiprocess);",
        "Take(null);",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Uses_that_spell_no_annotated_name_are_still_analysed(string body) => Verifier.VerifyAllModesAsync(
        Prelude + "class C\n{\n    static void Take(Device d) { }\n\n    void M(Table t, LinuxOnly.Handler h)\n    {\n        " + body + "\n    }\n}\n");

    [Fact]
    public Task A_bare_flag_name_under_using_static_is_analysed() => Verifier.VerifyAllModesAsync(
        "using static SampleApp.FeatureFlags;\nclass C\n{\n    bool M() => {|KCONF001:Multiprocess|};\n    bool N() => MultiprocessAllowed && Multiprocess;\n}\n");

    /// <summary>
    /// A <c>global using static</c> in one file lets every file read the flags by their bare names, so no file may be
    /// skipped because its text does not spell the flag type (the compilation's usings are read once, for every analyzer).
    /// </summary>
    [Theory]
    [InlineData(FlagMode.ConstOn)]
    [InlineData(FlagMode.Readonly)]
    public Task A_bare_flag_name_under_a_global_using_static_in_another_file_is_analysed(FlagMode mode)
    {
        var test = new CSharpAnalyzerTest<Guards.GuardAnalyzer, DefaultVerifier>
        {
            TestState =
            {
                Sources =
                {
                    "global using static SampleApp.FeatureFlags;\n",
                    "class C\n{\n    bool M() => {|KCONF001:Multiprocess|};\n    bool N() => MultiprocessAllowed && Multiprocess;\n}\n",
                    FeatureFlagsFixture.For(mode),
                    FeatureFlagsAttributes.Text,
                },
            },
        };
        return test.RunAsync();
    }

    /// <summary>A part of the flag type sees the flags by their bare names: its parts are not skipped by their own text.</summary>
    [Fact]
    public Task A_bare_flag_name_in_a_part_of_the_flag_type_is_analysed() => Verifier.VerifyAllModesAsync(
        "namespace SampleApp\n{\n    internal static partial class FeatureFlags\n    {\n        static bool M() => {|KCONF001:Multiprocess|};\n        static bool N() => MultiprocessAllowed && Multiprocess;\n    }\n}\n");

    [Fact]
    public Task A_constructor_initializer_of_an_annotated_base_is_analysed() => Verifier.VerifyAllModesAsync(
        Prelude + "class Derived : Device\n{\n    public Derived() {|KCONF002:: base()|} { }\n\n    [RequiresKconfig(\"LINUX\")] public Derived(int i) : base() { }\n}\n");

    /// <summary>
    /// The gate takes a source member as annotated when its declaration's own attribute lists spell one of
    /// the attribute names, without binding them: every place such an attribute can sit must still make its
    /// member (or type) annotated, and an attribute only so named must still change no result.
    /// </summary>
    [Theory]
    [InlineData("class Holder { [RequiresKconfig(\"LINUX\")] public static int A = 1, B = 2; }", "var x = {|KCONF002:Holder.B|};")]
    [InlineData("partial class Holder { public static void Run() { } }\n[RequiresKconfig(\"LINUX\")] partial class Holder { }", "{|KCONF002:Holder.Run()|};")]
    [InlineData("record Holder([property: RequiresKconfig(\"LINUX\")] int X);", "var x = {|KCONF002:new Holder(1).X|};")]
    [InlineData("enum Mode { Slow, [RequiresKconfig(\"LINUX\")] Fast }", "var x = {|KCONF002:Mode.Fast|};")]
    [InlineData("class Outer { [RequiresKconfig(\"LINUX\")] public class Holder { public static void Run() { } } }", "{|KCONF002:Outer.Holder.Run()|};")]
    [InlineData("class Holder { // [RequiresKconfig(\"LINUX\")]\n public static void Run() { } }", "Holder.Run();")]
    [InlineData("namespace Other { class RequiresKconfigAttribute : System.Attribute { public RequiresKconfigAttribute(string s) { } } }\n[Other.RequiresKconfig(\"LINUX\")] class Holder { [Other.RequiresKconfig(\"LINUX\")] public static void Run() { } public Holder() { } }", "Holder.Run(); var h = new Holder();")]
    public Task Annotated_members_are_found_wherever_the_attribute_sits(string declarations, string body) => Verifier.VerifyAllModesAsync(
        "using KconfigSharp;\n" + declarations + "\nclass C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n");
}
