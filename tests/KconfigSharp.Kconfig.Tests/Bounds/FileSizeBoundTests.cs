using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>MaxFileSize (16 Mi characters): a larger file is not read.</summary>
public sealed class FileSizeBoundTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    private static string OfLength(int length)
    {
        var head = "config A\n\tbool\n\tdefault y\n#";
        return head + new string('x', length - head.Length - 1) + "\n";
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_file_exactly_at_the_size_bound_is_read(KconfigDialect dialect)
    {
        var options = new KconfigParseOptions { MaxFileSize = 1000 };

        var model = KconfigParser.Parse("Kconfig", new InMemoryFileProvider().Add("Kconfig", OfLength(1000)), Robust.With(options, dialect));

        Assert.DoesNotContain(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.NotNull(model.FindSymbol("A"));
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_sourced_file_one_character_over_is_KCONF160_at_the_source_line(KconfigDialect dialect)
    {
        var options = new KconfigParseOptions { MaxFileSize = 1000 };
        var files = new InMemoryFileProvider().Add("Kconfig", "config B\n\tbool\nsource \"big\"\n").Add("big", OfLength(1001));

        var model = KconfigParser.Parse("Kconfig", files, Robust.With(options, dialect));

        var limit = Assert.Single(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.Equal(("Kconfig", 3), (limit.Location.File, limit.Location.Line));
        Assert.Null(model.FindSymbol("A"));
    }

    [Fact]
    public void A_root_file_over_the_default_bound_is_KCONF160_at_its_first_line()
    {
        var diagnostics = Robust.ParseAndResolve(OfLength(KconfigParseOptions.Default.MaxFileSize + 1), KconfigDialect.Kconfig);

        Assert.Contains(diagnostics, d => d.Id == Robust.LimitExceeded && d.Location is { File: "Kconfig", Line: 1 });
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_10_MB_line_is_read_without_crashing(KconfigDialect dialect)
    {
        var text = "config A\n\tbool \"" + new string('p', 10 * 1024 * 1024) + "\"\nconfig " + new string('N', 100_000) + "\n\tbool\n";

        var diagnostics = Robust.ParseAndResolve(text, dialect);

        Assert.DoesNotContain(diagnostics, d => d.Id == Robust.LimitExceeded);
    }
}
