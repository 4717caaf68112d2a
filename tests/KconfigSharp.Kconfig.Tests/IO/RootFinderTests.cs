using CsCheck;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Tests.Properties;

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

    [Fact]
    public void A_macro_argument_is_expanded_at_its_own_line()
    {
        // Words "source" and "include" before it (a help text, a comment) must not throw the line count off.
        var top = "config A\n\tbool\n\thelp\n\t  see the source, include it\n# source \"l4/Kconfig\"\nsource \"l6$(lineno)/Kconfig\"\n";
        var files = new[] { File("/t/Kconfig", top), File("/t/l66/Kconfig", "config B\n\tbool\n"), File("/t/l65/Kconfig", "config C\n\tbool\n") };

        Assert.Equal(["/t/Kconfig", "/t/l65/Kconfig"], KconfigRootFinder.FindRoots(files, "/t"));
    }

    [Fact]
    public void The_scan_finds_exactly_the_lines_whose_first_word_is_a_source_keyword()
    {
        // Oracle: every line read on its own, as a line-by-line reader would (first word, then a blank).
        string[] keywords = ["source", "rsource", "osource", "orsource", "gsource", "grsource", "include"];
        var lineGen = Gen.Select(
            Gen.OneOf("", " ", "\t", "  \t", "# ", "x ", "re", "help "),
            Gen.OneOf(keywords.Concat(["resource", "sources", "includes", "Source", "select"]).ToArray<string>()),
            Gen.OneOf(" ", "\t", "", "\"", " \""),
            Gen.Int[0, 9],
            Gen.OneOf("", "\"", "\r", " ", "\" source f1"));
        var textGen = Gen.Select(lineGen, (indent, word, blank, n, end) => indent + word + blank + "f" + n + end).Array[0, 12]
            .Select(lines => string.Join("\n", lines));
        textGen.Sample(text =>
        {
            var files = new[] { File("/t/top", text) }.Concat(Enumerable.Range(0, 10).Select(i => File("/t/f" + i, "config X\n"))).ToArray();
            var sourced = new HashSet<string>();
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.TrimStart(' ', '\t');
                foreach (var keyword in keywords)
                {
                    if (trimmed.Length > keyword.Length && trimmed.StartsWith(keyword, StringComparison.Ordinal) && trimmed[keyword.Length] is ' ' or '\t')
                    {
                        sourced.Add("/t/" + trimmed.Substring(keyword.Length).Trim().Trim('"'));
                        break;
                    }
                }
            }

            var expected = files.Select(f => f.Key).Where(p => !sourced.Contains(p)).ToList();
            Assert.Equal(expected, KconfigRootFinder.FindRoots(files, "/t"));
        }, iter: PropertyBudget.Iterations(500), seed: PropertyBudget.Seed, threads: 1);
    }
}
