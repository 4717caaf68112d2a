using CsCheck;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Kconfig.Tests.Text;

/// <summary>
/// The emitter's vectorized scans (issue 13) agree with a character-at-a-time oracle: the end of a plain run
/// (<see cref="PlainRun"/>), whether a text is ASCII (<see cref="AsciiText"/>), and the escapes that skip plain
/// runs with them (C# literal, XML docs), for special characters at every position of texts longer and shorter
/// than a vector.
/// </summary>
public sealed class PlainRunTests
{
    // Mostly plain text with a few of every kind of character that ends a run or needs an escape.
    private static readonly Gen<string> AText = Gen.Select(
        Gen.Char['a', 'z'].Array[0, 200],
        Gen.Select(Gen.Int[0, 199], Gen.OneOf<char>('\\', '"', ',', ':', '&', '<', '>', '\t', '\n', '\r', '\0', '\x1f', '\x7e', '\x7f', '\x80', '°', '\u2028', '\u2029', '\u0085', '\uFFFE', '\uFFFF', ' ')).Array[0, 4],
        (letters, specials) =>
        {
            foreach (var (at, special) in specials)
            {
                if (at < letters.Length)
                {
                    letters[at] = special;
                }
            }

            return new string(letters);
        });

    [Fact]
    public void A_run_ends_at_the_first_character_that_is_not_plain() =>
        Gen.Select(AText, Gen.Int[0, 200], Gen.Int[0, 200]).Sample((text, a, b) =>
        {
            var start = Math.Min(a, text.Length);
            var end = Math.Max(start, Math.Min(b, text.Length));
            var expected = start;
            while (expected < end && text[expected] is >= ' ' and <= '~' and not ('\\' or '"' or ',' or ':'))
            {
                expected++;
            }

            Assert.Equal(expected, PlainRun.End(text, start, end, '\\', '"', ',', ':'));
        }, iter: (int)Properties.PropertyBudget.Iterations(2_000), seed: Properties.PropertyBudget.Seed);

    [Fact]
    public void A_text_is_ASCII_when_every_character_is() =>
        AText.Sample(text => Assert.Equal(text.All(c => c < 128), AsciiText.IsAscii(text.AsSpan())),
            iter: (int)Properties.PropertyBudget.Iterations(2_000), seed: Properties.PropertyBudget.Seed);

    [Fact]
    public void Literal_and_XML_escapes_equal_a_character_at_a_time() =>
        AText.Sample(text =>
        {
            var literal = new System.Text.StringBuilder("\"");
            var xml = new System.Text.StringBuilder();
            foreach (var c in text)
            {
                literal.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\0' => "\\0",
                    _ when c < ' ' || c is '\u2028' or '\u2029' or '\u0085' => $"\\u{(int)c:x4}",
                    _ => c.ToString(),
                });
                xml.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    _ when (c < ' ' && c != '\t') || c is '\u2028' or '\u2029' or '\u0085' or '\uFFFE' or '\uFFFF' => " ",
                    _ => c.ToString(),
                });
            }

            Assert.Equal(literal.Append('"').ToString(), FeatureFlagsWriter.Quote(text));
            Assert.Equal(xml.ToString(), FeatureFlagsWriter.Xml(text));
        }, iter: (int)Properties.PropertyBudget.Iterations(2_000), seed: Properties.PropertyBudget.Seed);
}
