using CsCheck;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// The word table keeps each word's <see cref="Keyword"/> beside its hash (issue 12, the parser switches on it
/// instead of comparing texts): every word must read as the keyword the parser's old text tests (the word sets below,
/// <see cref="KeywordTypeTests"/>' type tables, <see cref="Keywords.IsHelp"/>) make of it, the first time and every time after,
/// through growth and beside symbol ids in the value slot.
/// </summary>
public sealed class KeywordTableTests
{
    // Each keyword's one spelling (the help spellings apart).
    private static readonly Dictionary<string, Keyword> Spellings = new(StringComparer.Ordinal)
    {
        ["config"] = Keyword.Config, ["menuconfig"] = Keyword.MenuConfig, ["choice"] = Keyword.Choice,
        ["endchoice"] = Keyword.EndChoice, ["comment"] = Keyword.Comment, ["menu"] = Keyword.Menu, ["endmenu"] = Keyword.EndMenu,
        ["if"] = Keyword.If, ["endif"] = Keyword.EndIf, ["mainmenu"] = Keyword.MainMenu, ["source"] = Keyword.Source,
        ["rsource"] = Keyword.RSource, ["osource"] = Keyword.OSource, ["orsource"] = Keyword.ORSource, ["gsource"] = Keyword.GSource,
        ["grsource"] = Keyword.GRSource, ["include"] = Keyword.Include, ["on"] = Keyword.On, ["bool"] = Keyword.Bool,
        ["boolean"] = Keyword.Boolean, ["tristate"] = Keyword.Tristate, ["string"] = Keyword.String, ["int"] = Keyword.Int,
        ["hex"] = Keyword.Hex, ["def_bool"] = Keyword.DefBool, ["def_tristate"] = Keyword.DefTristate, ["def_int"] = Keyword.DefInt,
        ["def_hex"] = Keyword.DefHex, ["def_string"] = Keyword.DefString, ["prompt"] = Keyword.Prompt, ["default"] = Keyword.Default,
        ["depends"] = Keyword.Depends, ["select"] = Keyword.Select, ["imply"] = Keyword.Imply, ["range"] = Keyword.Range,
        ["help"] = Keyword.Help, ["option"] = Keyword.Option, ["modules"] = Keyword.Modules, ["optional"] = Keyword.Optional,
        ["visible"] = Keyword.Visible, ["transitional"] = Keyword.Transitional,
    };

    // The parser's text tests before keywords were classified once per word: attributes (KCONF103 at top level) and
    // the words that start an entry or block.
    private static readonly HashSet<string> AttributeWords =
    [
        "bool", "boolean", "tristate", "string", "int", "hex",
        "def_bool", "def_tristate", "def_int", "def_hex", "def_string",
        "prompt", "default", "depends", "select", "imply", "range", "help", "---help---",
        "option", "modules", "optional", "visible", "transitional",
    ];

    private static readonly HashSet<string> EntryStartWords =
    [
        "config", "menuconfig", "choice", "endchoice", "comment", "menu", "endmenu", "if", "endif",
        "mainmenu", "source", "rsource", "osource", "orsource", "gsource", "grsource", "include",
    ];

    private static readonly string[] NearMisses =
    [
        "", "-", "--", "h", "he", "hel", "helps", "xhelp", "-help", "help-", "---help---", "--help--", "-help---", "------help------",
        "-----------------help", "help-----------------", "-hel-p-", "he-lp", "HELP", "Help", "-helphelp-", "def_boolean", "def_",
        "de_bool", "Config", "CONFIG", "configs", "confi", "menuconfigs", "endif_", "ifx", "o", "onn", "sourced", "resource",
        "includes", "transitionals", "transitiona", "def_tristates", "y", "n", "m", "0x10", "$(ARCH)", "a.b/c", "X86_64",
    ];

    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.OneOf(Spellings.Keys.ToArray()),
        Gen.OneOf(NearMisses),
        Gen.String[Gen.Char["-_.hlpeconfigsrtuvdmab$/0Y"], 0, 20]);

    [Fact]
    public void Every_word_reads_as_the_keyword_the_text_tests_make_of_it_each_time_it_is_interned()
    {
        Gen.Select(Words.Array[1, 120], Gen.Int[0, 3]).Sample((words, valueEvery) =>
        {
            // A small table, so the words outgrow it (growth must carry each entry's keyword along).
            var table = new WordTable(8);
            var firstRead = new Dictionary<string, (string Word, Keyword Keyword)>(StringComparer.Ordinal);
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < words.Length; i++)
            {
                var text = words[i];
                var word = InternScanned(table, text, out var keyword);
                AssertKeywordOf(text, keyword);
                if (firstRead.TryGetValue(text, out var first))
                {
                    Assert.Same(first.Word, word);
                    Assert.Equal(first.Keyword, keyword);
                }
                else
                {
                    firstRead.Add(text, (word, keyword));
                }

                // The value slot beside it (the parse's symbol ids) is written without touching the keyword.
                if (valueEvery > 0 && i % valueEvery == 0)
                {
                    table.ValueOf(word) = i + 1;
                    values[text] = i + 1;
                }
            }

            foreach (var (text, first) in firstRead)
            {
                Assert.Same(first.Word, InternScanned(table, text, out var keyword));
                Assert.Equal(first.Keyword, keyword);
                Assert.Equal(values.TryGetValue(text, out var value) ? value : 0, table.ValueOf(first.Word));
            }
        }, iter: PropertyBudget.Iterations(400), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void Only_words_carry_a_keyword_a_quoted_string_of_the_same_text_does_not()
    {
        var session = new ParserSession(new InMemoryFileProvider(), KconfigParseOptions.Default, wordCapacity: 64);
        var buffer = new KconfigFileBuffer();
        buffer.SetText("select \"select\" select 'if' if ---help---\n");
        var lexer = new Lexer(buffer, "Kconfig", new DiagnosticBag(), session.WordCache);

        var kinds = new List<(TokenKind, Keyword)>();
        for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
        {
            kinds.Add((token.Kind, token.Keyword));
        }

        Assert.Equal(
            [
                (TokenKind.Word, Keyword.Select), (TokenKind.String, Keyword.None), (TokenKind.Word, Keyword.Select),
                (TokenKind.String, Keyword.None), (TokenKind.Word, Keyword.If), (TokenKind.Word, Keyword.HelpVariant),
                (TokenKind.EndOfLine, Keyword.None),
            ],
            kinds);
        buffer.Release();
    }

    // As the lexer interns a word: the hash folded in while scanning.
    private static string InternScanned(WordTable table, string text, out Keyword keyword)
    {
        var chars = ("(" + text + ")").ToCharArray();
        var hash = WordTable.HashSeed;
        for (var i = 1; i <= text.Length; i++)
        {
            hash = WordTable.HashStep(hash, chars[i]);
        }

        return table.Intern(chars, 1, text.Length, hash, out keyword);
    }

    private static void AssertKeywordOf(string text, Keyword keyword)
    {
        var isHelp = Keywords.IsHelp(text);
        Assert.Equal(isHelp && text != "help", keyword == Keyword.HelpVariant);
        Assert.Equal(isHelp, keyword is Keyword.Help or Keyword.HelpVariant);
        Assert.Equal(AttributeWords.Contains(text) || isHelp, Keywords.IsAttribute(keyword));
        var expectedType = KeywordTypeTests.Types.TryGetValue(text, out var type) ? type
            : KeywordTypeTests.DefaultingTypes.TryGetValue(text, out var defaulting) ? defaulting : KconfigType.Unknown;
        Assert.Equal(expectedType, Keywords.TypeOf(keyword, out var keywordWithDefault));
        Assert.Equal(KeywordTypeTests.DefaultingTypes.ContainsKey(text), keywordWithDefault);
        Assert.Equal(EntryStartWords.Contains(text), Keywords.IsEntryStart(keyword));
        if (!isHelp)
        {
            Assert.Equal(Spellings.TryGetValue(text, out var spelled) ? spelled : Keyword.None, keyword);
        }
    }
}
