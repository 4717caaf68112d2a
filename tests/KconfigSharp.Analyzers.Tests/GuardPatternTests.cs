using Verifier = KconfigSharp.Analyzers.Tests.AnalyzerVerifier<KconfigSharp.Analyzers.Guards.GuardAnalyzer>;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// Guard patterns in the style of CA1416's GuardedCallsTests: each case is a method body (or members)
/// with the expected diagnostics as markup; every case runs with const-on, const-off and readonly flags
/// and must give the same diagnostics. F is SampleApp.FeatureFlags (see <see cref="FeatureFlagsFixture"/>).
/// </summary>
public sealed class GuardPatternTests
{
    private const string Prelude = """
        using System;
        using System.Diagnostics;
        using System.Diagnostics.CodeAnalysis;
        using KconfigSharp;
        using F = SampleApp.FeatureFlags;

        static class Api
        {
            [RequiresKconfig("MULTIPROCESS_ALLOWED")] public static void Mp() { }
            [RequiresKconfig("MULTIPROCESS_ALLOWED")] public static bool MpProp => true;
            [RequiresKconfig("LINUX || VHOST")] public static void Either() { }
            [RequiresKconfig("LINUX && VHOST")] public static void Both() { }
            [RequiresKconfig("!FUZZ")] public static void NoFuzz() { }
            [KconfigGuard("MULTIPROCESS_ALLOWED")] public static bool MpGuard => true;
            [KconfigGuard("MULTIPROCESS_ALLOWED")] public static bool MpGuardMethod() => true;
            public static void Check([DoesNotReturnIf(false)] bool condition) { if (!condition) throw new InvalidOperationException(); }
            public static void Use(bool value) { }
        }

        [RequiresKconfig("LINUX")]
        static class LinuxOnly
        {
            public static void Run() { }
        }

        [RequiresKconfig("LINUX")]
        class Device
        {
        }

        """;

    public static TheoryData<string> Kconf001Bodies => new()
    {
        // Plain reads.
        "Api.Use({|KCONF001:F.Multiprocess|});",
        "if (F.MultiprocessAllowed) Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed) { Api.Use(F.Multiprocess); }",
        "if (!F.MultiprocessAllowed) { Api.Use({|KCONF001:F.Multiprocess|}); }",
        "if ({|KCONF001:F.Multiprocess|}) Api.Use(b);",
        "if (F.Linux) Api.Use({|KCONF001:F.Multiprocess|});",
        "if (F.MultiprocessAllowed) { if (b) { Api.Use(F.Multiprocess); } }",
        "if (F.MultiprocessAllowed) { } else { Api.Use({|KCONF001:F.Multiprocess|}); }",
        "if (!F.MultiprocessAllowed) { } else { Api.Use(F.Multiprocess); }",
        "if (F.MultiprocessAllowed) { Api.Use(b); } Api.Use({|KCONF001:F.Multiprocess|});",
        "Api.Use(nameof(F.Multiprocess).Length == 0);",

        // Early exits.
        "if (!F.MultiprocessAllowed) return; Api.Use(F.Multiprocess);",
        "if (!F.MultiprocessAllowed) throw new Exception(); Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed) return; Api.Use({|KCONF001:F.Multiprocess|});",
        "if (F.MultiprocessAllowed) goto done; return; done: Api.Use(F.Multiprocess);",
        "return; Api.Use({|KCONF001:F.Multiprocess|});",

        // Equality and patterns.
        "if (F.MultiprocessAllowed == false) return; Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed == true) Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed != false) Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed != true) Api.Use({|KCONF001:F.Multiprocess|});",
        "if (false == F.MultiprocessAllowed) return; Api.Use(F.Multiprocess);",
        "if (true != F.MultiprocessAllowed) return; Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed is true) Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed is false) return; Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed is not true) return; Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed is not false) Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed is not true) Api.Use({|KCONF001:F.Multiprocess|});",
        "if (F.MultiprocessAllowed is false) Api.Use({|KCONF001:F.Multiprocess|});",

        // Logical operators.
        "if (F.MultiprocessAllowed && b) Api.Use(F.Multiprocess);",
        "if (b && F.MultiprocessAllowed) Api.Use(F.Multiprocess);",
        "if (F.MultiprocessAllowed || b) Api.Use({|KCONF001:F.Multiprocess|});",
        "if (!F.MultiprocessAllowed || b) return; Api.Use(F.Multiprocess);",
        "if (!(F.MultiprocessAllowed && b)) return; Api.Use(F.Multiprocess);",
        "if (!(!F.MultiprocessAllowed)) Api.Use(F.Multiprocess);",
        "if (!(F.MultiprocessAllowed || b)) Api.Use({|KCONF001:F.Multiprocess|});",
        "if (i > 0 && F.MultiprocessAllowed) Api.Use(F.Multiprocess); else Api.Use({|KCONF001:F.Multiprocess|});",
        "Api.Use(F.MultiprocessAllowed && F.Multiprocess);",
        "Api.Use(F.MultiprocessAllowed || {|KCONF001:F.Multiprocess|});",
        "Api.Use(!F.MultiprocessAllowed || F.Multiprocess);",
        "var local = F.MultiprocessAllowed && F.Multiprocess;",

        // Conditional operator.
        "Api.Use(F.MultiprocessAllowed ? F.Multiprocess : false);",
        "Api.Use(F.MultiprocessAllowed ? false : {|KCONF001:F.Multiprocess|});",
        "Api.Use(!F.MultiprocessAllowed ? false : F.Multiprocess);",
        "if (b ? F.MultiprocessAllowed : F.MultiprocessAllowed) Api.Use(F.Multiprocess);",

        // Assertions.
        "Debug.Assert(F.MultiprocessAllowed); Api.Use(F.Multiprocess);",
        "Debug.Assert(F.MultiprocessAllowed && b); Api.Use(F.Multiprocess);",
        "Debug.Assert(!F.MultiprocessAllowed); Api.Use({|KCONF001:F.Multiprocess|});",
        "Debug.Assert(F.MultiprocessAllowed, \"mp\"); Api.Use(F.Multiprocess);",
        "Api.Check(F.MultiprocessAllowed); Api.Use(F.Multiprocess);",
        "Api.Use({|KCONF001:F.Multiprocess|}); Debug.Assert(F.MultiprocessAllowed);",

        // Loops, break and continue.
        "while (F.MultiprocessAllowed) { Api.Use(F.Multiprocess); break; }",
        "while (b) { if (!F.MultiprocessAllowed) break; Api.Use(F.Multiprocess); }",
        "while (b) { if (!F.MultiprocessAllowed) continue; Api.Use(F.Multiprocess); }",
        "while (b) { Api.Use({|KCONF001:F.Multiprocess|}); if (!F.MultiprocessAllowed) break; }",
        "for (var k = 0; k < i; k++) { if (F.MultiprocessAllowed) Api.Use(F.Multiprocess); }",
        "foreach (var k in new[] { 1 }) { if (!F.MultiprocessAllowed) continue; Api.Use(F.Multiprocess); }",
        "do { if (!F.MultiprocessAllowed) break; Api.Use(F.Multiprocess); } while (b);",
        "for (var k = 0; k < i; k++) { Api.Use({|KCONF001:F.Multiprocess|}); }",
        "while (!F.MultiprocessAllowed) { b = !b; } Api.Use(F.Multiprocess);",

        // try/catch/finally, using, lock.
        "if (!F.MultiprocessAllowed) return; try { Api.Use(F.Multiprocess); } finally { Api.Use(F.Multiprocess); }",
        "try { if (!F.MultiprocessAllowed) return; Api.Use(F.Multiprocess); } finally { Api.Use({|KCONF001:F.Multiprocess|}); }",
        "if (!F.MultiprocessAllowed) return; try { Api.Use(b); } catch (Exception) { Api.Use(F.Multiprocess); }",
        "try { Api.Use(b); } catch (Exception) { Api.Use({|KCONF001:F.Multiprocess|}); }",
        "using (var d = new System.IO.MemoryStream()) { if (!F.MultiprocessAllowed) return; Api.Use(F.Multiprocess); }",
        "lock (Prelude()) { if (F.MultiprocessAllowed) Api.Use(F.Multiprocess); }",

        // Lambdas and local functions.
        "if (F.MultiprocessAllowed) { Action a = () => Api.Use(F.Multiprocess); a(); }",
        "Action a = () => Api.Use({|KCONF001:F.Multiprocess|}); if (F.MultiprocessAllowed) a();",
        "if (!F.MultiprocessAllowed) return; Func<bool> f = () => F.Multiprocess;",
        "Func<bool> f = () => F.MultiprocessAllowed && F.Multiprocess;",
        "if (F.MultiprocessAllowed) { Local(); } void Local() => Api.Use(F.Multiprocess);",
        "Local(); void Local() => Api.Use({|KCONF001:F.Multiprocess|});",
        "if (F.MultiprocessAllowed) Local(); Local(); void Local() => Api.Use({|KCONF001:F.Multiprocess|});",

        // [KconfigGuard] members.
        "if (Api.MpGuard) Api.Use(F.Multiprocess);",
        "if (Api.MpGuardMethod()) Api.Use(F.Multiprocess);",
        "if (!Api.MpGuard) return; Api.Use(F.Multiprocess);",
        "if (!Api.MpGuard) Api.Use({|KCONF001:F.Multiprocess|});",
        "if (Api.MpGuard is false) return; Api.Use(F.Multiprocess);",

        // Facts closed under the model: select and depends on; imply gives nothing.
        "if (F.Fuzz) Api.Use(F.Multiprocess);",
        "if (F.MpServer) Api.Use(F.Multiprocess);",
        "if (F.Multiprocess && F.VfioUserServerAllowed) Api.Use(F.VfioUserServer);".Replace("F.Multiprocess &&", "{|KCONF001:F.Multiprocess|} &&"),
        "if (F.Linux && F.Vhost) Api.Use(F.VhostUser);",
        "if (F.Linux) Api.Use({|KCONF001:F.VhostUser|});",
        "if (F.Vhost) Api.Use({|KCONF001:F.VhostUser|});",

        // Locals are not tracked (as in ILLink): the guard must test the flag itself.
        "var ok = F.MultiprocessAllowed; if (ok) Api.Use({|KCONF001:F.Multiprocess|});",

        // Tristate flags.
        "switch (F.Kvm) { case Tristate.Yes: Api.Use(F.KvmAccel); break; }",
        "switch (F.Kvm) { case Tristate.Module: Api.Use(F.KvmAccel); break; case Tristate.No: Api.Use({|KCONF001:F.KvmAccel|}); break; }",
        "switch (F.Kvm) { case Tristate.No: return; } Api.Use(F.KvmAccel);",
        "switch (F.Kvm) { default: Api.Use({|KCONF001:F.KvmAccel|}); break; }",
        "if (F.Kvm != Tristate.No) Api.Use(F.KvmAccel);",
        "if (F.Kvm == Tristate.No) return; Api.Use(F.KvmAccel);",
        "if (F.Kvm == Tristate.Yes) Api.Use(F.KvmAccel);",
        "if (F.Kvm != Tristate.Yes) Api.Use({|KCONF001:F.KvmAccel|});",
        "if (F.Kvm is Tristate.Yes or Tristate.Module) Api.Use(F.KvmAccel);",
        "if (F.Kvm is not Tristate.No) Api.Use(F.KvmAccel);",
        "var x = F.Kvm switch { Tristate.Yes => F.KvmAccel, _ => false };",
        "var x = F.Kvm switch { Tristate.No => {|KCONF001:F.KvmAccel|}, _ => false };",
    };

    public static TheoryData<string> Kconf002Bodies => new()
    {
        "{|KCONF002:Api.Mp()|};",
        "if (F.MultiprocessAllowed) Api.Mp();",
        "if (!F.MultiprocessAllowed) return; Api.Mp();",
        "if (!F.MultiprocessAllowed) {|KCONF002:Api.Mp()|};",
        "if (F.Fuzz) Api.Mp();",
        "if (F.MpServer) Api.Mp();",
        "if (F.Linux) {|KCONF002:Api.Mp()|};",
        "if (Api.MpGuard) Api.Mp();",
        "Debug.Assert(F.MultiprocessAllowed); Api.Mp();",
        "if (F.MultiprocessAllowed is false) return; Api.Mp();",
        "if (F.Linux) Api.Either();",
        "if (F.Vhost) Api.Either();",
        "if (F.Linux || F.Vhost) Api.Either();",
        "if (!F.Linux && !F.Vhost) return; Api.Either();",
        "{|KCONF002:Api.Either()|};",
        "if (F.Linux && F.Vhost) Api.Both();",
        "if (F.Linux) { if (F.Vhost) Api.Both(); }",
        "if (F.Linux) {|KCONF002:Api.Both()|};",
        "if (F.Linux || F.Vhost) {|KCONF002:Api.Both()|};",
        "if (!F.Fuzz) Api.NoFuzz();",
        "if (F.Fuzz) return; Api.NoFuzz();",
        "if (F.Fuzz) {|KCONF002:Api.NoFuzz()|};",
        "{|KCONF002:LinuxOnly.Run()|};",
        "if (F.Linux) LinuxOnly.Run();",
        "if (F.MpServer) LinuxOnly.Run();",
        "var d = {|KCONF002:new Device()|};",
        "if (F.Linux) { var d = new Device(); }",
        "Api.Use({|KCONF002:Api.MpProp|});",
        "if (F.MultiprocessAllowed) Api.Use(Api.MpProp);",
        "Action a = {|KCONF002:Api.Mp|};",
        "if (F.MultiprocessAllowed) { Action a = Api.Mp; }",
        "if (F.MultiprocessAllowed) { Action a = () => Api.Mp(); }",
        "Action a = () => {|KCONF002:Api.Mp()|};",
        "if (F.MultiprocessAllowed) L(); void L() => Api.Mp();",
        "try { {|KCONF002:Api.Mp()|}; } finally { }",
        "if (!F.MultiprocessAllowed) throw new Exception(); try { } finally { Api.Mp(); }",
        "while (b) { if (!F.MultiprocessAllowed) continue; Api.Mp(); }",
        "Api.Use(F.MultiprocessAllowed && Api.MpProp);",
    };

    public static TheoryData<string> MemberCases => new()
    {
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void M() => Api.Mp();",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void M() => Api.Use(F.Multiprocess);",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void M() { } void N() => {|KCONF002:M()|};",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void M() { } void N() { if (F.MultiprocessAllowed) M(); }",
        "[RequiresKconfig(\"LINUX\")] void M() => {|KCONF002:Api.Mp()|};",
        "[RequiresKconfig(\"LINUX || VHOST\")] void M() => Api.Either();",
        "[RequiresKconfig(\"LINUX\")] void M() => Api.Either();",
        "[RequiresKconfig(\"LINUX\")] [RequiresKconfig(\"VHOST\")] void M() => Api.Both();",
        "[RequiresKconfig(\"FUZZ\")] void M() => Api.Mp();",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] class Inner { void M() => Api.Mp(); }",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] class Inner { class Deeper { bool M() => F.Multiprocess; } }",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] bool P => F.Multiprocess;",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] bool P { get { Api.Mp(); return true; } }",
        "bool P { [RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] get { Api.Mp(); return true; } }",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void M() { Action a = () => Api.Mp(); }",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void M() { L(); void L() => Api.Mp(); }",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] C() { Api.Mp(); }",
        "static C() { {|KCONF002:Api.Mp()|}; }",
        "C() { if (F.MultiprocessAllowed) Api.Mp(); }",
        "bool f = {|KCONF001:F.Multiprocess|};",
        "bool f = F.MultiprocessAllowed && F.Multiprocess;",
        "bool P { get; } = {|KCONF001:F.Multiprocess|};",
        "bool M() => {|KCONF001:F.Multiprocess|};",
        "bool M() => F.MultiprocessAllowed ? F.Multiprocess : false;",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] void M() { } [RequiresKconfig(\"FUZZ\")] void N() => M();",
        "[RequiresKconfig(\"LINUX\")] void M() { } [RequiresKconfig(\"MP_SERVER\")] void N() => M();",
        "[RequiresKconfig(\"LINUX\")] void M() { } void N() { if (F.MpServer && F.Linux) M(); }",
        "void M() { Api.Use(b); } bool b;",
    };

    public static TheoryData<string> Kconf003Bodies => new()
    {
        "if ({|KCONF003:F.Fuzz && !F.SparseMem|}) { }",
        "if ({|KCONF003:F.Fuzz && !F.MultiprocessAllowed|}) { }",
        "if (F.Fuzz && F.SparseMem) { }",
        "if (!F.Fuzz && F.SparseMem) { }",
        "if ({|KCONF003:F.MpServer && !F.Linux|}) { }",
        "if (F.MpServer || !F.Linux) { }",
        "if ({|KCONF003:F.Linux && !F.Linux|}) { }",
        "var x = {|KCONF003:F.Fuzz && !F.SparseMem|} ? 1 : 0;",
        "while ({|KCONF003:F.Fuzz && !F.SparseMem|}) { break; }",
        "if ({|KCONF003:F.Fuzz is true && F.SparseMem is false|}) { }",
        "if ({|KCONF003:F.Fuzz == true && F.SparseMem == false|}) { }",
        "if (F.Fuzz && b) { }",
        "if ({|KCONF003:F.MpServer && !F.Fuzz && !F.MultiprocessAllowed|}) { }",
        "if (F.Fuzz && !F.Linux) { }",
        "if ({|KCONF003:F.VfioUserServerAllowed && F.VfioUserServer && !{|KCONF001:F.Multiprocess|}|}) { }",
        "if (F.VfioUserServerAllowed && F.VfioUserServer && F.MultiprocessAllowed && F.Multiprocess) { }",
        "if ({|KCONF003:Api.MpGuard && F.MpServer && !F.Linux|}) { }",
        "if ({|KCONF003:F.Kvm == Tristate.No && F.Kvm != Tristate.No|}) { }",
        "if ({|KCONF003:F.SchedFair && F.SchedRt|}) { }",
        "if (F.SchedFair || F.SchedRt) { }",
        "if (F.SchedFair && !F.SchedRt) { }",
    };

    [Theory]
    [MemberData(nameof(Kconf001Bodies))]
    public Task KCONF001_guard_pattern(string body) => Verifier.VerifyAllModesAsync(WrapBody(body));

    [Theory]
    [MemberData(nameof(Kconf002Bodies))]
    public Task KCONF002_guard_pattern(string body) => Verifier.VerifyAllModesAsync(WrapBody(body));

    [Theory]
    [MemberData(nameof(Kconf003Bodies))]
    public Task KCONF003_guard_pattern(string body) => Verifier.VerifyAllModesAsync(WrapBody(body));

    [Theory]
    [MemberData(nameof(MemberCases))]
    public Task Context_pattern(string members) => Verifier.VerifyAllModesAsync(Prelude + "partial class C\n{\n    static object Prelude() => new object();\n    " + members + "\n}\n");

    private static string WrapBody(string body) =>
        Prelude + "partial class C\n{\n    static object Prelude() => new object();\n\n    void M(int i, bool b)\n    {\n        " + body + "\n    }\n}\n";
}
