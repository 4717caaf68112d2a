using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>MaxIncludeDepth (64): the root is depth 0, each <c>source</c> adds one.</summary>
public sealed class IncludeDepthBoundTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    private static readonly int Bound = KconfigParseOptions.Default.MaxIncludeDepth;

    /// <summary>A chain Kconfig → K1 → … → K<paramref name="last"/>, each file defining one symbol.</summary>
    private static InMemoryFileProvider Chain(int last)
    {
        var files = new InMemoryFileProvider();
        for (var i = 0; i <= last; i++)
        {
            var next = i < last ? $"source \"K{i + 1}\"\n" : string.Empty;
            files.Add(i == 0 ? "Kconfig" : "K" + i, $"config C{i}\n\tbool\n\tdefault y\n{next}");
        }

        return files;
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_source_chain_exactly_as_deep_as_the_bound_is_read_entirely(KconfigDialect dialect)
    {
        var files = Chain(Bound);
        var options = Robust.With(KconfigParseOptions.Default, dialect);

        var model = KconfigParser.Parse("Kconfig", files, options);

        Assert.DoesNotContain(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.Equal(Bound + 1, model.Files.Count);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void One_file_deeper_is_KCONF160_at_the_source_line(KconfigDialect dialect)
    {
        var model = KconfigParser.Parse("Kconfig", Chain(Bound + 1), Robust.With(KconfigParseOptions.Default, dialect));

        var limit = Assert.Single(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.Equal("K" + Bound, limit.Location.File);
        Assert.Equal(4, limit.Location.Line);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_file_sourcing_itself_is_a_diagnostic_not_a_loop(KconfigDialect dialect)
    {
        var diagnostics = Robust.ParseAndResolve("config A\n\tbool\nsource \"Kconfig\"\n", dialect);

        Assert.Contains(diagnostics, d => d.Id == "KCONF121");
    }
}
