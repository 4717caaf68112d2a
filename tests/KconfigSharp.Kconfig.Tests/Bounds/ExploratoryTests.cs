using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Tests.Bounds;

public sealed class ExploratoryTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    [Theory, MemberData(nameof(Dialects))]
    public void Long_and_chain(KconfigDialect d)
    {
        var ops = string.Join(" && ", Enumerable.Range(0, 100_000).Select(i => "S" + i));
        Robust.ParseAndResolve($"config A\n\tbool\n\tdefault y\n\tdepends on {ops}\n", d);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Many_selects(KconfigDialect d)
    {
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"config S{i}\n\tbool\n\tdefault y\n\tselect T\n")) + "config T\n\tbool\n";
        Robust.ParseAndResolve(text, d);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Deep_ifs_across_files(KconfigDialect d)
    {
        var files = new KconfigSharp.Kconfig.IO.InMemoryFileProvider();
        for (var i = 0; i < 70; i++)
        {
            var body = Robust.Repeat("if X\n", 250) + $"source \"K{i + 1}\"\nconfig C{i}\n\tbool\n" + Robust.Repeat("endif\n", 250);
            files.Add(i == 0 ? "Kconfig" : "K" + i, body);
        }

        Robust.ParseAndResolve(files, d);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Deep_menus_dependency_chain(KconfigDialect d)
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"config S{i}\n\tbool\n\tdefault y\n\tdepends on S{i + 1}\n"));
        Robust.ParseAndResolve(text, d);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Deep_select_chain(KconfigDialect d)
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"config S{i}\n\tbool\n\tdefault y\n\tselect S{i + 1}\n"));
        Robust.ParseAndResolve(text, d);
    }
}
