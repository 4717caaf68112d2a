using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

public sealed class MalformedInputTests
{
    /// <summary>One of every construct, so truncating it at every character cuts each construct somewhere.</summary>
    private const string EveryConstruct =
        "mainmenu \"Title $(X)\"\nV := val\nV += more\nF = $(1)-$(2)\nconfig MODULES\n\tbool \"modules\"\n\tmodules\n" +
        "config ENV\n\tstring\n\toption env=\"HOME\"\nmenuconfig A\n\ttristate \"A\" if B || C && D\n\tdefault m if !E\n" +
        "\tdepends on X if Y\n\tselect S if T\n\timply I\n\thelp\n\t  Some help.\n\n\t    indented\nchoice NAMED\n\tbool \"pick\"\n" +
        "\toptional\n\tdefault C1\nconfig C1\n\tbool \"one\"\nconfig C2\n\tbool \"two\"\nendchoice\nmenu \"M\"\n\tvisible if A\n\tdepends on A\n" +
        "comment \"note\"\n\tdepends on B\nif A && (B || !C)\nconfig N\n\tint \"n\"\n\trange 1 10 if A >= 2\n\tdefault 0x10\nconfig H\n\thex\n" +
        "\tdefault \"0x1f\"\nconfig T\n\tbool\n\ttransitional\n\t---help---\n\t  old\nendif\nendmenu\nosource \"missing\"\n" +
        "config Q\n\tdef_bool $(F,a,b) = \"a-b\" && A != n && A < 3 && A <= 3 && A > 1\n";

    private static KconfigModel Parse(string text) => KconfigParser.ParseText(text);

    [Fact]
    public void The_full_sample_parses_without_errors()
    {
        var model = Parse(EveryConstruct);

        Assert.DoesNotContain(model.Diagnostics, d => d.Severity == KconfigSeverity.Error);
    }

    [Fact]
    public void Truncating_the_sample_at_every_character_never_throws()
    {
        for (var length = 0; length <= EveryConstruct.Length; length++)
        {
            var model = Parse(EveryConstruct.Substring(0, length));
            Assert.NotNull(model);
        }
    }

    [Fact]
    public void Random_mutations_of_the_sample_never_throw()
    {
        const string alphabet = "\"'$(),#\\\n\r\t =!<>&|:+-_aZ09\0\uFEFF";
        var random = new Random(1234);
        for (var round = 0; round < 400; round++)
        {
            var text = new System.Text.StringBuilder(EveryConstruct);
            for (var edit = 0; edit < 8; edit++)
            {
                var at = random.Next(text.Length);
                if (random.Next(2) == 0)
                {
                    text.Remove(at, 1);
                }
                else
                {
                    text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                }
            }

            Assert.NotNull(Parse(text.ToString()));
        }
    }

    [Fact]
    public void Unterminated_string_is_KCONF105_and_the_next_entry_still_parses()
    {
        var model = Parse("config A\n\tbool \"no end\nconfig B\n\tbool\n");

        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.UnterminatedString.Id && d.Location.Line == 2);
        Assert.True(model.FindSymbol("B")!.IsDefined);
    }

    [Fact]
    public void Missing_endmenu_is_KCONF104()
    {
        Assert.Contains(Parse("menu \"M\"\nconfig A\n\tbool\n").Diagnostics, d => d.Id == KconfigDiagnostics.UnbalancedBlock.Id);
    }

    [Fact]
    public void Stray_endif_is_KCONF104()
    {
        Assert.Contains(Parse("endif\nconfig A\n\tbool\n").Diagnostics, d => d.Id == KconfigDiagnostics.UnbalancedBlock.Id && d.Location.Line == 1);
    }

    [Fact]
    public void Mismatched_end_keyword_is_KCONF104()
    {
        Assert.Contains(Parse("menu \"M\"\nendchoice\nendmenu\n").Diagnostics, d => d.Id == KconfigDiagnostics.UnbalancedBlock.Id && d.Location.Line == 2);
    }

    [Fact]
    public void Nul_bytes_are_diagnosed_without_an_exception()
    {
        var model = Parse("config A\0\n\tbool\0\"x\"\n\0\0\0\nconfig B\n\tbool\n");

        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.SyntaxError.Id);
        Assert.True(model.FindSymbol("B")!.IsDefined);
    }

    [Fact]
    public void Crlf_line_endings_parse_like_lf()
    {
        var model = Parse("config A\r\n\tbool \"A\"\r\n\thelp\r\n\t  Text.\r\n\r\nconfig B\r\n\tbool\r\n");

        Assert.Empty(model.Diagnostics);
        Assert.Equal("Text.", model.FindSymbol("A")!.Nodes[0].Help);
        Assert.Equal(6, model.FindSymbol("B")!.Nodes[0].Location.Line);
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        var model = Parse("\uFEFFconfig A\n\tbool\n");

        Assert.Empty(model.Diagnostics);
        Assert.True(model.FindSymbol("A")!.IsDefined);
    }

    [Fact]
    public void Binary_input_is_diagnosed_without_an_exception()
    {
        var random = new Random(42);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 256);
        }

        var model = Parse(new string(chars));

        Assert.True(model.HasErrors);
    }

    [Fact]
    public void Five_thousand_nested_ifs_end_in_KCONF160_without_an_exception()
    {
        var text = string.Concat(Enumerable.Repeat("if A\n", 5000)) + "config B\n\tbool\n" + string.Concat(Enumerable.Repeat("endif\n", 5000));

        var model = Parse(text);

        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.LimitExceeded.Id);
    }

    [Fact]
    public void Deeply_nested_parentheses_end_in_KCONF160_without_an_exception()
    {
        var text = "config A\n\tbool\n\tdepends on " + new string('(', 5000) + "B" + new string(')', 5000) + "\n";

        Assert.Contains(Parse(text).Diagnostics, d => d.Id == KconfigDiagnostics.LimitExceeded.Id);
    }

    [Fact]
    public void Deep_negation_chain_ends_in_KCONF160_without_an_exception()
    {
        var text = "config A\n\tbool\n\tdepends on " + new string('!', 5000) + "B\n";

        Assert.Contains(Parse(text).Diagnostics, d => d.Id == KconfigDiagnostics.LimitExceeded.Id);
    }

    [Fact]
    public void Unterminated_macro_reference_at_end_of_file_does_not_throw()
    {
        Assert.NotNull(Parse("config A\n\tbool \"$(((("));
    }

    [Fact]
    public void Lone_line_continuation_at_end_of_file_does_not_throw()
    {
        Assert.NotNull(Parse("config A\\"));
    }

    [Fact]
    public void Help_at_end_of_file_gives_empty_help()
    {
        var model = Parse("config A\n\tbool\n\thelp");

        Assert.Equal(string.Empty, model.FindSymbol("A")!.Nodes[0].Help);
    }
}
