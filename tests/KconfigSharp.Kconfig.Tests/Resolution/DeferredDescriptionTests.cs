using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// A resolve leaves each symbol's description (definitions, <c>depends on</c>, relations, choice) to be
/// written when first read; equality, <c>with</c> and concurrent readers see the same texts as if they
/// had been written at once.
/// </summary>
public sealed class DeferredDescriptionTests
{
    private const string Tree =
        "config BASE\n\tbool \"Base\"\n\tdefault y\n\n" +
        "menu \"Top\"\n\tdepends on BASE\n\n" +
        "config A\n\tbool \"A\"\n\tselect B if BASE || C\n\timply C\n\n" +
        "config B\n\tbool\n\n" +
        "config C\n\tbool \"C\"\n\n" +
        "choice\n\tprompt \"Mode\"\n\n" +
        "config FAST\n\tbool \"Fast\"\n\n" +
        "config SLOW\n\tbool \"Slow\"\n\tdepends on A\n\n" +
        "endchoice\n\nendmenu\n";

    private static ResolvedConfiguration Resolve() => KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []);

    [Fact]
    public void A_resolved_symbol_equals_one_built_with_the_same_texts()
    {
        var written = new ResolvedSymbol(
            "A", KconfigType.Bool, "n", IsDefined: true, IsVisible: true, "A", null,
            new[] { new SourceLocation("Kconfig", 8) }.ToEquatableArray(),
            "BASE",
            new[] { new ResolvedRelation("B", "(BASE || C) && BASE") }.ToEquatableArray(),
            new[] { new ResolvedRelation("C", "BASE") }.ToEquatableArray(),
            EquatableArray<ResolvedRelation>.Empty,
            EquatableArray<ResolvedRelation>.Empty,
            null,
            ValueOrigin.Nothing,
            IsWritten: true,
            Visibility: "y",
            DirectDependencyValue: "y",
            Assignable: "ny");

        var resolved = Resolve().Find("A")!;

        // Compared before any description member was read: equality writes it.
        Assert.Equal(written, resolved);
        Assert.Equal(resolved, written);
        Assert.Equal(written.GetHashCode(), resolved.GetHashCode());
        Assert.NotEqual(written with { DependsOn = "C" }, resolved);
    }

    [Fact]
    public void Two_resolves_of_one_tree_are_equal_and_differ_when_a_text_differs()
    {
        var first = Resolve();
        var second = Resolve();
        Assert.Equal(first, second);

        var changed = KconfigEngine.Resolve(KconfigParser.ParseText(Tree.Replace("select B if BASE || C", "select B if C", StringComparison.Ordinal)), []);
        Assert.NotEqual(first, changed);
        Assert.NotEqual(first.Find("A"), changed.Find("A"));
        Assert.NotEqual(first.Find("B"), changed.Find("B"));
        Assert.Equal(first.Find("C"), changed.Find("C"));
    }

    [Fact]
    public void With_on_a_symbol_not_yet_described_keeps_the_other_texts()
    {
        var slow = Resolve().Find("SLOW")!;
        var renamed = slow with { ChoiceName = "MODE" };
        Assert.Equal("MODE", renamed.ChoiceName);
        Assert.Equal("A && BASE", renamed.DependsOn);
        Assert.Equal("\"Mode\" (Kconfig:19)", slow.ChoiceName);
        Assert.Equal("A && BASE", slow.DependsOn);
        Assert.Equal(new[] { new SourceLocation("Kconfig", 25) }, slow.DefinedAt);
    }

    [Fact]
    public void A_copy_keeps_every_fact_of_a_written_and_of_a_pending_symbol()
    {
        var written = new ResolvedSymbol(
            "X", KconfigType.Tristate, "m", IsDefined: true, IsVisible: true, "X prompt", "X help",
            new[] { new SourceLocation("Kconfig", 3) }.ToEquatableArray(),
            "BASE",
            EquatableArray<ResolvedRelation>.Empty,
            EquatableArray<ResolvedRelation>.Empty,
            new[] { new ResolvedRelation("A", null) }.ToEquatableArray(),
            EquatableArray<ResolvedRelation>.Empty,
            "MODE",
            ValueOrigin.Nothing,
            IsWritten: true,
            Visibility: "m",
            DirectDependencyValue: "y",
            Assignable: "nm",
            UserValue: "y",
            UserValueNote: "limited to m");

        Assert.Equal(written, written with { });
        Assert.Equal(Resolve().Find("SLOW"), Resolve().Find("SLOW")! with { });
    }

    [Fact]
    public void Implies_and_implied_by_compare_by_text_whether_set_empty_or_never_set()
    {
        var c = Resolve().Find("C")!;
        Assert.Equal("A", Assert.Single(c.ImpliedBy).Symbol);

        var cleared = c with { ImpliedBy = EquatableArray<ResolvedRelation>.Empty };
        Assert.Empty(cleared.ImpliedBy);
        Assert.Null(cleared.ChoiceName);
        Assert.NotEqual(c, cleared);

        // Emptied again, the relations few symbols have equal those of a symbol that never had them (B).
        var b = Resolve().Find("B")!;
        var bLikeC = b with { ImpliedBy = c.ImpliedBy, ChoiceName = "MODE", Implies = b.Selects };
        Assert.NotEqual(b, bLikeC);
        Assert.Equal(b, bLikeC with { ImpliedBy = default, ChoiceName = null, Implies = EquatableArray<ResolvedRelation>.Empty });
        Assert.Equal(b.GetHashCode(), (bLikeC with { ImpliedBy = default, ChoiceName = null }).GetHashCode());
        Assert.Equal(c, cleared with { ImpliedBy = c.ImpliedBy });
    }

    [Fact]
    public void Readers_on_several_threads_see_the_texts_written_once()
    {
        var expected = Resolve().Symbols.Select(s => (s.Name, s.DependsOn, s.ChoiceName, Selects: string.Join(",", s.Selects), ImpliedBy: string.Join(",", s.ImpliedBy))).ToList();
        for (var round = 0; round < 20; round++)
        {
            var configuration = Resolve();
            var seen = new (string, string?, string?, string, string)[4][];
            Parallel.For(0, 4, worker =>
            {
                seen[worker] = configuration.Symbols.Select(s => (s.Name, s.DependsOn, s.ChoiceName, string.Join(",", s.Selects), string.Join(",", s.ImpliedBy))).ToArray();
            });
            foreach (var texts in seen)
            {
                Assert.Equal(expected, texts);
            }
        }
    }

    [Fact]
    public void Writing_every_description_leaves_the_configuration_equal()
    {
        var deferred = Resolve();
        var written = Resolve().WithDescriptionsWritten();
        Assert.Equal(deferred, written);
        Assert.Equal("BASE", written.Find("C")!.DependsOn);
    }
}
