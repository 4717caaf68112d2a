using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>Inputs AFL++ found (fuzz/README.md), kept as fixed regression inputs.</summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    /// <summary>AFL crash id:000000 (first run): qemu values for an undefined symbol made Resolve throw NullReferenceException.</summary>
    private const string UndefinedSymbolValueCrash =
        "AFMAABAAMgogICAgc3RyaW5nICJzdHJpbmcidFJJIAAARlRSSU5HCiAhdWx0eQojIENPTkZJR19CIGlzIG5vdCBzZXQKQ09/RklHXyAiXCJcXCIK";

    [Theory, MemberData(nameof(Dialects))]
    public void The_afl_input_that_crashed_the_qemu_resolver_now_resolves(KconfigDialect dialect)
    {
        var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(UndefinedSymbolValueCrash));

        _ = Robust.ParseAndResolve(text, dialect, values: text);
    }

    [Fact]
    public void A_qemu_value_for_an_undefined_symbol_is_KCONF150_not_an_exception()
    {
        var diagnostics = Robust.ParseAndResolve("config A\n\tbool\n", KconfigDialect.Qemu, values: "CONFIG_NOT_DEFINED=y\n");

        Assert.Contains(diagnostics, d => d.Id == "KCONF150");
    }
}
