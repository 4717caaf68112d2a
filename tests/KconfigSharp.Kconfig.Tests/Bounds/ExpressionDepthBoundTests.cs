using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>MaxExpressionDepth (256): parentheses and <c>!</c>; the whole expression is the first level.</summary>
public sealed class ExpressionDepthBoundTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    private static readonly int Bound = KconfigParseOptions.Default.MaxExpressionDepth;

    private static string DependsOn(string expression) => $"config A\n\tbool\n\tdefault y\n\tdepends on {expression}\nconfig B\n\tbool\n";

    private static string Parenthesized(int parens) => Robust.Repeat("(", parens) + "B" + Robust.Repeat(")", parens);

    [Theory, MemberData(nameof(Dialects))]
    public void Parentheses_up_to_the_bound_are_accepted(KconfigDialect dialect)
    {
        Assert.False(Robust.HasLimit(Robust.ParseAndResolve(DependsOn(Parenthesized(Bound - 1)), dialect)));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Parentheses_at_the_bound_are_KCONF160_on_the_depends_line(KconfigDialect dialect)
    {
        var diagnostics = Robust.ParseAndResolve(DependsOn(Parenthesized(Bound)), dialect);

        Assert.Contains(diagnostics, d => d.Id == Robust.LimitExceeded && d.Location.Line == 4);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Not_chains_up_to_the_bound_are_accepted(KconfigDialect dialect)
    {
        Assert.False(Robust.HasLimit(Robust.ParseAndResolve(DependsOn(Robust.Repeat("!", Bound - 1) + "B"), dialect)));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Not_chains_at_the_bound_are_KCONF160(KconfigDialect dialect)
    {
        Assert.True(Robust.HasLimit(Robust.ParseAndResolve(DependsOn(Robust.Repeat("!", Bound) + "B"), dialect)));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_100000_deep_parenthesis_is_a_diagnostic_not_a_stack_overflow(KconfigDialect dialect)
    {
        Assert.True(Robust.HasLimit(Robust.ParseAndResolve(DependsOn(Robust.Repeat("(", 100_000)), dialect)));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_100000_long_not_chain_is_a_diagnostic(KconfigDialect dialect)
    {
        Assert.True(Robust.HasLimit(Robust.ParseAndResolve(DependsOn(Robust.Repeat("!", 100_000) + "B"), dialect)));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_20000_operand_and_chain_parses_and_resolves(KconfigDialect dialect)
    {
        // Flat chains are not nesting: they are built iteratively and either resolve or hit the
        // resolver's stack guard (KCONF160); they never crash.
        var chain = string.Join(" && ", Enumerable.Range(0, 20_000).Select(i => "S" + i));

        _ = Robust.ParseAndResolve(DependsOn(chain), dialect);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void The_bound_is_an_option(KconfigDialect dialect)
    {
        var options = new KconfigParseOptions { MaxExpressionDepth = 4 };

        Assert.False(Robust.HasLimit(Robust.ParseAndResolve(DependsOn(Parenthesized(3)), dialect, options)));
        Assert.True(Robust.HasLimit(Robust.ParseAndResolve(DependsOn(Parenthesized(4)), dialect, options)));
    }
}
