using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>The <c>kconfig</c> and <c>qemu</c> dialects resolve the common bool subset (<see cref="BoolSubsetGen"/>) alike.</summary>
public sealed class DialectAgreementProperties
{
    private static string Values(string text, KconfigDialect dialect)
    {
        var model = KconfigParser.ParseText(text, "Kconfig", new KconfigParseOptions { Dialect = dialect });
        Assert.False(model.HasErrors, dialect + ": " + string.Join("\n", model.Diagnostics) + "\n" + text);
        var resolved = KconfigEngine.Resolve(model, Array.Empty<ValueAssignment>());
        return string.Join(" ", Enumerable.Range(0, BoolSubsetGen.Count).Select(i => $"X{i}={resolved.Symbols.Single(s => s.Name == "X" + i).Value}"));
    }

    [Fact]
    public void Kconfig_and_qemu_dialects_agree_on_the_bool_subset()
    {
        BoolSubsetGen.Program.Sample(text =>
        {
            Assert.Equal(Values(text, KconfigDialect.Kconfig), Values(text, KconfigDialect.Qemu));
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }
}
