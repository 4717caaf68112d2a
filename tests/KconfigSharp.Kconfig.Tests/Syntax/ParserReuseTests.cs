using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// A parse keeps the parser and lexer of each file it has finished for the next file (issue 12, 2026-11-29 day):
/// whatever state a file leaves behind (its line, errors, a peeked token, a byte-order mark, help texts kept,
/// an unterminated string, the error limit), the next file must read as it reads alone.
/// </summary>
public sealed class ParserReuseTests
{
    private const string Clean = "config LATER\n\tbool \"later\"\n\tdepends on LATER2 = \"x\"\n\thelp\n\t  Help of LATER.\nconfig LATER2\n\tstring\n\tdefault \"x\"\n";

    [Theory]
    [InlineData("config EARLY\n\tbool \"early\"\n\thelp\n\t  Help of EARLY.\n\t  Two lines.\n")]
    [InlineData("\uFEFFconfig EARLY\n\tbool \"early\n")]
    [InlineData("config EARLY\n\tbool\n\tdepends on A &&")]
    [InlineData("config EARLY\n\tbool\n\tdefault y if")]
    [InlineData("config EARLY\n\tbool\n" + "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\n")]
    [InlineData("menu \"open\"\nconfig EARLY\n\tbool\nif EARLY\nchoice\n")]
    public void A_file_after_another_reads_as_it_reads_alone(string earlier)
    {
        // The clean file first alone, then after the earlier one (each sourced from a root that does nothing else).
        var alone = KconfigParser.Parse("Kconfig", new InMemoryFileProvider().Add("Kconfig", "source \"clean\"\n").Add("clean", Clean));
        var after = KconfigParser.Parse("Kconfig", new InMemoryFileProvider().Add("Kconfig", "source \"earlier\"\nsource \"clean\"\n").Add("earlier", earlier).Add("clean", Clean));

        Assert.Equal(
            alone.Diagnostics.Where(d => d.Location.File == "clean").Select(d => d.ToString()),
            after.Diagnostics.Where(d => d.Location.File == "clean").Select(d => d.ToString()));
        foreach (var name in new[] { "LATER", "LATER2" })
        {
            var expected = alone.Symbols[name].NodeList[0];
            var actual = after.Symbols[name].NodeList[0];
            Assert.Equal(expected.Location, actual.Location);
            Assert.Equal(expected.Help, actual.Help);
            Assert.Equal(expected.Prompt?.Text, actual.Prompt?.Text);
            Assert.Equal(expected.OwnDependency.ToString(), actual.OwnDependency.ToString());
            Assert.Equal(expected.DefaultsView.Count, actual.DefaultsView.Count);
        }

        if (earlier.Contains("Help of EARLY", StringComparison.Ordinal))
        {
            Assert.Equal("Help of EARLY.\nTwo lines.", after.Symbols["EARLY"].NodeList[0].Help);
        }
    }

    [Fact]
    public void A_tree_of_many_files_reads_as_each_file_reads_alone()
    {
        // Files sourced in sequence and nested (a parser still open under the one reused), each with help texts.
        var files = new InMemoryFileProvider().Add("Kconfig", string.Concat(Enumerable.Range(0, 12).Select(i => $"source \"f{i}\"\n")));
        var expected = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var nested = i % 3 == 0 && i + 1 < 12 ? $"source \"n{i}\"\n" : string.Empty;
            files.Add($"f{i}", $"config F{i}\n\tbool \"f{i}\"\n\thelp\n\t  F{i} help.\n{nested}config G{i}\n\tbool \"g{i}\"\n\thelp\n\t  G{i} help.\n");
            files.Add($"n{i}", $"config N{i}\n\tbool\n\thelp\n\t  N{i} help.\n");
            expected.Add($"F{i}:F{i} help.");
            if (nested.Length > 0)
            {
                expected.Add($"N{i}:N{i} help.");
            }

            expected.Add($"G{i}:G{i} help.");
        }

        var model = KconfigParser.Parse("Kconfig", files);

        Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics));
        Assert.Equal(expected, model.DefinedSymbols.Select(s => $"{s.Name}:{s.NodeList[0].Help}"));
        Assert.Equal(expected.Select(e => e.Split(':')[0]), model.DefinedSymbols.Select(s => s.Name));
        // Line numbers start over in each file: G follows F's four lines and, in files that source one, the source line.
        Assert.All(model.DefinedSymbols, s => Assert.Equal(s.Name[0] != 'G' ? 1 : int.Parse(s.Name.Substring(1)) % 3 == 0 && s.Name != "G11" ? 6 : 5, s.NodeList[0].Location.Line));
    }
}
