using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Resolution;

public sealed class ValueOriginTests
{
    private const string Tree =
        "config B\n\tbool \"B\"\n\tdefault y\n\n" +
        "config A\n\tbool \"A\"\n\tdepends on B\n\tdefault y if B\n";

    private static ValueOrigin OriginOfA() =>
        KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []).Symbols.Single(s => s.Name == "A").Origin;

    [Fact]
    public void A_defaults_description_is_written_on_first_read_with_the_condition_Kconfiglib_prints()
    {
        var origin = OriginOfA();

        Assert.Equal(ValueSource.Default, origin.Source);
        Assert.Equal($"default y if B && B at {origin.Location}", origin.Description);
        Assert.Equal("Kconfig:8", origin.Location.ToString());
    }

    [Fact]
    public void A_described_later_origin_equals_one_built_with_its_text()
    {
        var lazy = OriginOfA();
        var written = OriginOfA();
        var eager = new ValueOrigin(ValueSource.Default, written.Description, written.Location);

        // lazy has not been read yet: equality and hashing must write it, not compare a missing text.
        Assert.Equal(eager, lazy);
        Assert.Equal(eager.GetHashCode(), OriginOfA().GetHashCode());
        Assert.NotEqual(eager with { Description = "default n" }, OriginOfA());
    }
}
