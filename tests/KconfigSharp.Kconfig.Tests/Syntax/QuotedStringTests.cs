using CsCheck;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// The lexer scans a quoted string's plain characters in a tight loop, hashing them for the word table
/// as it goes, and falls back to its escape handling at a backslash (issue 12, session 2026-11-29):
/// every prompt reads back as written, escapes removed, and equal prompts are one string.
/// </summary>
public sealed class QuotedStringTests
{
    [Fact]
    public void A_quoted_prompt_reads_back_unescaped_and_equal_prompts_share_one_string()
    {
        var texts = Gen.Select(Gen.Char["ab \"'\\\\x$#"], Gen.Int[0, 12], (c, n) => (c, n)).Array[0, 6]
            .Select(parts => string.Concat(parts.Select(p => new string(p.c, p.n % 3 + 1))));
        Gen.Select(texts, Gen.Bool).Sample((text, doubleQuoted) =>
        {
            var quote = doubleQuoted ? '"' : '\'';
            var escaped = text.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote);
            var source = $"config A\n\tbool {quote}{escaped}{quote}\nconfig B\n\tbool {quote}{escaped}{quote}\n";

            var model = KconfigParser.ParseText(source);

            Assert.Empty(model.Diagnostics);
            var a = model.FindSymbol("A")!.Nodes[0].Prompt!.Text;
            Assert.Equal(text, a);
            Assert.Equal(text, model.FindSymbol("B")!.Nodes[0].Prompt!.Text);
            if (!escaped.Contains('\\'))
            {
                Assert.Same(a, model.FindSymbol("B")!.Nodes[0].Prompt!.Text);
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void An_unterminated_string_keeps_its_text_to_the_line_end()
    {
        var model = KconfigParser.ParseText("config A\n\tbool \"open text\nconfig B\n\tbool \"b\"\n");

        Assert.Contains(model.Diagnostics, d => d.Message.Contains("unterminated string"));
        Assert.Equal("open text", model.FindSymbol("A")!.Nodes[0].Prompt?.Text);
        Assert.Equal("b", model.FindSymbol("B")!.Nodes[0].Prompt!.Text);
    }
}
