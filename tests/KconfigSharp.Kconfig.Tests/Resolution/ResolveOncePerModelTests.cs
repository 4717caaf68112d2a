using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// The dependency graph is built once per model and kept with it (issue 12); the per-resolve value
/// arrays are indexed by symbol id. Neither may change what a resolve reports.
/// </summary>
public sealed class ResolveOncePerModelTests
{
    private const string LoopTree = "config A\n\tbool \"a\"\n\tdepends on B\nconfig B\n\tbool \"b\"\n\tdepends on C\nconfig C\n\tbool \"c\"\n\tdefault A\n";

    [Fact]
    public void Every_resolve_of_one_model_reports_the_same_loop_at_the_same_place_from_one_graph()
    {
        var model = KconfigParser.ParseText(LoopTree, "Kconfig");

        var first = KconfigEngine.Resolve(model, []);
        var graph = DependencyGraph.Of(model);
        var second = KconfigEngine.Resolve(model, ValuesFileReader.ReadText("CONFIG_A=y\n", ".config", new DiagnosticBag()));

        Assert.Same(graph, DependencyGraph.Of(model));
        var loop1 = Assert.Single(first.Diagnostics, d => d.Id == KconfigDiagnostics.DependencyLoop.Id);
        var loop2 = Assert.Single(second.Diagnostics, d => d.Id == KconfigDiagnostics.DependencyLoop.Id);
        Assert.Equal(loop1, loop2);
        Assert.Equal(("Kconfig", 1), (loop1.Location.File, loop1.Location.Line));
        Assert.StartsWith("Dependency loop\n", loop1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cached_graph_and_a_fresh_parse_resolve_alike()
    {
        const string tree = "config A\n\tbool \"a\"\n\tdefault y\nconfig B\n\tbool\n\tdefault y if A\nconfig C\n\tint \"c\"\n\trange 1 2\n\tdefault 3\n";
        var model = KconfigParser.ParseText(tree, "Kconfig");

        var again = KconfigEngine.Resolve(model, []);
        var twice = KconfigEngine.Resolve(model, []);
        var fresh = KconfigEngine.Resolve(KconfigParser.ParseText(tree, "Kconfig"), []);

        Assert.Equal(fresh, again);
        Assert.Equal(fresh, twice);
        Assert.Equal("y", again.Find("B")!.Value);
        Assert.Equal("2", again.Find("C")!.Value);
    }

    [Fact]
    public void Every_resolve_of_one_model_reports_its_choice_problems_once_each_in_order()
    {
        // A default outside the choice, a default on a member, a selected member and a promptless member: KCONF114/KCONF143,
        // found once per model and kept with its graph.
        const string tree = "config OUT\n\tbool \"out\"\n\tselect B\nchoice\n\tprompt \"pick\"\n\tdefault OUT\nconfig A\n\tbool \"a\"\n\tdefault y\nconfig B\n\tbool \"b\"\nconfig C\n\tbool\nendchoice\n";
        var model = KconfigParser.ParseText(tree, "Kconfig");

        var first = KconfigEngine.Resolve(model, []);
        var second = KconfigEngine.Resolve(model, ValuesFileReader.ReadText("CONFIG_A=y\n", ".config", new DiagnosticBag()));
        var fresh = KconfigEngine.Resolve(KconfigParser.ParseText(tree, "Kconfig"), []);

        static string[] ChoiceProblems(ResolvedConfiguration resolved) => resolved.Diagnostics
            .Where(d => d.Id == KconfigDiagnostics.ChoiceProblem.Id || d.Id == KconfigDiagnostics.ChoiceSelectIgnored.Id)
            .Select(d => $"{d.Id} {d.Location.Line} {d.Message}").ToArray();
        Assert.Equal(4, ChoiceProblems(fresh).Length);
        Assert.Equal(ChoiceProblems(fresh), ChoiceProblems(first));
        Assert.Equal(ChoiceProblems(fresh), ChoiceProblems(second));
        Assert.Equal(fresh.Diagnostics, first.Diagnostics);
        Assert.Same(DependencyGraph.Of(model).ChoiceProblems, DependencyGraph.Of(model).ChoiceProblems);
    }

    [Fact]
    public void Symbol_ids_are_dense_in_the_model_and_a_symbol_of_another_model_does_not_take_a_slot()
    {
        var one = KconfigParser.ParseText("config A\n\tbool\nconfig B\n\tbool\n\tdepends on UNDEFINED\n", "Kconfig");
        var other = KconfigParser.ParseText("config X\n\tbool\n", "Kconfig");

        Assert.Equal(Enumerable.Range(0, one.Symbols.Count), one.Symbols.Values.Select(s => s.Id).OrderBy(id => id));
        var a = one.FindSymbol("A")!;
        var x = other.FindSymbol("X")!;
        Assert.Equal(a.Id, x.Id);

        var map = new SymbolMap<string>(one);
        map[a] = "a";
        map[x] = "x";

        Assert.Equal("a", map[a]);
        Assert.Equal("x", map[x]);
        Assert.False(map.ContainsKey(one.FindSymbol("B")!));
        Assert.False(map.TryGetValue(one.Constants.Yes, out _));
    }
}
