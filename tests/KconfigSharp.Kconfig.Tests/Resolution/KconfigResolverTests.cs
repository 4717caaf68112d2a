using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Resolution;

public sealed class KconfigResolverTests
{
    private static ResolvedConfiguration Resolve(string kconfig, string values = "", ResolveMode mode = ResolveMode.Defconfig, Dictionary<string, string>? environment = null)
    {
        var model = KconfigParser.ParseText(kconfig, "Kconfig", new KconfigParseOptions { Macros = environment ?? [] });
        var assignments = ValuesFileReader.ReadText(values, ".config", new DiagnosticBag());
        return KconfigEngine.Resolve(model, assignments, new ResolveOptions { Mode = mode, Environment = environment ?? [] });
    }

    private static ResolvedSymbol Symbol(ResolvedConfiguration configuration, string name) => configuration.Find(name)!;

    private static string Value(ResolvedConfiguration configuration, string name) => Symbol(configuration, name).Value;

    [Fact]
    public void User_value_is_capped_by_visibility()
    {
        const string kconfig = "config MODULES\n\tbool \"m\"\n\toption modules\nconfig DEP\n\ttristate \"dep\"\nconfig T\n\ttristate \"t\"\n\tdepends on DEP\n";

        var configuration = Resolve(kconfig, "CONFIG_MODULES=y\nCONFIG_DEP=m\nCONFIG_T=y\n");

        Assert.Equal("m", Value(configuration, "T"));
        Assert.Equal("m", Symbol(configuration, "T").Visibility);
    }

    [Fact]
    public void User_value_of_an_invisible_symbol_is_ignored_with_the_failing_dependency_and_its_values()
    {
        var configuration = Resolve("config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n\tdepends on A\n", "CONFIG_B=y\n");

        Assert.Equal("n", Value(configuration, "B"));
        var warning = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueIgnoredUnmetDependency.Id);
        Assert.Contains("dependency A is n", warning.Message, StringComparison.Ordinal);
        Assert.Contains("A=n", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(Symbol(configuration, "B").UserValueNote);
        Assert.Equal("y", Symbol(configuration, "B").UserValue);
    }

    [Fact]
    public void User_value_of_a_symbol_without_prompt_is_ignored_with_a_warning()
    {
        var configuration = Resolve("config A\n\tbool \"a\"\nconfig B\n\tbool\n\tdefault y\n", "CONFIG_B=n\n");

        Assert.Equal("y", Value(configuration, "B"));
        var warning = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueIgnoredNoPrompt.Id);
        Assert.DoesNotContain("qemu", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tree_without_prompts_suggests_the_qemu_dialect()
    {
        var configuration = Resolve("config B\n\tbool\n", "CONFIG_B=y\n");

        var warning = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueIgnoredNoPrompt.Id);
        Assert.Contains("--dialect qemu", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_symbol_and_wrong_type_values_are_reported()
    {
        var configuration = Resolve("config I\n\tint \"i\"\n\tdefault 3\n", "CONFIG_NOPE=y\nCONFIG_I=abc\n");

        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueForUnknownSymbol.Id);
        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueWrongType.Id);
        Assert.Equal("3", Value(configuration, "I"));
    }

    [Fact]
    public void First_active_default_wins()
    {
        var configuration = Resolve("config A\n\tbool\nconfig S\n\tstring\n\tdefault \"a\" if A\n\tdefault \"b\"\n\tdefault \"c\"\n");

        Assert.Equal("b", Value(configuration, "S"));
        Assert.Equal(ValueSource.Default, Symbol(configuration, "S").Origin.Source);
    }

    [Fact]
    public void Int_default_is_clamped_into_the_active_range_and_a_range_without_default_gives_its_low_end()
    {
        var configuration = Resolve("config I\n\tint\n\trange 10 20\n\tdefault 5\nconfig J\n\tint\n\trange 7 9\nconfig H\n\thex\n\trange 0x10 0x20\n\tdefault 0x40\n");

        Assert.Equal("10", Value(configuration, "I"));
        Assert.Equal("7", Value(configuration, "J"));
        Assert.Equal("0x20", Value(configuration, "H"));
        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueOutOfRange.Id && d.Message.Contains("clamped to 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_of_range_user_value_is_clamped_to_the_bound_it_crossed()
    {
        var configuration = Resolve("config I\n\tint \"i\"\n\trange 1 5\n\tdefault 2\n", "CONFIG_I=9\n");

        Assert.Equal("5", Value(configuration, "I"));
        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueOutOfRange.Id && d.Message.Contains("clamped to 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_of_range_user_value_falls_back_on_defaults_in_a_tree_with_legacy_syntax()
    {
        var configuration = Resolve("config I\n\tint \"i\"\n\trange 1 5\n\tdefault 2\n\t---help---\n\t  old\n", "CONFIG_I=9\n");

        Assert.Equal("2", Value(configuration, "I"));
        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ValueOutOfRange.Id && d.Message.Contains("falling back on defaults", StringComparison.Ordinal));
    }

    [Fact]
    public void Select_forces_the_target_and_warns_about_unmet_direct_dependencies_naming_both_chains()
    {
        var configuration = Resolve("config DEP\n\tbool\nconfig T\n\tbool\n\tdepends on DEP\nconfig S\n\tbool\n\tdefault y\n\tselect T\n");

        Assert.Equal("y", Value(configuration, "T"));
        Assert.Equal(ValueSource.Select, Symbol(configuration, "T").Origin.Source);
        var warning = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.SelectUnmetDependency.Id);
        Assert.Equal(
            "T (defined at Kconfig:3) has direct dependencies DEP with value n, but is currently being y-selected by the following symbols:\n - S (defined at Kconfig:6), with value y, direct dependencies y (value: y)",
            warning.Message);
    }

    [Fact]
    public void Imply_applies_only_while_the_direct_dependencies_are_met()
    {
        const string kconfig = "config DEP\n\tbool \"dep\"\nconfig T\n\tbool \"t\"\n\tdepends on DEP\nconfig U\n\tbool \"u\"\nconfig S\n\tbool\n\tdefault y\n\timply T\n\timply U\n";

        var off = Resolve(kconfig);
        var on = Resolve(kconfig, "CONFIG_DEP=y\n");

        Assert.Equal("n", Value(off, "T"));
        Assert.Equal("y", Value(off, "U"));
        Assert.Equal(ValueSource.Imply, Symbol(off, "U").Origin.Source);
        Assert.Equal("y", Value(on, "T"));
    }

    [Fact]
    public void Implied_symbol_can_still_be_set_to_n_by_the_user()
    {
        var configuration = Resolve("config U\n\tbool \"u\"\nconfig S\n\tbool\n\tdefault y\n\timply U\n", "# CONFIG_U is not set\n");

        Assert.Equal("n", Value(configuration, "U"));
    }

    [Fact]
    public void Choice_selects_the_visible_default_then_the_first_visible_member_and_honours_the_user()
    {
        const string kconfig = "config X\n\tbool\nchoice\n\tprompt \"c\"\n\tdefault B if X\n\tdefault C\nconfig A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\nconfig C\n\tbool \"c\"\nendchoice\nchoice\n\tprompt \"d\"\nconfig D1\n\tbool \"d1\"\n\tdepends on X\nconfig D2\n\tbool \"d2\"\nendchoice\n";

        var defaults = Resolve(kconfig);
        var user = Resolve(kconfig, "CONFIG_A=y\n");

        Assert.Equal("y", Value(defaults, "C"));
        Assert.Equal("n", Value(defaults, "A"));
        Assert.Equal("y", Value(defaults, "D2"));
        Assert.Equal("C", defaults.Choices[0].Selection);
        Assert.Equal("y", Value(user, "A"));
        Assert.Equal("n", Value(user, "C"));
    }

    [Fact]
    public void Optional_choice_is_off_by_default()
    {
        var configuration = Resolve("choice\n\tprompt \"c\"\n\toptional\nconfig A\n\tbool \"a\"\nendchoice\n");

        Assert.Equal("n", configuration.Choices[0].Mode);
        Assert.Equal("n", Value(configuration, "A"));
    }

    [Fact]
    public void Tristate_choice_in_m_mode_lets_each_member_be_m()
    {
        const string kconfig = "config MODULES\n\tbool \"m\"\n\toption modules\n\tdefault y\nchoice\n\ttristate \"c\"\n\tdefault m\nconfig A\n\ttristate \"a\"\nconfig B\n\ttristate \"b\"\nendchoice\n";

        var configuration = Resolve(kconfig, "CONFIG_A=m\nCONFIG_B=m\n");

        Assert.Equal("m", configuration.Choices[0].Mode);
        Assert.Equal("m", Value(configuration, "A"));
        Assert.Equal("m", Value(configuration, "B"));
    }

    [Fact]
    public void Select_of_a_choice_member_has_no_effect_and_warns()
    {
        var configuration = Resolve("choice\n\tprompt \"c\"\nconfig A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\nendchoice\nconfig S\n\tbool\n\tdefault y\n\tselect B\n");

        Assert.Equal("y", Value(configuration, "A"));
        Assert.Equal("n", Value(configuration, "B"));
        Assert.Contains(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.ChoiceSelectIgnored.Id);
    }

    [Fact]
    public void Bare_m_in_a_condition_needs_modules_but_a_tristate_default_m_becomes_y_without_modules()
    {
        const string kconfig = "config MODULES\n\tbool \"m\"\n\toption modules\nconfig A\n\tbool\n\tdefault y if m\nconfig T\n\ttristate\n\tdefault m\n";

        var without = Resolve(kconfig);
        var with = Resolve(kconfig, "CONFIG_MODULES=y\n");

        Assert.Equal("n", Value(without, "A"));
        Assert.Equal("y", Value(without, "T"));
        Assert.Equal("y", Value(with, "A"));
        Assert.Equal("m", Value(with, "T"));
    }

    [Fact]
    public void Comparisons_are_numeric_for_numbers_and_lexicographic_otherwise()
    {
        const string kconfig = "config I\n\tint\n\tdefault 10\nconfig S\n\tstring\n\tdefault \"abc\"\nconfig NUM\n\tdef_bool I > 9\nconfig STR\n\tdef_bool S < \"abd\"\nconfig UNDEF\n\tdef_bool FOO = \"FOO\"\nconfig HEX\n\tdef_bool 0x10 = 16\n";

        var configuration = Resolve(kconfig);

        Assert.Equal("y", Value(configuration, "NUM"));
        Assert.Equal("y", Value(configuration, "STR"));
        Assert.Equal("y", Value(configuration, "UNDEF"));
        Assert.Equal("y", Value(configuration, "HEX"));
    }

    [Fact]
    public void Option_env_symbol_takes_the_environment_value_and_is_not_written()
    {
        var environment = new Dictionary<string, string> { ["ROOT"] = "/src" };

        var configuration = Resolve("config ROOT\n\tstring\n\toption env=\"ROOT\"\n", environment: environment);

        Assert.Equal("/src", Value(configuration, "ROOT"));
        Assert.False(Symbol(configuration, "ROOT").IsWritten);
        Assert.Equal(ValueSource.Environment, Symbol(configuration, "ROOT").Origin.Source);
    }

    [Fact]
    public void Allnoconfig_and_allyesconfig_set_every_promptable_symbol()
    {
        const string kconfig = "config A\n\tbool \"a\"\n\tdefault y\nconfig B\n\tbool \"b\"\nconfig C\n\tbool \"c\"\n\toption allnoconfig_y\nconfig H\n\tbool\n\tdefault y\n";

        var no = Resolve(kconfig, mode: ResolveMode.AllNoConfig);
        var yes = Resolve(kconfig, mode: ResolveMode.AllYesConfig);

        Assert.Equal(["n", "n", "y", "y"], new[] { Value(no, "A"), Value(no, "B"), Value(no, "C"), Value(no, "H") });
        Assert.Equal(["y", "y", "y", "y"], new[] { Value(yes, "A"), Value(yes, "B"), Value(yes, "C"), Value(yes, "H") });
    }

    [Fact]
    public void Dependency_loop_through_select_and_depends_names_the_whole_cycle()
    {
        var configuration = Resolve("config A\n\tbool\n\tdepends on B\nconfig B\n\tbool\n\tselect A\n\tdepends on C\nconfig C\n\tbool\n\tdefault A\n");

        var loop = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.DependencyLoop.Id);
        // The select condition carries B's dependency C, so A depends on C, which defaults to A.
        Assert.StartsWith("Dependency loop\n===============\n\nA (defined at Kconfig:1), with definition...\n\nconfig A\n\tbool\n\tdepends on B\n\n(select-related dependencies: B && C)\n\n...depends on C (defined at Kconfig:8)", loop.Message, StringComparison.Ordinal);
        Assert.Contains("...depends again on", loop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_is_equatable()
    {
        const string kconfig = "config A\n\tbool \"a\"\n\tdefault y\n";

        Assert.Equal(Resolve(kconfig), Resolve(kconfig));
    }

    [Fact]
    public void User_value_from_a_define_is_the_origin()
    {
        var model = KconfigParser.ParseText("config A\n\tbool \"a\"\n");
        var values = new[] { new ValueAssignment("A", "y", false, SourceLocation.None, ValueSource.Define) };

        var configuration = KconfigEngine.Resolve(model, values);

        Assert.Equal("y", Value(configuration, "A"));
        Assert.Equal(ValueSource.Define, Symbol(configuration, "A").Origin.Source);
    }

    [Fact]
    public void Later_value_for_the_same_symbol_wins()
    {
        var configuration = Resolve("config A\n\tbool \"a\"\n", "CONFIG_A=y\n# CONFIG_A is not set\n");

        Assert.Equal("n", Value(configuration, "A"));
    }

    [Fact]
    public void Select_raises_a_user_n_and_the_note_says_so()
    {
        var configuration = Resolve("config A\n\tbool \"a\"\nconfig S\n\tbool\n\tdefault y\n\tselect A\n", "# CONFIG_A is not set\n");

        Assert.Equal("y", Value(configuration, "A"));
        Assert.Contains("selected", Symbol(configuration, "A").UserValueNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_member_behind_a_symbol_it_depends_on_is_not_a_member()
    {
        var configuration = Resolve("choice\n\tprompt \"c\"\nconfig A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n\tdepends on A\nendchoice\n");

        Assert.Null(configuration.Find("B")!.ChoiceName);
        Assert.Equal("y", Value(configuration, "A"));
        Assert.Equal("n", Value(configuration, "B"));
        Assert.Equal("ny", Symbol(configuration, "B").Assignable);
    }
}
