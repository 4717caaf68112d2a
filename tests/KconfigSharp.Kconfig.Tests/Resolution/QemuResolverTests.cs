using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>minikconf's <c>compute_config</c> rules (KCONFIG.md §3) on small trees.</summary>
public sealed class QemuResolverTests
{
    private static ResolvedConfiguration Resolve(string kconfig, string defines = "", ResolveMode mode = ResolveMode.Defconfig)
    {
        var model = KconfigParser.ParseText(kconfig, "Kconfig", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });
        var values = DefinesParser.ParseList(defines, new DiagnosticBag());
        return KconfigEngine.Resolve(model, values, new ResolveOptions { Mode = mode });
    }

    private static string ValueOf(ResolvedConfiguration configuration, string name) =>
        configuration.Symbols.First(s => s.Name == name).Value;

    [Fact]
    public void Clauses_run_in_topological_order_whatever_the_file_order()
    {
        var configuration = Resolve("config A\n  default y if B\nconfig B\n  default y if C\nconfig C\n", "C=y");

        Assert.Equal("y", ValueOf(configuration, "A"));
        Assert.Equal("y", ValueOf(configuration, "B"));
        Assert.False(configuration.HasErrors);
    }

    [Fact]
    public void The_first_default_whose_condition_holds_wins()
    {
        var configuration = Resolve("config A\n  default n if B\n  default y\nconfig B\n", "B=y");

        Assert.Equal("n", ValueOf(configuration, "A"));
    }

    [Fact]
    public void Defaults_apply_only_to_symbols_without_a_value()
    {
        var configuration = Resolve("config A\n  default y\nconfig B\n  select A\n", "A=n");

        Assert.Equal("n", ValueOf(configuration, "A"));
        Assert.False(configuration.HasErrors);
    }

    [Fact]
    public void An_unmet_depends_on_forces_n()
    {
        var configuration = Resolve("config A\n  default y\n  depends on B\nconfig B\n");

        Assert.Equal("n", ValueOf(configuration, "A"));
        Assert.Equal(ValueSource.DependsOn, configuration.Symbols.First(s => s.Name == "A").Origin.Source);
    }

    [Fact]
    public void An_assignment_against_an_unmet_dependency_is_a_contradiction_naming_the_clauses()
    {
        var configuration = Resolve("config A\n  depends on B\nconfig B\n", "A=y;B=n");

        var contradiction = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.Contradiction.Id);
        Assert.Contains("when setting A", contradiction.Message);
        Assert.Contains("CONFIG_A=y", contradiction.Message);
        Assert.Contains("depends on B", contradiction.Message);
    }

    [Fact]
    public void A_select_of_a_symbol_with_unmet_dependencies_is_a_contradiction()
    {
        var configuration = Resolve("config A\n  select B\nconfig B\n  depends on C\nconfig C\n", "A=y");

        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.Contradiction.Id && d.Message.Contains("when setting B"));
    }

    [Fact]
    public void Select_is_conditional()
    {
        var configuration = Resolve("config A\n  select B if C\nconfig B\nconfig C\n", "A=y");

        Assert.Equal("n", ValueOf(configuration, "B"));
    }

    [Fact]
    public void Imply_is_a_default_y_that_an_assignment_overrides()
    {
        var implied = Resolve("config A\n  imply B\nconfig B\n", "A=y");
        var overridden = Resolve("config A\n  imply B\nconfig B\n", "A=y;B=n");

        Assert.Equal("y", ValueOf(implied, "B"));
        Assert.Equal(ValueSource.Imply, implied.Symbols.First(s => s.Name == "B").Origin.Source);
        Assert.Equal("n", ValueOf(overridden, "B"));
        Assert.False(overridden.HasErrors);
    }

    [Fact]
    public void A_dependency_cycle_is_an_error_naming_a_symbol_of_the_cycle()
    {
        var configuration = Resolve("config A\n  depends on B\nconfig B\n  depends on A\n");

        var cycle = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.DependencyLoop.Id);
        Assert.Contains("cycle found including", cycle.Message);
    }

    [Fact]
    public void Or_binds_tighter_than_and()
    {
        // minikconf parses 'A && B || C' as 'A && (B || C)'.
        var configuration = Resolve("config X\n  default y if A && B || C\nconfig A\nconfig B\nconfig C\n", "C=y");

        Assert.Equal("n", ValueOf(configuration, "X"));
    }

    [Fact]
    public void Allnoconfig_maps_every_default_and_imply_to_n_but_keeps_selects()
    {
        var configuration = Resolve("config A\n  default y\n  select S\n  imply I\nconfig S\nconfig I\nconfig B\n  default y\n", "A=y", ResolveMode.AllNoConfig);

        Assert.Equal("y", ValueOf(configuration, "S"));
        Assert.Equal("n", ValueOf(configuration, "I"));
        Assert.Equal("n", ValueOf(configuration, "B"));
    }

    [Fact]
    public void Allyesconfig_maps_the_implicit_default_n_to_y_too()
    {
        var configuration = Resolve("config A\nconfig B\n  default n\nconfig C\n  depends on D\nconfig D\n", "D=n", ResolveMode.AllYesConfig);

        Assert.Equal("y", ValueOf(configuration, "A"));
        Assert.Equal("y", ValueOf(configuration, "B"));
        Assert.Equal("n", ValueOf(configuration, "C"));
        Assert.Equal(ValueSource.Mode, configuration.Symbols.First(s => s.Name == "A").Origin.Source);
    }

    [Fact]
    public void An_undefined_symbol_is_a_warning_and_still_assignable()
    {
        var configuration = Resolve("config A\n  depends on U\n", "U=y;A=y");

        Assert.Equal("y", ValueOf(configuration, "A"));
        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.UndefinedSymbol.Id && d.Severity == KconfigSeverity.Warning);
        Assert.False(configuration.HasErrors);
    }

    [Fact]
    public void Assignments_in_parsed_files_count_like_defines()
    {
        var configuration = Resolve("config A\n  select B\nconfig B\nCONFIG_A=y\n");

        Assert.Equal("y", ValueOf(configuration, "A"));
        Assert.Equal("y", ValueOf(configuration, "B"));
    }

    [Fact]
    public void A_symbol_defined_twice_gets_the_clauses_of_both_definitions()
    {
        var configuration = Resolve("config A\n  depends on B\nconfig A\n  depends on C\nconfig B\nconfig C\n", "B=y;C=n");

        Assert.Equal("n", ValueOf(configuration, "A"));
    }

    [Fact]
    public void A_contradiction_lists_the_clauses_that_set_the_symbol_so_far_in_processing_order()
    {
        // B's clauses run: select from E (E=n: sets nothing), select from A (sets y), depends on C (sets n:
        // the contradiction), select from D (after the report). Only the two that set B are listed (minikconf).
        var configuration = Resolve(
            "config E\n  select B\nconfig A\n  select B\n  default y if D\nconfig B\n  depends on C\n  default y\nconfig C\nconfig D\n  select A\n  select B\n",
            "C=n;D=y;E=n");

        var contradiction = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.Contradiction.Id);
        Assert.Equal("contradiction between clauses when setting B: select B if A (Kconfig:4); config B depends on C (Kconfig:6)", contradiction.Message);
        Assert.Equal(6, contradiction.Location.Line);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Clauses_of_nested_blocks_are_numbered_in_document_order_at_every_depth(int depth)
    {
        // `depth` nested menus (deeper than the walk's first 16 levels for 40), a selector of B before,
        // inside each level and after the blocks; every selector is y, and B, defined last, depends on C=n: the
        // contradiction lists the selects in clause number order, which is document order (minikconf's), then B's
        // 'depends on'.
        var text = new System.Text.StringBuilder("config C\nconfig S_before\n  select B\n");
        var defines = new List<string> { "C=n", "S_before=y", "S_after=y" };
        for (var i = 0; i < depth; i++)
        {
            text.Append("menu \"m\"\nconfig S").Append(i).Append("\n  select B\n");
            defines.Add($"S{i}=y");
        }

        text.Append(string.Concat(Enumerable.Repeat("endmenu\n", depth))).Append("config S_after\n  select B\nconfig B\n  depends on C\n");

        var configuration = Resolve(text.ToString(), string.Join(";", defines));

        var contradiction = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.Contradiction.Id);
        var selectors = new[] { "S_before" }.Concat(Enumerable.Range(0, depth).Select(i => "S" + i)).Append("S_after");
        var setters = contradiction.Message[(contradiction.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split("; ");
        Assert.Equal(selectors.Select(s => "select B if " + s).Append("config B depends on C"), setters.Select(c => c[..c.IndexOf(" (", StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_cycle_names_the_clause_being_evaluated()
    {
        var configuration = Resolve("config A\n  default y if B\nconfig B\n  default y if A\n");

        var cycle = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.DependencyLoop.Id);
        Assert.Matches(@"^cycle found including [AB] \(while evaluating 'config [AB] default y if [AB]'\)$", cycle.Message);
    }
}
