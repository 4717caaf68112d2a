using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Tests.Bounds;

public sealed class BinaryInputTests
{
    public static TheoryData<KconfigDialect> Dialects => new() { KconfigDialect.Kconfig, KconfigDialect.Qemu };

    [Theory, MemberData(nameof(Dialects))]
    public void A_binary_file_gives_diagnostics_not_an_exception(KconfigDialect dialect)
    {
        var random = new Random(9);
        var bytes = new byte[256 * 1024];
        random.NextBytes(bytes);
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        var diagnostics = Robust.ParseAndResolve(text, dialect, values: text);

        Assert.NotEmpty(diagnostics);
    }

    [Theory, MemberData(nameof(Dialects))]
    public void Every_byte_value_alone_and_repeated_is_handled(KconfigDialect dialect)
    {
        for (var b = 0; b < 256; b++)
        {
            var text = new string((char)b, 3) + "\nconfig A\n\tbool \"" + (char)b + "\"\n";
            _ = Robust.ParseAndResolve(text, dialect, values: text);
        }
    }
}
