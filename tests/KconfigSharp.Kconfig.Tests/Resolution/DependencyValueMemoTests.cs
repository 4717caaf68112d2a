using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// The resolver computes a menu's dependency once for all of its entries' conditions (issue 12; the finalizer's
/// <c>DependencyIds</c>). A value read while a dependency loop was being broken is not final, so it must not be kept.
/// </summary>
public sealed class DependencyValueMemoTests
{
    [Fact]
    public void A_dependency_first_read_inside_a_loop_is_read_again_once_the_loop_is_left()
    {
        // B's default reads S, S depends on B: S is computed while B is in progress, so there B reads n.
        // Once B is y, S's direct dependency is y, as a fresh evaluation gives (LKC and Kconfiglib too).
        const string tree = "config B\n\tbool \"b\"\n\tdefault y if !S\nconfig S\n\tbool \"s\"\n\tdefault y\n\tdepends on B\n";

        var resolved = KconfigEngine.Resolve(KconfigParser.ParseText(tree, "Kconfig"), []);

        Assert.Equal(("y", "y"), (resolved.Find("B")!.Value, resolved.Find("B")!.DirectDependencyValue));
        Assert.Equal(("n", "y"), (resolved.Find("S")!.Value, resolved.Find("S")!.DirectDependencyValue));
        Assert.Equal("n", resolved.Find("S")!.Visibility);
    }

    [Fact]
    public void A_menu_dependency_first_computed_inside_a_loop_is_computed_again_for_the_next_entry()
    {
        // B's default reads S, whose prompt condition is the menu's B && C: computed while B is in progress, it is n
        // there. T, the next entry of the menu, must see B && C as y (kept, the n would hide T).
        const string tree = "config C\n\tbool \"c\"\n\tdefault y\nconfig B\n\tbool \"b\"\n\tdefault y if !S\nmenu \"m\"\n\tdepends on B && C\nconfig S\n\tbool \"s\"\n\tdefault y\nconfig T\n\tbool \"t\"\n\tdefault y\nendmenu\n";

        var resolved = KconfigEngine.Resolve(KconfigParser.ParseText(tree, "Kconfig"), []);

        Assert.Equal(("y", "y"), (resolved.Find("B")!.Value, resolved.Find("B")!.Visibility));
        Assert.Equal(("n", "n"), (resolved.Find("S")!.Value, resolved.Find("S")!.Visibility));
        Assert.Equal(("y", "y", "y"), (resolved.Find("T")!.Value, resolved.Find("T")!.Visibility, resolved.Find("T")!.DirectDependencyValue));
    }

    [Fact]
    public void A_dependency_shared_by_a_prompt_defaults_and_a_range_gives_each_condition_its_own_value()
    {
        const string tree = """
            config A
            	bool "a"
            	default y
            config C
            	bool "c"
            	default n
            menu "m"
            	depends on A
            config N
            	int "n" if C
            	range 1 5 if C
            	range 10 20
            	default 3 if C
            	default 15
            config T
            	tristate "t"
            	default m if C
            	default y
            endmenu
            """;

        var resolved = KconfigEngine.Resolve(KconfigParser.ParseText(tree.Replace("\r\n", "\n", StringComparison.Ordinal), "Kconfig"), []);

        var n = resolved.Find("N")!;
        Assert.Equal(("15", "n", "y"), (n.Value, n.Visibility, n.DirectDependencyValue));
        var t = resolved.Find("T")!;
        Assert.Equal(("y", "y", "y"), (t.Value, t.Visibility, t.DirectDependencyValue));
    }
}
