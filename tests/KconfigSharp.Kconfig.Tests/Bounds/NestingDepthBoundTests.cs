using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>MaxNestingDepth (256): menu/if/choice blocks, counted across the whole <c>source</c> chain.</summary>
public sealed class NestingDepthBoundTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    private static string NestedIfs(int depth) =>
        Robust.Repeat("if A\n", depth) + "config B\n\tbool\n" + Robust.Repeat("endif\n", depth) + "config A\n\tbool\n";

    [Theory, MemberData(nameof(Dialects))]
    public void Blocks_nested_exactly_to_the_bound_are_accepted(KconfigDialect dialect)
    {
        var diagnostics = Robust.ParseAndResolve(NestedIfs(KconfigParseOptions.Default.MaxNestingDepth), dialect);

        Assert.False(Robust.HasLimit(diagnostics));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void One_block_over_the_bound_is_KCONF160(KconfigDialect dialect)
    {
        var diagnostics = Robust.ParseAndResolve(NestedIfs(KconfigParseOptions.Default.MaxNestingDepth + 1), dialect);

        Assert.Contains(diagnostics, d => d.Id == Robust.LimitExceeded && d.Location.Line == KconfigParseOptions.Default.MaxNestingDepth + 1);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_5000_deep_if_nesting_is_a_diagnostic_not_a_stack_overflow(KconfigDialect dialect)
    {
        Assert.True(Robust.HasLimit(Robust.ParseAndResolve(NestedIfs(5000), dialect)));
    }

    [Fact]
    public void A_5000_deep_menu_nesting_is_a_diagnostic()
    {
        var text = Robust.Repeat("menu \"m\"\n", 5000) + Robust.Repeat("endmenu\n", 5000);

        Assert.True(Robust.HasLimit(Robust.ParseAndResolve(text, KconfigDialect.Kconfig)));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Nesting_continued_through_sourced_files_counts_against_one_bound(KconfigDialect dialect)
    {
        // 70 files, each opening 250 ifs before sourcing the next: 17,500 levels in all. Before the
        // depth was counted per session this overflowed the stack.
        var files = new InMemoryFileProvider();
        for (var i = 0; i < 70; i++)
        {
            var body = Robust.Repeat("if X\n", 250) + $"source \"K{i + 1}\"\nconfig C{i}\n\tbool\n" + Robust.Repeat("endif\n", 250);
            files.Add(i == 0 ? "Kconfig" : "K" + i, body);
        }

        Assert.True(Robust.HasLimit(Robust.ParseAndResolve(files, dialect)));
    }
}
