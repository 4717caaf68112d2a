using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// A resolve leaves value origin descriptions (the qemu dialect's clauses; the kconfig dialect's defaults,
/// selects and implies) to be written when first read: the text, equality and hash are those of an origin
/// written at once, and <see cref="ResolvedConfiguration.WithDescriptionsWritten"/> writes every one (so a
/// kept configuration lets go of the resolver and the model).
/// </summary>
public sealed class DeferredOriginTests
{
    private const string Tree =
        "config A\n  default y\n  select S if B\n  imply I\n" +
        "config B\n  depends on C\n" +
        "config C\n" +
        "config S\n" +
        "config I\n";

    private static ResolvedConfiguration Resolve()
    {
        var model = KconfigParser.ParseText(Tree, "Kconfig", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });
        return KconfigEngine.Resolve(model, DefinesParser.ParseList("B=y;C=y", new DiagnosticBag()));
    }

    private static ValueOrigin OriginOf(ResolvedConfiguration configuration, string name) => configuration.Find(name)!.Origin;

    [Theory]
    [InlineData("A", ValueSource.Default, "config A default y at Kconfig:2")]
    [InlineData("S", ValueSource.Select, "selected (select S if B && A) at Kconfig:3")]
    [InlineData("I", ValueSource.Imply, "implied (config I default y if A (imply I in A)) at Kconfig:4")]
    [InlineData("C", ValueSource.Define, "set by define CONFIG_C=y")]
    public void A_pending_origin_reads_and_compares_as_the_written_text(string name, ValueSource source, string description)
    {
        var pending = OriginOf(Resolve(), name);
        Assert.True(pending.IsDescriptionPending);

        var written = new ValueOrigin(source, description, OriginOf(Resolve(), name).Location);
        Assert.Equal(written, pending);
        Assert.Equal(written.GetHashCode(), pending.GetHashCode());
        Assert.False(pending.IsDescriptionPending);
        Assert.Equal(description, pending.Description);
    }

    [Fact]
    public void A_different_description_is_a_different_origin()
    {
        var pending = OriginOf(Resolve(), "A");
        Assert.NotEqual(new ValueOrigin(pending.Source, "config A default n at Kconfig:2", pending.Location), pending);
    }

    [Fact]
    public void Writing_every_description_leaves_no_origin_pending_and_the_configuration_equal()
    {
        var deferred = Resolve();
        var written = Resolve().WithDescriptionsWritten();

        Assert.All(written.Symbols, symbol => Assert.False(symbol.Origin.IsDescriptionPending, symbol.Name));
        Assert.Equal(deferred, written);
    }

    private const string LinuxTree =
        "config A\n\tbool \"A\"\n\tdefault y if B\n\tselect S\n\timply I\n\n" +
        "config B\n\tbool\n\tdefault y\n\n" +
        "config S\n\tbool\n\n" +
        "config I\n\tbool \"I\"\n";

    private static ResolvedConfiguration ResolveLinux() => KconfigEngine.Resolve(KconfigParser.ParseText(LinuxTree), []);

    [Theory]
    [InlineData("A", ValueSource.Default, "default y if B at Kconfig:3")]
    [InlineData("B", ValueSource.Default, "default y at Kconfig:9")]
    [InlineData("S", ValueSource.Select, "selected by A")]
    [InlineData("I", ValueSource.Imply, "implied by A")]
    public void The_kconfig_dialect_writes_default_and_relation_origins_when_read(string name, ValueSource source, string description)
    {
        var pending = ResolveLinux().Find(name)!.Origin;
        Assert.True(pending.IsDescriptionPending);
        Assert.Equal(source, pending.Source);

        Assert.Equal(description, pending.Description);
        Assert.False(pending.IsDescriptionPending);
        Assert.Equal(new ValueOrigin(source, description, pending.Location), ResolveLinux().Find(name)!.Origin);
    }

    [Fact]
    public void The_kconfig_dialect_leaves_no_origin_pending_once_descriptions_are_written()
    {
        var written = ResolveLinux().WithDescriptionsWritten();

        Assert.All(written.Symbols, symbol => Assert.False(symbol.Origin.IsDescriptionPending, symbol.Name));
        Assert.Equal(ResolveLinux(), written);
    }
}
