using KconfigSharp.Generator.Tests.Infrastructure;

namespace KconfigSharp.Generator.Tests;

/// <summary>Pins FeatureFlags.g.cs for every Kconfig type and each emission option (refresh with KCONFIG_UPDATE_SNAPSHOTS=1).</summary>
public sealed class EmissionSnapshotTests
{
    internal const string EveryType = """
        mainmenu "Every type"

        config FEATURE
        	bool "A feature"
        	default y
        	help
        	  Turns the feature on.
        	  It <matters> & "quotes".

        config DRIVER
        	tristate "A driver"
        	depends on FEATURE
        	default m

        config MODULES
        	bool "Modules"
        	default y
        	modules

        config NAME
        	string "Name"
        	default "say \"hi\"\\ \t"

        config EMPTY_NAME
        	string

        config COUNT
        	int "Count"
        	range 0 100
        	default 42

        config BIG
        	int "Big"
        	default 5000000000

        config NEGATIVE
        	int "Negative"
        	default -7

        config BASE
        	hex "Base address"
        	default 0x1f000

        config WIDE
        	hex "Wide"
        	default 0xffffffff00000000

        config HELPER
        	bool
        	select FEATURE
        	imply EXTRA if DRIVER

        config EXTRA
        	bool "Extra"

        choice
        	prompt "Scheduler"
        	default SCHED_FAIR

        config SCHED_FAIR
        	bool "Fair"

        config SCHED_RT
        	bool "Realtime"

        endchoice

        choice LOG_LEVEL
        	prompt "Log level"

        config LOG_INFO
        	bool "Info"

        config LOG_DEBUG
        	bool "Debug"

        endchoice
        """;

    private static string? Generate(string kconfig, Dictionary<string, string>? properties = null, string? values = null, List<InMemoryAdditionalText>? extra = null)
    {
        var files = new List<InMemoryAdditionalText> { new("/src/Kconfig", kconfig.Replace("\r\n", "\n")) };
        if (values is not null)
        {
            files.Add(new("/src/.config", values));
        }

        files.AddRange(extra ?? []);
        var (output, _, run) = GeneratorHarness.Run(files, properties ?? new() { ["RootNamespace"] = "SampleApp" });
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        return GeneratorHarness.FeatureFlags(run);
    }

    [Fact]
    public void Every_type_and_choice_in_the_kconfig_dialect_gets_its_CSharp_type()
    {
        // Values come from the kconfig resolver (pinned by its own tests); here the types and shapes.
        var source = Generate(EveryType, values: "CONFIG_LOG_DEBUG=y\nCONFIG_COUNT=7\n")!;

        Assert.Contains("public const bool Feature = ", source, StringComparison.Ordinal);
        Assert.Contains("public const global::KconfigSharp.Tristate Driver = global::KconfigSharp.Tristate.", source, StringComparison.Ordinal);
        Assert.Contains("public const string Name = ", source, StringComparison.Ordinal);
        Assert.Contains("public const string EmptyName = ", source, StringComparison.Ordinal);
        Assert.Matches(@"public const (int|long) Count = ", source);
        Assert.Matches(@"public const u(int|long) Base = 0x", source);
        Assert.Contains("[global::KconfigSharp.KconfigImpliedBy(\"HELPER\", \"DRIVER\")]", source, StringComparison.Ordinal);
        Assert.Contains("[global::KconfigSharp.KconfigSelectedBy(\"HELPER\")]", source, StringComparison.Ordinal);
        Assert.Contains("[global::KconfigSharp.KconfigDependsOn(\"FEATURE\")]", source, StringComparison.Ordinal);
        Assert.Contains("Member of choice LOG_LEVEL", source, StringComparison.Ordinal);
        Assert.DoesNotContain("KconfigDependsOn(\"<choice", source, StringComparison.Ordinal);
        Assert.Contains("/// It &lt;matters&gt; &amp; \"quotes\".", source, StringComparison.Ordinal);
    }

    // Bool-only, so the pinned values do not move while the kconfig resolver grows.
    private const string Small = "config MULTIPROCESS_ALLOWED\n\tbool \"Allowed\"\n\tdefault y\n\nconfig X86_64\n\tbool \"x86-64\"\n\nconfig COLLIDE\n\tbool \"c\"\n";

    [Fact]
    public void Namespace_and_class_name() =>
        Snapshot.Match("Option.NamespaceClassName.g.cs", Generate(Small, new() { ["RootNamespace"] = "Ignored", ["KconfigNamespace"] = "My.Product", ["KconfigClassName"] = "Features" }));

    [Fact]
    public void Global_namespace_when_no_namespace_is_given() =>
        Snapshot.Match("Option.GlobalNamespace.g.cs", Generate(Small, new()));

    [Fact]
    public void Public_visibility() =>
        Snapshot.Match("Option.Public.g.cs", Generate(Small, new() { ["KconfigVisibility"] = "public" }));

    [Fact]
    public void Readonly_constants() =>
        Snapshot.Match("Option.Readonly.g.cs", Generate(Small, new() { ["KconfigConstants"] = "readonly" }));

    [Fact]
    public void Verbatim_member_names() =>
        Snapshot.Match("Option.Verbatim.g.cs", Generate(Small, new() { ["KconfigMemberNames"] = "verbatim" }));

    [Fact]
    public void Defines_apply_after_values_files() =>
        Snapshot.Match("Option.Defines.g.cs", Generate(Small, new() { ["KconfigDefines"] = "X86_64=y;MULTIPROCESS_ALLOWED=n" }, values: "CONFIG_MULTIPROCESS_ALLOWED=y\n"));

    [Fact]
    public void Defines_accept_the_pipe_separator_the_build_uses()
    {
        // buildTransitive turns ';' into '|' because the generated .editorconfig cuts values at ';'.
        var piped = Generate(Small, new() { ["KconfigDefines"] = "X86_64=y|MULTIPROCESS_ALLOWED=n" });
        Assert.Equal(Generate(Small, new() { ["KconfigDefines"] = "X86_64=y;MULTIPROCESS_ALLOWED=n" }), piped);
        Assert.Contains("public const bool X86_64 = true;", piped, StringComparison.Ordinal);
    }

    [Fact]
    public void Allnoconfig_mode() =>
        Snapshot.Match("Option.Allnoconfig.g.cs", Generate(Small, new() { ["KconfigMode"] = "allnoconfig" }));

    [Fact]
    public void Qemu_dialect() =>
        Snapshot.Match("Option.Qemu.g.cs", Generate("config A\n\tbool\n\tselect B\n\nconfig B\n\tbool\n\nconfig C\n\tbool\n\tdepends on A || B\n\tdefault y\n", new() { ["KconfigDialect"] = "qemu" }, values: "CONFIG_A=y\n"));

    [Fact]
    public void Keywords_and_collisions_fall_back_to_verbatim_names_with_KCONF170()
    {
        var files = new List<InMemoryAdditionalText> { new("/src/Kconfig", "config CLASS\n\tbool \"c\"\n\nconfig FOO_BAR\n\tbool \"a\"\n\nconfig FOO__BAR\n\tbool \"b\"\n\nconfig FOOBAR\n\tbool \"d\"\n\nconfig SYMBOLS\n\tbool \"s\"\n") };
        var (output, diagnostics, run) = GeneratorHarness.Run(files, new() { ["KconfigMemberNames"] = "verbatim" });
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Empty(diagnostics);

        (output, diagnostics, run) = GeneratorHarness.Run(files, new() { ["KconfigClassName"] = "Class" });
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.All(diagnostics, d => Assert.Equal("KCONF170", d.Id));
        Assert.Equal(2, diagnostics.Length);
        Assert.Equal("/src/Kconfig", diagnostics[0].Location.GetLineSpan().Path);
        Snapshot.Match("Option.Collisions.g.cs", GeneratorHarness.FeatureFlags(run));
    }

    [Fact]
    public void Source_tree_resolves_source_paths_from_another_folder()
    {
        var files = new List<InMemoryAdditionalText>
        {
            new("/proj/tree/arch/Kconfig", "source \"arch/x86/Kconfig\"\n"),
            new("/proj/tree/arch/x86/Kconfig", "config X86\n\tbool \"x86\"\n\tdefault y\n"),
        };
        var (output, diagnostics, run) = GeneratorHarness.Run(files, new() { ["ProjectDir"] = "/proj/", ["KconfigSourceTree"] = "tree" });

        Assert.Empty(diagnostics);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Snapshot.Match("Option.SourceTree.g.cs", GeneratorHarness.FeatureFlags(run));
    }
}
