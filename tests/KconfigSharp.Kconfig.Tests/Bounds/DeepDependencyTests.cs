using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>
/// Dependency structures that are not syntactic nesting but make the resolvers recurse deeply: the
/// stack guard turns what would be a stack overflow into KCONF160.
/// </summary>
public sealed class DeepDependencyTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    [Theory, MemberData(nameof(Dialects))]
    public void Thirty_thousand_selects_of_one_symbol_never_overflow_the_stack(KconfigDialect dialect)
    {
        // The qemu resolver is slow on this shape (about 30 s for 30,000 selects), so it gets fewer.
        var count = dialect == KconfigDialect.Qemu ? 5_000 : 30_000;
        var text = string.Concat(Enumerable.Range(0, count).Select(i => $"config S{i}\n\tbool\n\tdefault y\n\tselect T\n")) + "config T\n\tbool\n";

        _ = Robust.ParseAndResolve(text, dialect);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_20000_symbol_depends_on_chain_never_overflows_the_stack(KconfigDialect dialect)
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"config S{i}\n\tbool\n\tdefault y\n\tdepends on S{i + 1}\n"));

        _ = Robust.ParseAndResolve(text, dialect);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_20000_symbol_select_chain_never_overflows_the_stack(KconfigDialect dialect)
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"config S{i}\n\tbool\n\tdefault y\n\tselect S{i + 1}\n"));

        _ = Robust.ParseAndResolve(text, dialect);
    }
}
