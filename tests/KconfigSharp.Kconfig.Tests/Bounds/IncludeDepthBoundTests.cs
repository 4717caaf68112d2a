using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>
/// MaxIncludeDepth (10,000): the root is depth 0, each <c>source</c> (QEMU: <c>include</c>) adds
/// one. Parsed on a 256 KB stack (<see cref="SmallStack"/>): open files live on the parser's heap
/// stack, so the chain's depth never reaches the call stack.
/// </summary>
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

        var model = SmallStack.Run(() => KconfigParser.Parse("Kconfig", files, options));

        Assert.True(Bound >= 10_000);
        Assert.DoesNotContain(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.Equal(Bound + 1, model.Files.Count);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void One_file_deeper_is_KCONF160_at_the_source_line(KconfigDialect dialect)
    {
        var model = SmallStack.Run(() => KconfigParser.Parse("Kconfig", Chain(Bound + 1), Robust.With(KconfigParseOptions.Default, dialect)));

        var limit = Assert.Single(model.Diagnostics, d => d.Id == Robust.LimitExceeded);
        Assert.Equal("K" + Bound, limit.Location.File);
        Assert.Equal(4, limit.Location.Line);
    }

    [Fact]
    public void A_1000_deep_qemu_include_chain_is_read_entirely()
    {
        var files = new InMemoryFileProvider();
        for (var i = 0; i <= 1000; i++)
        {
            var next = i < 1000 ? $"include K{i + 1}\n" : string.Empty;
            files.Add(i == 0 ? "Kconfig" : "K" + i, $"config C{i}\n\tbool\n\tdefault y\n{next}");
        }

        var model = SmallStack.Run(() => KconfigParser.Parse("Kconfig", files, Robust.With(KconfigParseOptions.Default, KconfigDialect.Qemu)));

        Assert.Empty(model.Diagnostics);
        Assert.Equal(1001, model.DefinedSymbols.Count);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void A_file_sourcing_itself_is_a_diagnostic_not_a_loop(KconfigDialect dialect)
    {
        var diagnostics = Robust.ParseAndResolve("config A\n\tbool\nsource \"Kconfig\"\n", dialect);

        Assert.Contains(diagnostics, d => d.Id == "KCONF121");
    }
}
