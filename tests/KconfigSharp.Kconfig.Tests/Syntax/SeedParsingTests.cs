using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

public sealed class SeedParsingTests
{
    private static KconfigModel ParseSeed(KconfigDialect dialect = KconfigDialect.Kconfig) =>
        KconfigParser.ParseText(SeedText.KconfigHost, "Kconfig.host", new KconfigParseOptions { Dialect = dialect });

    [Fact]
    public void Seed_defines_sixteen_bool_symbols_in_file_order()
    {
        var model = ParseSeed();

        Assert.Equal(16, model.DefinedSymbols.Count);
        Assert.All(model.DefinedSymbols, s => Assert.Equal(KconfigType.Bool, s.Type));
        Assert.Equal("LINUX", model.DefinedSymbols[0].Name);
        Assert.Equal("HV_BALLOON_POSSIBLE", model.DefinedSymbols[^1].Name);
    }

    [Fact]
    public void Seed_records_definition_lines()
    {
        var model = ParseSeed();

        var multiprocessAllowed = model.FindSymbol("MULTIPROCESS_ALLOWED")!;
        Assert.Equal(41, multiprocessAllowed.Nodes.Single().Location.Line);
        Assert.Equal("Kconfig.host", multiprocessAllowed.Nodes.Single().Location.File);
    }

    [Fact]
    public void Imply_and_select_are_recorded_on_both_ends()
    {
        var model = ParseSeed();

        var multiprocess = model.FindSymbol("MULTIPROCESS")!;
        Assert.False(multiprocess.IsDefined);
        Assert.Equal("MULTIPROCESS_ALLOWED", Assert.Single(multiprocess.ImpliedBy).Source.Name);
        var sparseMem = model.FindSymbol("SPARSE_MEM")!;
        Assert.Equal("FUZZ", Assert.Single(sparseMem.SelectedBy).Source.Name);
        Assert.Equal("FUZZ", sparseMem.ReverseDependency.ToString());
    }

    [Fact]
    public void Undefined_symbols_are_warnings_at_their_first_reference()
    {
        var model = ParseSeed(KconfigDialect.Qemu);

        var undefined = model.Diagnostics.Where(d => d.Id == KconfigDiagnostics.UndefinedSymbol.Id).ToList();
        Assert.Equal(["MULTIPROCESS", "SPARSE_MEM", "VFIO_USER_SERVER"], undefined.Select(d => d.Message.Split(' ')[2].TrimEnd(':')).Order());
        Assert.All(undefined, d => Assert.Equal(KconfigSeverity.Warning, d.Severity));
        Assert.Contains(undefined, d => d.Location.Line == 43 && d.Message.Contains("MULTIPROCESS:"));
        Assert.False(model.HasErrors);
    }
}
