using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>Diagnostics LKC and minikconf give that were missing, each at the offending line.</summary>
public sealed class PropertyTypeDiagnosticsTests
{
    private static KconfigModel Parse(string text, KconfigDialect dialect = KconfigDialect.Kconfig) =>
        KconfigParser.Parse("Kconfig", new InMemoryFileProvider().Add("Kconfig", text), new KconfigParseOptions { Dialect = dialect });

    [Fact]
    public void A_range_on_a_bool_is_KCONF115_at_the_range_line()
    {
        var model = Parse("config B\n\tbool \"b\"\n\trange 1 5\n");

        var warning = Assert.Single(model.Diagnostics, d => d.Id == KconfigDiagnostics.AttributeNotAllowed.Id);
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("range", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_on_an_int_is_no_diagnostic()
    {
        Assert.Empty(Parse("config I\n\tint \"i\"\n\trange 1 5\n\tdefault 2\n").Diagnostics);
    }

    [Fact]
    public void A_select_of_an_int_is_KCONF115_at_the_select_line()
    {
        var model = Parse("config A\n\tbool \"a\"\n\tselect I\nconfig I\n\tint \"i\"\n");

        var warning = Assert.Single(model.Diagnostics, d => d.Id == KconfigDiagnostics.AttributeNotAllowed.Id);
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("'select I'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_symbol_that_selects_is_KCONF115()
    {
        var model = Parse("config S\n\tstring \"s\"\n\tselect B\nconfig B\n\tbool\n");

        Assert.Equal(3, Assert.Single(model.Diagnostics, d => d.Id == KconfigDiagnostics.AttributeNotAllowed.Id).Location.Line);
    }

    [Fact]
    public void Optional_outside_a_choice_is_an_error_at_its_line()
    {
        var model = Parse("config A\n\tbool \"a\"\n\toptional\n");

        var error = Assert.Single(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        Assert.Equal(KconfigDiagnostics.SyntaxError.Id, error.Id);
        Assert.Equal(3, error.Location.Line);
    }

    [Theory]
    [InlineData("default y")]
    [InlineData("default n")]
    [InlineData("default y if B")]
    public void A_qemu_default_of_y_or_n_is_accepted(string line)
    {
        Assert.Empty(Parse($"config A\n\tbool\n\t{line}\nconfig B\n\tbool\n", KconfigDialect.Qemu).Diagnostics);
    }

    [Theory]
    [InlineData("default m")]
    [InlineData("default B")]
    [InlineData("default y && B")]
    public void A_qemu_default_that_is_not_y_or_n_is_an_error_and_ignored(string line)
    {
        var model = Parse($"config A\n\tbool\n\t{line}\nconfig B\n\tbool\n", KconfigDialect.Qemu);

        var error = Assert.Single(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
        Assert.Equal(3, error.Location.Line);
        Assert.Empty(model.FindSymbol("A")!.Defaults);
    }

    [Fact]
    public void The_same_symbol_twice_in_one_values_file_is_KCONF156_at_the_second_line()
    {
        var diagnostics = new DiagnosticBag();

        var values = ValuesFileReader.ReadText("CONFIG_A=y\nCONFIG_B=y\n# CONFIG_A is not set\n", ".config", diagnostics);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(KconfigDiagnostics.ValueSetTwice.Id, warning.Id);
        Assert.Equal(3, warning.Location.Line);
        Assert.Equal("n", values.Last(v => v.Name == "A").Value);
    }
}
