using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Fidelity;

/// <summary>
/// LKC 7.x <c>transitional_check_sanity</c> (its <c>err_transitional</c> test): a transitional symbol
/// with anything but a type and help is an error at the offending attribute.
/// </summary>
public sealed class TransitionalTests
{
    [Theory]
    [InlineData("\tdefault y\n", "default", 4)]
    [InlineData("\tprompt \"Bad prompt\"\n", "prompt", 4)]
    [InlineData("\tselect OTHER\n", "select", 4)]
    [InlineData("\timply OTHER\n", "imply", 4)]
    [InlineData("\tdepends on OTHER\n", "depends on", 1)]
    [InlineData("\trange 1 10\n", "range", 4)]
    public void Transitional_symbol_with_another_property_is_an_error(string property, string name, int line)
    {
        var type = name == "range" ? "int" : "bool";
        var model = KconfigParser.ParseText($"config BAD\n\t{type}\n\ttransitional\n{property}\thelp\n\t  Not allowed.\n\nconfig OTHER\n\tbool\n");

        var error = Assert.Single(model.Diagnostics, d => d.Id == KconfigDiagnostics.TransitionalWithProperties.Id);
        Assert.Equal(KconfigSeverity.Error, error.Severity);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains($"'{name}' is not allowed on BAD", error.Message, StringComparison.Ordinal);
        Assert.True(model.HasErrors);
    }

    [Theory]
    [InlineData(ResolveMode.AllYesConfig)]
    [InlineData(ResolveMode.AllNoConfig)]
    public void All_config_modes_give_a_transitional_symbol_no_value(ResolveMode mode)
    {
        var model = KconfigParser.ParseText("config HIDDEN_NEW\n\tbool\n\tdefault OLD\n\nconfig OLD\n\tbool\n\ttransitional\n");

        var configuration = KconfigEngine.Resolve(model, [], new ResolveOptions { Mode = mode });

        Assert.Equal("n", configuration.Find("HIDDEN_NEW")!.Value);
        Assert.False(configuration.Find("OLD")!.IsWritten);
    }
}
