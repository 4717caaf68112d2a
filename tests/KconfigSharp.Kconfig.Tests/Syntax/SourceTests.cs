using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

public sealed class SourceTests
{
    private static KconfigModel Parse(InMemoryFileProvider files, KconfigParseOptions? options = null) =>
        KconfigParser.Parse("Kconfig", files, options);

    private static IEnumerable<KconfigDiagnostic> WithId(KconfigModel model, KconfigDiagnosticDescriptor descriptor) =>
        model.Diagnostics.Where(d => d.Id == descriptor.Id);

    [Fact]
    public void Source_path_is_relative_to_the_source_tree()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source \"sub/Kconfig\"\n")
            .Add("sub/Kconfig", "source \"other/Kconfig\"\n")
            .Add("other/Kconfig", "config B\n\tbool\n");

        var model = Parse(files);

        Assert.True(model.FindSymbol("B")!.IsDefined);
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Rsource_path_is_relative_to_the_including_file()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source \"sub/Kconfig\"\n")
            .Add("sub/Kconfig", "rsource \"inner/Kconfig\"\n")
            .Add("sub/inner/Kconfig", "config B\n\tbool\n");

        Assert.True(Parse(files).FindSymbol("B")!.IsDefined);
    }

    [Fact]
    public void Osource_of_a_missing_file_is_silent()
    {
        var model = Parse(new InMemoryFileProvider().Add("Kconfig", "osource \"missing/Kconfig\"\norsource \"gone\"\n"));

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Source_of_a_missing_file_is_KCONF120_at_the_source_line()
    {
        var model = Parse(new InMemoryFileProvider().Add("Kconfig", "\nsource \"missing/Kconfig\"\n"));

        var error = Assert.Single(WithId(model, KconfigDiagnostics.MissingSourcedFile));
        Assert.Equal(("Kconfig", 2), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void Recursive_source_is_KCONF121_naming_the_chain()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source \"a/Kconfig\"\n")
            .Add("a/Kconfig", "source \"b/Kconfig\"\n")
            .Add("b/Kconfig", "source \"a/Kconfig\"\n");

        var error = Assert.Single(WithId(Parse(files), KconfigDiagnostics.RecursiveSource));
        Assert.Contains("Kconfig -> a/Kconfig -> b/Kconfig -> a/Kconfig", error.Message);
    }

    [Fact]
    public void Self_source_is_KCONF121()
    {
        var model = Parse(new InMemoryFileProvider().Add("Kconfig", "source \"Kconfig\"\n"));

        Assert.Single(WithId(model, KconfigDiagnostics.RecursiveSource));
    }

    [Fact]
    public void Repeated_source_is_a_KCONF122_warning_and_the_file_is_parsed_again()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source \"a\"\nsource \"a\"\n")
            .Add("a", "config A\n\tbool\n");

        var model = Parse(files);

        Assert.Equal(KconfigSeverity.Warning, Assert.Single(WithId(model, KconfigDiagnostics.RepeatedSource)).Severity);
        Assert.Equal(2, model.FindSymbol("A")!.Nodes.Count);
    }

    [Fact]
    public void Qemu_unquoted_source_is_relative_to_the_including_file_and_skips_repeats()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source hw/Kconfig\nsource hw/Kconfig\n")
            .Add("hw/Kconfig", "include dev/Kconfig\n")
            .Add("hw/dev/Kconfig", "config DEV\n\tbool\n");

        var model = Parse(files, new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

        Assert.Empty(model.Diagnostics);
        Assert.Single(model.FindSymbol("DEV")!.Nodes);
    }

    [Fact]
    public void Glob_source_parses_every_match_in_sorted_order()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source \"drivers/*/Kconfig\"\n")
            .Add("drivers/b/Kconfig", "config B\n\tbool\n")
            .Add("drivers/a/Kconfig", "config A\n\tbool\n")
            .Add("drivers/a/deep/Kconfig", "config DEEP\n\tbool\n");

        var model = Parse(files);

        Assert.Equal(["A", "B"], model.DefinedSymbols.Select(s => s.Name));
    }

    [Fact]
    public void Glob_source_without_a_match_is_KCONF120()
    {
        var model = Parse(new InMemoryFileProvider().Add("Kconfig", "source \"none/*/Kconfig\"\n"));

        Assert.Single(WithId(model, KconfigDiagnostics.MissingSourcedFile));
    }

    [Fact]
    public void Gsource_without_a_match_is_silent()
    {
        var model = Parse(new InMemoryFileProvider().Add("Kconfig", "gsource \"none/*/Kconfig\"\ngrsource \"x/?\"\n"));

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Source_path_expands_macro_references()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source \"arch/$(SRCARCH)/Kconfig\"\n")
            .Add("arch/arm/Kconfig", "config ARM\n\tbool\n");

        var model = Parse(files, new KconfigParseOptions { Macros = new Dictionary<string, string> { ["SRCARCH"] = "arm" } });

        Assert.True(model.FindSymbol("ARM")!.IsDefined);
    }

    [Fact]
    public void Source_path_expands_old_style_dollar_references_from_the_macros()
    {
        var files = new InMemoryFileProvider()
            .Add("Kconfig", "source \"$BINDIR/Kconfig\"\nsource \"${BINDIR}/other\"\n")
            .Add("out/Kconfig", "config A\n\tbool\n")
            .Add("out/other", "config B\n\tbool\n");

        var model = Parse(files, new KconfigParseOptions { Macros = new Dictionary<string, string> { ["BINDIR"] = "out" } });

        Assert.Empty(model.Diagnostics);
        Assert.True(model.FindSymbol("B")!.IsDefined);
    }

    [Fact]
    public void Old_style_reference_to_an_unset_macro_is_KCONF133()
    {
        var model = Parse(new InMemoryFileProvider().Add("Kconfig", "osource \"$NOPE/Kconfig\"\n"));

        Assert.Single(WithId(model, KconfigDiagnostics.UndefinedEnvironmentVariable));
    }

    [Fact]
    public void A_100_deep_source_chain_is_read_to_its_end()
    {
        var files = new InMemoryFileProvider();
        for (var i = 0; i < 100; i++)
        {
            files.Add(i == 0 ? "Kconfig" : $"f{i}", $"source \"f{i + 1}\"\n");
        }

        files.Add("f100", "config END\n\tbool\n");

        var model = Parse(files);

        Assert.Empty(WithId(model, KconfigDiagnostics.LimitExceeded));
        Assert.NotNull(model.FindSymbol("END")?.Nodes.FirstOrDefault());
    }

    [Theory]
    [InlineData("a/*/Kconfig", "a/b/Kconfig", true)]
    [InlineData("a/*/Kconfig", "a/b/c/Kconfig", false)]
    [InlineData("a/?/K", "a/x/K", true)]
    [InlineData("a/[bc]/K", "a/c/K", true)]
    [InlineData("a/[!bc]/K", "a/c/K", false)]
    [InlineData("a/[a-c]*", "a/cat", true)]
    [InlineData("*", "x/y", false)]
    public void Glob_matching_follows_python_glob_rules(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, KconfigGlob.IsMatch(pattern, path));
    }
}
