using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>
/// Inputs 100,000 deep or 1 MB long, parsed, resolved and written on a 256 KB stack
/// (<see cref="SmallStack"/>): every walk over them must be iterative, so each resolves fully
/// (no KCONF160) to the values a shallow tree of the same shape gets.
/// </summary>
public sealed class DeepInputSmallStackTests
{
    private const int Deep = 100_000;

    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    private static (KconfigModel Model, ResolvedConfiguration Configuration, string Config) Run(string text, KconfigDialect dialect) =>
        SmallStack.Run(() =>
        {
            var model = KconfigParser.Parse("Kconfig", new InMemoryFileProvider().Add("Kconfig", text), new KconfigParseOptions { Dialect = dialect });
            var configuration = KconfigEngine.Resolve(model, Array.Empty<ValueAssignment>());
            return (model, configuration, dialect == KconfigDialect.Kconfig ? ConfigWriter.Write(model, configuration) : MakWriter.Write(configuration));
        });

    private static string Value(ResolvedConfiguration configuration, string name) =>
        configuration.Symbols.Single(s => s.Name == name).Value;

    [Theory, MemberData(nameof(Dialects))]
    public void A_100000_deep_depends_on_chain_resolves_every_link(KconfigDialect dialect)
    {
        // A1 depends on A2, A2 on A3, ...: resolving A1 on demand would recurse 100,000 deep.
        var prompt = dialect == KconfigDialect.Kconfig ? " \"a\"" : string.Empty;
        var text = string.Concat(Enumerable.Range(1, Deep).Select(i =>
            $"config A{i}\n\tbool{prompt}\n\tdefault y\n" + (i < Deep ? $"\tdepends on A{i + 1}\n" : string.Empty)));

        var (_, configuration, config) = Run(text, dialect);

        Assert.DoesNotContain(configuration.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        Assert.Equal("y", Value(configuration, "A1"));
        Assert.Equal("y", Value(configuration, $"A{Deep / 2}"));
        Assert.Contains("CONFIG_A1=y", config, StringComparison.Ordinal);
    }

    [Fact]
    public void A_100000_deep_chain_ending_in_n_turns_every_link_off()
    {
        var text = string.Concat(Enumerable.Range(1, Deep).Select(i =>
            $"config A{i}\n\tbool \"a\"\n\tdefault {(i < Deep ? "y" : "n")}\n" + (i < Deep ? $"\tdepends on A{i + 1}\n" : string.Empty)));

        var (_, configuration, _) = Run(text, KconfigDialect.Kconfig);

        Assert.Equal("n", Value(configuration, "A1"));
        Assert.Equal("n", Value(configuration, $"A{Deep - 1}"));
    }

    [Fact]
    public void A_100000_deep_implicit_submenu_chain_in_a_choice_resolves_and_writes()
    {
        // Each symbol depends on the one before it: LKC nests each under the previous (implicit
        // submenus), 100,000 deep; inside a choice only the first is a member.
        var text = "choice\n\tprompt \"c\"\nconfig A1\n\tbool \"a\"\n"
            + string.Concat(Enumerable.Range(2, Deep - 1).Select(i => $"config A{i}\n\tbool\n\tdefault y\n\tdepends on A{i - 1}\n"))
            + "endchoice\n";

        var (_, configuration, config) = Run(text, KconfigDialect.Kconfig);

        Assert.Equal("y", Value(configuration, "A1"));
        Assert.Equal("y", Value(configuration, $"A{Deep}"));
        Assert.Contains($"CONFIG_A{Deep}=y", config, StringComparison.Ordinal);
    }

    [Fact]
    public void A_100000_symbol_dependency_loop_is_one_KCONF140_at_the_first_symbol()
    {
        var text = string.Concat(Enumerable.Range(1, Deep).Select(i => $"config A{i}\n\tbool \"a\"\n\tdepends on A{(i % Deep) + 1}\n"));

        var (_, configuration, _) = Run(text, KconfigDialect.Kconfig);

        var loop = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.DependencyLoop.Id);
        Assert.Equal(1, loop.Location.Line);
        Assert.DoesNotContain(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.LimitExceeded.Id);
    }

    [Theory]
    [InlineData("&&", "y")]
    [InlineData("||", "y")]
    public void A_1_MB_chain_in_one_expression_resolves_and_prints(string op, string expected)
    {
        var operands = 1_000_000 / 6;
        var text = "config X\n\tbool \"x\"\n\tdefault y\nconfig B\n\tbool \"b\"\n\tdefault y\n\tdepends on "
            + string.Join($" {op} ", Enumerable.Repeat("X", operands)) + "\n";

        var (model, configuration, _) = Run(text, KconfigDialect.Kconfig);

        Assert.Equal(expected, Value(configuration, "B"));
        Assert.DoesNotContain(configuration.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        var printed = SmallStack.Run(() => model.FindSymbol("B")!.DirectDependency.ToString());
        Assert.Equal(operands + ((operands - 1) * 4), printed.Length);
    }

    [Fact]
    public void A_symbol_selected_by_100000_others_resolves()
    {
        var text = string.Concat(Enumerable.Range(0, Deep).Select(i => $"config S{i}\n\tbool \"s\"\n\tdefault {(i == Deep - 1 ? "y" : "n")}\n\tselect T\n")) + "config T\n\tbool\n";

        var (_, configuration, _) = Run(text, KconfigDialect.Kconfig);

        Assert.Equal("y", Value(configuration, "T"));
        Assert.DoesNotContain(configuration.Diagnostics, d => d.Severity == KconfigSeverity.Error);
    }

    [SharedDataFact]
    public void Real_trees_are_resolved_on_demand_so_their_diagnostics_keep_their_order()
    {
        var model = NuttxCorpus.Parse();

        var graph = DependencyGraph.Of(model);

        Assert.True(graph.Depth <= KconfigResolver.OnDemandDepth, $"NuttX's dependency graph is {graph.Depth} deep");
        // The loop search's bound on the longest path tells so without the depth walk (45 at the corpus's version).
        Assert.True(graph.LongestPathBound is >= 0 and <= KconfigResolver.OnDemandDepth, $"NuttX's longest path bound is {graph.LongestPathBound}");
    }
}
