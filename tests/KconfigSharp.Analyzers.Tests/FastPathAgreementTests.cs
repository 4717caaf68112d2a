using System.Collections.Immutable;
using CsCheck;
using KconfigSharp.Analyzers.Flow;
using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// The guard analyzer's syntax fast path (<c>StraightLineGuards</c>) against its graph path on the same
/// code: the diagnostics must be identical (id, location, message, fix properties), and the fast path must
/// really take parts off the graph path (counted through the analyzer's test seam), or the comparison
/// would prove nothing.
/// </summary>
public sealed class FastPathAgreementTests
{
    /// <summary>Annotated members the cases use, besides the fixture's flags.</summary>
    private const string Prelude = """
        using System;
        using System.Diagnostics;
        using KconfigSharp;
        using SampleApp;
        using F = SampleApp.FeatureFlags;

        static class Api
        {
            [RequiresKconfig("MULTIPROCESS")] public static void NeedsMp() { }
            [RequiresKconfig("LINUX || VHOST")] public static void NeedsEither() { }
            [RequiresKconfig("NET && LINUX")] public static void NeedsNet() { }
            [KconfigGuard("LINUX && NET")] public static bool NetOnLinux => FeatureFlags.Linux && FeatureFlags.Net;
            [KconfigGuard("MULTIPROCESS_ALLOWED")] public static bool MpAllowed() => FeatureFlags.MultiprocessAllowed;
            [KconfigGuard("LINUX || VHOST")] public static bool Either => FeatureFlags.Linux || FeatureFlags.Vhost;
        }

        """;

    public static TheoryData<string> Cases => new()
    {
        // Straight-line shapes the fast path proves.
        "if (FeatureFlags.MultiprocessAllowed) { _ = FeatureFlags.Multiprocess; }",
        "if (!FeatureFlags.MultiprocessAllowed) return; _ = FeatureFlags.Multiprocess; Api.NeedsMp();",
        "if (FeatureFlags.Linux && FeatureFlags.Net) { Api.NeedsNet(); }",
        "if (Api.NetOnLinux) { Api.NeedsNet(); }",
        "if (Api.MpAllowed()) { _ = FeatureFlags.Multiprocess; }",
        "x += F.MultiprocessAllowed ? (F.Multiprocess ? 1 : 0) : 0;",
        "if (FeatureFlags.MultiprocessAllowed == false) { return; } else { x++; } _ = FeatureFlags.Multiprocess;",
        "if (FeatureFlags.Linux is false) return; Api.NeedsEither();",
        "if (Api.Either) Api.NeedsEither();",
        "if (FeatureFlags.Linux || FeatureFlags.Vhost) Api.NeedsEither();",
        "if (!(FeatureFlags.Linux || FeatureFlags.Vhost)) return; Api.NeedsEither();",
        "var ok2 = FeatureFlags.MultiprocessAllowed && FeatureFlags.Multiprocess;",
        "while (x < 3 && FeatureFlags.MultiprocessAllowed) { _ = FeatureFlags.Multiprocess; x++; }",
        "if (FeatureFlags.MultiprocessAllowed) { Action a = () => { _ = FeatureFlags.Multiprocess; }; a(); }",
        "var enabled = FeatureFlags.Linux && FeatureFlags.Net; if (enabled && Api.NetOnLinux) { Api.NeedsNet(); }",
        "if (ok && Api.Either) { Api.NeedsEither(); } if (x > 0 || FeatureFlags.Linux) { Api.NeedsEither(); }",
        // Diagnostics: the graph path reports them.
        "_ = FeatureFlags.Multiprocess;",
        "Api.NeedsMp();",
        "if (FeatureFlags.Fuzz && !FeatureFlags.SparseMem) { }",
        "if (FeatureFlags.Linux) { } else { Api.NeedsEither(); }",
        "if (ok) return; Api.NeedsNet();",
        // Shapes the fast path refuses: unreachable code, loops on true, try/catch, tristates, goto.
        "return; Api.NeedsMp();",
        "if (FeatureFlags.Linux) return; else return; Api.NeedsNet();",
        "while (true) { if (FeatureFlags.MultiprocessAllowed) break; } _ = FeatureFlags.Multiprocess;",
        "if (!FeatureFlags.MultiprocessAllowed) return; try { x++; } catch (Exception) { return; } _ = FeatureFlags.Multiprocess;",
        "if (FeatureFlags.Kvm != Tristate.No) { _ = FeatureFlags.KvmAccel; }",
        "if (!FeatureFlags.MultiprocessAllowed) goto end; _ = FeatureFlags.Multiprocess; end: x++;",
        "Debug.Assert(FeatureFlags.MultiprocessAllowed); _ = FeatureFlags.Multiprocess;",
        "switch (x) { case 1: if (!FeatureFlags.MultiprocessAllowed) break; _ = FeatureFlags.Multiprocess; break; default: break; }",
        "if (true) return; Api.NeedsMp();",
        // Loops and branches on a const flag (ConstOn: the compiler knows the loop never ends).
        "if (!FeatureFlags.MultiprocessAllowed) return; while (FeatureFlags.Linux) { x++; } _ = FeatureFlags.Multiprocess;",
        "if (!FeatureFlags.MultiprocessAllowed) return; for (; FeatureFlags.Linux;) { x++; } _ = FeatureFlags.Multiprocess;",
        "if (FeatureFlags.Linux) return; _ = FeatureFlags.Multiprocess;",
        "if (FeatureFlags.MultiprocessAllowed) { } else { return; } do { _ = FeatureFlags.Multiprocess; } while (FeatureFlags.Linux);",
        // Names that are not what they look like.
        "_ = nameof(FeatureFlags.Multiprocess);",
        "void L() { _ = FeatureFlags.Multiprocess; } if (FeatureFlags.MultiprocessAllowed) L();",
        "Func<bool> f = () => FeatureFlags.Multiprocess; if (FeatureFlags.MultiprocessAllowed) { Func<bool> g = () => FeatureFlags.Multiprocess; }",
        "var Linux = FeatureFlags.Linux; if (Linux) { Api.NeedsEither(); }",
        // A name on several types: bare, it is this type's; on another receiver, any of them.
        "if (FeatureFlags.Linux) { Twin.NeedsOne(); new Twin().Needs(); Needs(); } if (FeatureFlags.Net) { Needs(); new Twin().Needs(); }",
    };

    public static TheoryData<string> Members => new()
    {
        "static bool Field = FeatureFlags.Multiprocess;",
        "static bool Guarded = FeatureFlags.MultiprocessAllowed && FeatureFlags.Multiprocess;",
        "bool Property => FeatureFlags.MultiprocessAllowed ? FeatureFlags.Multiprocess : false;",
        "bool Accessor { get { if (!FeatureFlags.MultiprocessAllowed) return false; return FeatureFlags.Multiprocess; } }",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] bool Required() => FeatureFlags.Multiprocess;",
        "[RequiresKconfig(\"MULTIPROCESS_ALLOWED\")] bool Setter { set { _ = FeatureFlags.Multiprocess; } }",
        "void Defaults(bool b = FeatureFlags.Multiprocess) { }",
        "C() : this(FeatureFlags.Multiprocess) { } C(bool b) { }",
        "int this[int i] => FeatureFlags.Linux ? i : 0;",
        "event Action E { add { Api.NeedsMp(); } remove { } }",
        "[System.CodeDom.Compiler.GeneratedCode(\"t\", \"1\")] void Generated() { Api.NeedsMp(); }",
        "static class Nested { static void M() { if (Api.MpAllowed()) { _ = FeatureFlags.Multiprocess; } } }",
        // Guard members read bare: the type's own static member (found without the speculative binder), an instance
        // member, a nested type's member of the same name (it hides the outer guard), a derived type's own member
        // (it hides the base's guard), and a generic type's own member.
        "[KconfigGuard(\"MULTIPROCESS_ALLOWED\")] static bool Ready => FeatureFlags.MultiprocessAllowed; "
            + "void UsesOwn() { if (Ready) { _ = FeatureFlags.Multiprocess; } }",
        "[KconfigGuard(\"MULTIPROCESS_ALLOWED\")] bool Ready => FeatureFlags.MultiprocessAllowed; "
            + "void UsesOwn() { if (Ready) { _ = FeatureFlags.Multiprocess; } }",
        "[KconfigGuard(\"MULTIPROCESS_ALLOWED\")] static bool Ready => FeatureFlags.MultiprocessAllowed; "
            + "class Inner { static bool Ready = true; void UsesOwn() { if (Ready) { _ = FeatureFlags.Multiprocess; } } }",
        "class Base { [KconfigGuard(\"MULTIPROCESS_ALLOWED\")] protected static bool Ready => FeatureFlags.MultiprocessAllowed; } "
            + "class Derived : Base { static bool Ready => true; void UsesOwn() { if (Ready) { _ = FeatureFlags.Multiprocess; } } } "
            + "class Plain : Base { void UsesBase() { if (Ready) { _ = FeatureFlags.Multiprocess; } } }",
        "class Generic<T> { [KconfigGuard(\"MULTIPROCESS_ALLOWED\")] static bool Ready => FeatureFlags.MultiprocessAllowed; "
            + "void UsesOwn() { if (Ready) { _ = FeatureFlags.Multiprocess; } } }",
        // A parameter hides the type of its name (the signature's names are gathered apart from the body's walk).
        "class Lookalike { public bool Either => true; } void Param(Lookalike Api) { if (Api.Either) { global::Api.NeedsEither(); } }",
        "class Lookalike { public bool Either => true; } [RequiresKconfig(\"LINUX\")] void Param(int n, [System.Diagnostics.CodeAnalysis.AllowNull] Lookalike Api = null) { if (Api.Either) { global::Api.NeedsEither(); } }",
        // A local function declared after its use hides a guard method of the same name (the one walk meets the
        // use first, so its answer "not declared" is checked when the walk ends).
        "[KconfigGuard(\"LINUX && NET\")] static bool NetOnLinux() => FeatureFlags.Linux && FeatureFlags.Net; "
            + "void UsesALocalFirst() { if (NetOnLinux()) { Api.NeedsNet(); } static bool NetOnLinux() => true; }",
    };

    /// <summary>
    /// Type declarations of one namespace that bind the qualifier <c>FeatureFlags</c> differently: the first binds
    /// the flag type, the others find a member, an inherited member or a containing type's member of that name
    /// first. A binding shared between them (SharedQualifiers) would prove their unguarded reads guarded.
    /// </summary>
    public static TheoryData<string> Scopes => new()
    {
        "class Inner { static class FeatureFlags { public static bool MultiprocessAllowed = true; } READ }",
        "class Inner : Holder { READ }",
        "class Inner { static class FeatureFlags { public static bool MultiprocessAllowed = true; } class Deeper { READ } }",
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void A_qualifier_is_bound_for_each_type_whose_own_lookup_finds_it(string shadowed)
    {
        const string Read = "void M() { if (FeatureFlags.MultiprocessAllowed) { _ = SampleApp.FeatureFlags.Multiprocess; } }";
        var source = Prelude + "namespace Area\n{\n"
            + "    class First { void M() { if (FeatureFlags.MultiprocessAllowed) { _ = FeatureFlags.Multiprocess; } } }\n"
            + "    " + shadowed.Replace("READ", Read, StringComparison.Ordinal) + "\n"
            + "    class Holder { protected static class FeatureFlags { public static bool MultiprocessAllowed = true; } }\n"
            + "    class Last { void M() { if (FeatureFlags.MultiprocessAllowed) { _ = FeatureFlags.Multiprocess; } } }\n}\n";
        foreach (var mode in new[] { FlagMode.ConstOn, FlagMode.Readonly })
        {
            var (fast, graph, _, _) = Run(mode, source);
            Assert.Equal(graph, fast);
            Assert.Single(graph, d => d.StartsWith("KCONF001", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_file_local_type_keeps_the_qualifier_bound_per_file()
    {
        // The same usings and namespace in both files: only the file-local type tells them apart.
        var usings = Prelude.Substring(0, Prelude.IndexOf("static class Api", StringComparison.Ordinal));
        var first = Prelude + "namespace Area\n{\n    class First { void M() { if (FeatureFlags.MultiprocessAllowed) { _ = FeatureFlags.Multiprocess; } } }\n}\n";
        var second = usings + "namespace Area\n{\n    file static class FeatureFlags { public static bool MultiprocessAllowed = true; }\n\n"
            + "    class Second { void M() { if (FeatureFlags.MultiprocessAllowed) { _ = SampleApp.FeatureFlags.Multiprocess; } } }\n}\n";
        foreach (var concurrent in new[] { false, true })
        {
            var (fast, graph, _, _) = Run(FlagMode.ConstOn, concurrent, first, second);
            Assert.Equal(graph, fast);
            Assert.Single(graph, d => d.StartsWith("KCONF001", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Both_paths_report_the_same_on_every_kind_of_member(string member)
    {
        foreach (var mode in new[] { FlagMode.ConstOn, FlagMode.ConstOff, FlagMode.Table })
        {
            var (fast, graph, _, _) = Run(mode, Prelude + "partial class C\n{\n    " + member + "\n}\n");
            Assert.Equal(graph, fast);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Both_paths_report_the_same(string body)
    {
        foreach (var mode in new[] { FlagMode.ConstOn, FlagMode.ConstOff, FlagMode.Readonly })
        {
            var source = Prelude + "class C\n{\n    [RequiresKconfig(\"NET\")] void Needs() { }\n\n    void M(int x, bool ok, int[] items)\n    {\n        " + body + "\n    }\n}\n"
                + "class Twin\n{\n    [RequiresKconfig(\"LINUX\")] public void Needs() { }\n\n    [RequiresKconfig(\"LINUX\")] public static void NeedsOne() { }\n}\n";
            var (fast, graph, _, _) = Run(mode, source);
            Assert.Equal(graph, fast);
        }
    }

    [Fact]
    public void The_fast_path_takes_guarded_straight_line_code_off_the_graph_path()
    {
        var source = Prelude + """
            class C
            {
                void A() { if (FeatureFlags.MultiprocessAllowed) { _ = FeatureFlags.Multiprocess; } }
                void B() { if (!Api.NetOnLinux) return; Api.NeedsNet(); }
                int D(int x) => F.MultiprocessAllowed && F.Multiprocess ? x : 0;
                void E() { Api.NeedsMp(); }
            }

            namespace Area
            {
                sealed class Component
                {
                    [RequiresKconfig("NET")] public int UsesNet(int x) => x;

                    [KconfigGuard("LINUX && NET")] public static bool Both => FeatureFlags.Net;

                    public string Describe(int x)
                    {
                        var enabled = FeatureFlags.Linux && FeatureFlags.Net;
                        if (enabled && Both)
                        {
                            return "on " + UsesNet(x).ToString();
                        }

                        return FeatureFlags.Vhost is false ? "off" : "partial";
                    }
                }
            }
            """;
        var (fast, graph, fastBlocks, graphBlocks) = Run(FlagMode.Readonly, source);

        Assert.Equal(graph, fast);
        Assert.Single(graph, d => d.StartsWith("KCONF002", StringComparison.Ordinal));

        // Api's three bodies that read flags are proved too, and the component's (a bare guard property,
        // a local holding a condition); only E (which reports) needs its graph.
        Assert.Equal(1, fastBlocks);
        Assert.True(graphBlocks >= 9, $"the graph path analysed {graphBlocks} blocks");
    }

    /// <summary>
    /// A signature whose nodes have many children: the method fills every slot, and its parameter list holds thousands
    /// of parameters, the last of which hides the guard class. The signature's names are gathered by a walk apart from
    /// the body's; if it missed the last parameter the fast path would take <c>Api.Either</c> for the guard and prove
    /// the call guarded, where the graph path reports it.
    /// </summary>
    [Fact]
    public void A_parameter_at_the_end_of_a_long_signature_still_hides_a_type()
    {
        var parameters = string.Join(", ", Enumerable.Range(0, 3000).Select(i => "int p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var member = "class Lookalike { public bool Either => true; }\n"
            + "    [System.Obsolete] static void Param<T>(" + parameters + ", Lookalike Api) where T : class { if (Api.Either) { global::Api.NeedsEither(); } }";
        foreach (var mode in new[] { FlagMode.ConstOff, FlagMode.Readonly })
        {
            var (fast, graph, _, _) = Run(mode, Prelude + "partial class C\n{\n    " + member + "\n}\n");
            Assert.Equal(graph, fast);
            Assert.Contains(graph, d => d.StartsWith("KCONF", StringComparison.Ordinal));
        }
    }

    /// <summary>The shape of the benchmark's synthetic component (benchmarks/.../SyntheticProject.cs) over the fixture's flags.</summary>
    [Fact]
    public void The_benchmark_components_shape_needs_no_graph()
    {
        var source = """
            namespace Synthetic.Area00;

            internal sealed class Component0000
            {
                private int _state = 0;

                [KconfigSharp.RequiresKconfig("MP_SERVER")]
                public int UsesB(int x) => x + _state;

                [KconfigSharp.KconfigGuard("MULTIPROCESS_ALLOWED && MP_SERVER")]
                public static bool Both => SampleApp.FeatureFlags.MpServer;

                public int Configure(int x)
                {
                    if (SampleApp.FeatureFlags.MultiprocessAllowed)
                    {
                        x += SampleApp.FeatureFlags.Multiprocess ? 1 : 0;
                        if (SampleApp.FeatureFlags.MpServer)
                        {
                            x = UsesB(x);
                        }
                    }

                    return x;
                }

                public int EarlyReturn(int x)
                {
                    if (!SampleApp.FeatureFlags.MultiprocessAllowed)
                    {
                        return x;
                    }

                    return SampleApp.FeatureFlags.Multiprocess ? x * 2 : x;
                }

                public string Describe(int x)
                {
                    var enabled = SampleApp.FeatureFlags.MultiprocessAllowed && SampleApp.FeatureFlags.MpServer;
                    if (enabled && Both)
                    {
                        return "on " + UsesB(x).ToString();
                    }

                    return SampleApp.FeatureFlags.SparseMem is false ? "off" : "partial";
                }

                public int Accumulate(int[] items)
                {
                    var sum = 0;
                    foreach (var item in items)
                    {
                        if (SampleApp.FeatureFlags.SparseMem)
                        {
                            sum += item;
                        }
                    }

                    return sum;
                }
            }

            // The same member name on another type, with another requirement: a bare UsesB above is not this one.
            internal sealed class Component0001
            {
                [KconfigSharp.RequiresKconfig("LINUX")]
                public int UsesB(int x) => x;

                public int Configure(int x) => SampleApp.FeatureFlags.Linux ? UsesB(x) : x;
            }
            """;
        foreach (var mode in new[] { FlagMode.ConstOn, FlagMode.Table })
        {
            var (fast, graph, fastBlocks, graphBlocks) = Run(mode, source);
            Assert.Equal(graph, fast);
            Assert.Empty(graph);
            Assert.Equal(6, graphBlocks);
            Assert.Equal(0, fastBlocks);
        }
    }

    [Fact]
    public void Nesting_past_the_fast_paths_limit_goes_to_the_graph_path()
    {
        // The fast path walks with an explicit stack and refuses past its depth limit; the graph path decides.
        const int depth = 200;
        var body = string.Concat(Enumerable.Repeat("if (FeatureFlags.MultiprocessAllowed) { ", depth)) + "_ = FeatureFlags.Multiprocess; Api.NeedsMp();"
            + string.Concat(Enumerable.Repeat(" }", depth));
        var (fast, graph, fastBlocks, _) = Run(FlagMode.Readonly, Prelude + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n");

        Assert.Equal(graph, fast);
        Assert.Single(graph, d => d.StartsWith("KCONF002", StringComparison.Ordinal));
        Assert.Equal(1, fastBlocks);
    }

    /// <summary>Random method bodies over the fixture's flags and the prelude's annotated members: the same diagnostics either way.</summary>
    [Fact]
    public void Random_bodies_give_the_same_diagnostics_on_both_paths()
    {
        long fastTotal = 0, graphTotal = 0;
        Bodies.Select(Bodies, Bodies, (a, b, c) => (a, b, c)).Sample(bodies =>
        {
            var source = Prelude + "class C\n{\n"
                + "    void M0(int x, bool ok, int[] items) {\n" + bodies.a + "\n    }\n"
                + "    void M1(int x, bool ok, int[] items) {\n" + bodies.b + "\n    }\n"
                + "    void M2(int x, bool ok, int[] items) {\n" + bodies.c + "\n    }\n}\n";
            var (fast, graph, fastBlocks, graphBlocks) = Run(FlagMode.Readonly, source);
            Assert.Equal(graph, fast);
            fastTotal += fastBlocks;
            graphTotal += graphBlocks;
        }, iter: 60L * Multiplier, seed: Multiplier > 1 ? null : "0000000000013", threads: 1);

        // Not vacuous: a good share of the parts never reached the graph path.
        Assert.True(fastTotal < graphTotal * 0.8, $"fast path left {fastTotal} of {graphTotal} blocks to the graph");
        Console.WriteLine($"fast path left {fastTotal} of {graphTotal} blocks to the graph");
    }

    /// <summary>Types the quiet-expression cases use: a local of <c>Lookalike</c> named <c>Api</c> hides the guard class.</summary>
    private const string QuietPrelude = """
        sealed class Lookalike
        {
            public bool Either => true;

            public static bool Make(out Lookalike made) { made = new Lookalike(); return true; }
        }

        """;

    /// <summary>A method of <c>C</c> around <paramref name="body"/>, after both preludes.</summary>
    private static string QuietSource(params string[] bodies) =>
        Prelude + QuietPrelude + "class C\n{\n"
        + string.Concat(bodies.Select((body, i) => $"    void M{i}(int x, bool ok, int[] items, object o) {{\n        {body}\n    }}\n"))
        + "}\n";

    /// <summary>
    /// An expression spelling no scan word is passed over even where it nests deeper than the walk goes (which the full walk
    /// refuses): the part is proved without the graph, and every way reports the same.
    /// </summary>
    [Fact]
    public void A_quiet_expression_deeper_than_the_walk_is_passed_over()
    {
        var chain = "x = x" + string.Concat(Enumerable.Repeat(" + 1", 2 * StraightLineGuards.MaxDepth)) + ";";
        var (fast, fullWalk, graph, fastBlocks, fullWalkBlocks, _) = RunAllWays(
            FlagMode.Readonly, concurrent: true, QuietSource("if (FeatureFlags.MultiprocessAllowed) { " + chain + " _ = FeatureFlags.Multiprocess; }"));

        Assert.Equal(graph, fast);
        Assert.Equal(graph, fullWalk);
        Assert.Empty(graph);
        Assert.Equal(1, fullWalkBlocks);
        Assert.Equal(0, fastBlocks);
    }

    /// <summary>
    /// A name declared in a passed-over expression still hides what the proof would otherwise resolve: <c>Api.Either</c> is
    /// the local's property here, not the guard, so <c>global::Api.NeedsEither()</c> is unguarded (KCONF002).
    /// </summary>
    [Theory]
    [InlineData("Lookalike.Make(out var Api);")]
    [InlineData("var Api = new Lookalike();")]
    [InlineData("x = Lookalike.Make(out var Api) ? 1 : 0;")]
    public void A_name_declared_in_a_passed_over_expression_still_hides_a_type(string declaration)
    {
        var (fast, fullWalk, graph, _, _, _) = RunAllWays(
            FlagMode.Readonly, concurrent: true, QuietSource(declaration + " if (Api.Either) { global::Api.NeedsEither(); }"));

        Assert.Single(graph, d => d.StartsWith("KCONF002", StringComparison.Ordinal));
        Assert.Equal(graph, fullWalk);
        Assert.Equal(graph, fast);
    }

    /// <summary>
    /// Random bodies mixing the random guards and uses with statements whose expressions spell no scan word: deep chains,
    /// declarations that hide a type, lambdas with code after a return, branches on plain conditions. The fast path as
    /// shipped, the fast path walking every node and the graph path report the same.
    /// </summary>
    [Fact]
    public void Random_bodies_with_quiet_expressions_give_the_same_diagnostics_every_way()
    {
        long fastTotal = 0, fullWalkTotal = 0;
        var bodies = QuietBodies.Select(QuietBodies, (a, b) => (a, b));
        bodies.Sample(pair =>
        {
            var (fast, fullWalk, graph, fastBlocks, fullWalkBlocks, _) = RunAllWays(FlagMode.Readonly, concurrent: true, QuietSource(pair.a, pair.b));
            Assert.Equal(graph, fullWalk);
            Assert.Equal(graph, fast);
            Assert.True(fastBlocks <= fullWalkBlocks, $"passing over quiet expressions sent more parts to the graph ({fastBlocks} > {fullWalkBlocks})");
            fastTotal += fastBlocks;
            fullWalkTotal += fullWalkBlocks;
        }, iter: 40L * Multiplier, seed: Multiplier > 1 ? null : "0000000000042", threads: 1);

        // Not vacuous: the deep chains make the full walk give up on parts the fast path proves.
        Assert.True(fastTotal < fullWalkTotal, $"the fast path left {fastTotal} parts to the graph, the full walk {fullWalkTotal}");
    }

    private static readonly string[] QuietStatements =
    [
        "x = x" + string.Concat(Enumerable.Repeat(" + 1", 2 * StraightLineGuards.MaxDepth)) + ";",
        "x = items.Length * 2 + x;",
        "{ Lookalike.Make(out var Api); if (Api.Either) { global::Api.NeedsEither(); } }",
        "{ var Api = new Lookalike(); if (Api.Either) { global::Api.NeedsEither(); } }",
        "{ if (o is Lookalike Api && Api.Either) { global::Api.NeedsEither(); } }",
        "{ Lookalike.Make(out var FeatureFlags); if (FeatureFlags.Either) { Api.NeedsEither(); } }",
        "{ Func<int> f = () => { return 1; x++; }; x += f(); }",
        "x = x > 0 ? 1 : 2;",
        "if (x > 0) { x = int.Parse(\"3\"); }",
        "while (x < 3) { x++; }",
        "int.TryParse(\"1\", out var parsed); x += parsed;",
    ];

    private static Gen<string> QuietBodies => Gen.Frequency<string>(
            (2, Statements(1)),
            (2, Gen.OneOf(QuietStatements)),
            (2, Gen.Select(Condition(1), Gen.OneOf(QuietStatements), Gen.OneOf(Uses), (c, q, u) => $"if ({c}) {{ {q} {u} }}")),
            (2, Gen.Const(QuietStatements[0])))
        .Array[1, 3].Select(s => string.Join(" ", s.Select((statement, i) => statement.Replace("parsed", "parsed" + i, StringComparison.Ordinal))));

    /// <summary><c>KCONFIG_PROPERTY_ITERATIONS=N</c> runs N times as many random bodies, from a random seed (as the core's properties).</summary>
    private static readonly int Multiplier =
        int.TryParse(Environment.GetEnvironmentVariable("KCONFIG_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : 1;

    private static readonly string[] Atoms =
    [
        "FeatureFlags.Linux", "FeatureFlags.Net", "FeatureFlags.Vhost", "F.MultiprocessAllowed", "FeatureFlags.Multiprocess",
        "FeatureFlags.VfioUserServerAllowed", "FeatureFlags.SchedRt", "FeatureFlags.SchedFair", "FeatureFlags.Fuzz", "FeatureFlags.SparseMem",
        "FeatureFlags.NetIpv6", "Api.NetOnLinux", "Api.MpAllowed()", "Api.Either", "x > 0", "ok", "true", "FeatureFlags.Kvm != Tristate.No",
    ];

    private static readonly string[] Uses =
    [
        "_ = FeatureFlags.Multiprocess;", "_ = FeatureFlags.VhostUser;", "_ = FeatureFlags.Ipv6Extra;", "_ = FeatureFlags.RtTrace;",
        "_ = FeatureFlags.VfioUserServer;", "Api.NeedsMp();", "Api.NeedsEither();", "Api.NeedsNet();", "x++;", "_ = FeatureFlags.KvmAccel;",
    ];

    private static Gen<string> Condition(int depth)
    {
        var atom = Gen.OneOf(Atoms);
        if (depth == 0)
        {
            return atom;
        }

        var inner = Condition(depth - 1);
        return Gen.OneOf(
            atom,
            atom,
            inner.Select(c => $"!({c})"),
            Gen.Select(inner, inner, (a, b) => $"{a} && {b}"),
            Gen.Select(inner, inner, (a, b) => $"({a} || {b})"),
            Gen.Select(atom, Gen.Bool, (a, b) => $"{a} == {(b ? "true" : "false")}"),
            Gen.Select(atom, Gen.Bool, (a, b) => $"({a}) is {(b ? "true" : "not false")}"),
            Gen.Select(inner, inner, inner, (a, b, c) => $"({a} ? {b} : {c})"));
    }

    private static Gen<string> Statements(int depth)
    {
        var use = Gen.OneOf(Uses);
        var condition = Condition(2);
        if (depth == 0)
        {
            return use.Array[1, 3].Select(s => string.Join(" ", s));
        }

        var inner = Statements(depth - 1);
        var statement = Gen.Frequency<string>(
            (4, (IGen<string>)use),
            (3, Gen.Select(condition, inner, (c, s) => $"if ({c}) {{ {s} }}")),
            (2, Gen.Select(condition, inner, inner, (c, a, b) => $"if ({c}) {{ {a} }} else {{ {b} }}")),
            (3, condition.Select(c => $"if ({c}) return;")),
            (1, Gen.Select(condition, inner, (c, s) => $"if ({c}) {{ {s} return; }}")),
            (1, Gen.Select(condition, inner, (c, s) => $"while ({c} && x < 3) {{ {s} x++; }}")),
            (1, Gen.Select(inner, inner, (a, b) => $"try {{ {a} }} catch (Exception) {{ {b} }}")),
            (1, inner.Select(s => $"((Action)(() => {{ {s} }}))();")),
            (1, condition.Select(c => $"Debug.Assert({c});")),
            (1, condition.Select(c => $"x += {c} ? 1 : 0;")),
            (1, Gen.Const("return;")));
        return statement.Array[1, 4].Select(s => string.Join(" ", s));
    }

    private static readonly Gen<string> Bodies = Statements(2);

    /// <summary>Diagnostics with the fast path and without, as comparable lines, and how many blocks each sent to the graph path.</summary>
    private static (List<string> Fast, List<string> Graph, int FastBlocks, int GraphBlocks) Run(FlagMode mode, string source) => Run(mode, concurrent: true, source);

    /// <summary>
    /// As above over several files; <paramref name="concurrent"/> false analyses them one after another, in order. The fast
    /// path also runs walking every node (no quiet expression passed over), and must report what it reports passing over them.
    /// </summary>
    private static (List<string> Fast, List<string> Graph, int FastBlocks, int GraphBlocks) Run(FlagMode mode, bool concurrent, params string[] sources)
    {
        var (fast, fullWalk, graph, fastBlocks, _, graphBlocks) = RunAllWays(mode, concurrent, sources);
        Assert.Equal(fullWalk, fast);
        return (fast, graph, fastBlocks, graphBlocks);
    }

    /// <summary>Diagnostics and blocks sent to the graph path: the fast path as shipped, the fast path walking every node, the graph path alone.</summary>
    private static (List<string> Fast, List<string> FullWalk, List<string> Graph, int FastBlocks, int FullWalkBlocks, int GraphBlocks) RunAllWays(
        FlagMode mode, bool concurrent, params string[] sources)
    {
        var compilation = SmallStackCompilation.Compile(mode, sources);
        var fastBlocks = 0;
        var fullWalkBlocks = 0;
        var graphBlocks = 0;
        var fast = Diagnostics(compilation, new GuardAnalyzer(onAnalyzeBlock: _ => Interlocked.Increment(ref fastBlocks), runAnalysis: null, syntaxFastPath: true), concurrent);
        var fullWalk = Diagnostics(
            compilation,
            new GuardAnalyzer(onAnalyzeBlock: _ => Interlocked.Increment(ref fullWalkBlocks), runAnalysis: null, syntaxFastPath: true, passOverQuietExpressions: false),
            concurrent);
        var graph = Diagnostics(compilation, new GuardAnalyzer(onAnalyzeBlock: _ => Interlocked.Increment(ref graphBlocks), runAnalysis: null, syntaxFastPath: false), concurrent);
        return (fast, fullWalk, graph, fastBlocks, fullWalkBlocks, graphBlocks);
    }

    private static List<string> Diagnostics(Compilation compilation, GuardAnalyzer analyzer, bool concurrent)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false);
        ImmutableArray<DiagnosticAnalyzer> analyzers = [analyzer];
        var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()} {string.Join(",", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
