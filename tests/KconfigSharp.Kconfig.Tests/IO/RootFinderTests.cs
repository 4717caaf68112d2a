using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Kconfig.Tests.IO;

/// <summary>Sourced-file discovery uses the parser's macro expansion and globbing.</summary>
public sealed class RootFinderTests
{
    private static KeyValuePair<string, string> File(string path, string text) => new(path, text);

    [Fact]
    public void Files_reached_by_source_rsource_gsource_glob_and_macros_are_not_roots()
    {
        var files = new[]
        {
            File("/t/arch/Kconfig", "config ARCH\n\tbool\n"),
            File("/t/Kconfig", "source \"arch/Kconfig\"\ngsource \"drivers/*/Kconfig\"\nsource \"$(BOARDS)/Kconfig\"\nosource \"$EXTRA/Kconfig\"\n"),
            File("/t/drivers/a/Kconfig", "rsource \"Kconfig.more\"\n"),
            File("/t/drivers/a/Kconfig.more", "config MORE\n\tbool\n"),
            File("/t/boards/Kconfig", "config BOARD\n\tbool\n"),
            File("/t/extra/Kconfig", "config EXTRA\n\tbool\n"),
            File("/t/standalone/Kconfig", "config ALONE\n\tbool\n"),
        };

        var roots = KconfigRootFinder.FindRoots(files, "/t", new Dictionary<string, string> { ["BOARDS"] = "boards", ["EXTRA"] = "extra" });

        Assert.Equal(["/t/Kconfig", "/t/standalone/Kconfig"], roots);
    }

    [Fact]
    public void When_every_file_is_sourced_the_first_is_the_root()
    {
        var files = new[] { File("/t/a", "source \"b\"\n"), File("/t/b", "source \"a\"\n") };

        Assert.Equal(["/t/a"], KconfigRootFinder.FindRoots(files, "/t"));
    }

    [Fact]
    public void A_provider_with_a_source_tree_globs_in_tree_paths()
    {
        var provider = new InMemoryFileProvider("/t", [File("/t/d/x/Kconfig", "a"), File("/t/d/y/Kconfig", "b"), File("/elsewhere/d/z/Kconfig", "c")]);

        Assert.Equal(["d/x/Kconfig", "d/y/Kconfig"], provider.Glob("d/*/Kconfig").Order(StringComparer.Ordinal));
        Assert.True(provider.TryReadFile("d/x/Kconfig", out var text) && text == "a");
    }
}
