using CsCheck;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Kconfig.Tests.Writers;

/// <summary>
/// The emitter's string index numbers strings as a dictionary would: by content (member names) or by reference
/// (interned texts), through any number of growths from a small capacity.
/// </summary>
public sealed class StringIndexTests
{
    // Few distinct characters, so equal texts and shared hashes' probes are frequent.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab_1"], 0, 5];

    [Fact]
    public void By_content_it_numbers_each_distinct_text_once_in_order_of_first_addition() =>
        Gen.Select(Gen.Int[0, 8], Text.List[0, 200]).Sample((capacity, texts) =>
        {
            var index = new StringIndex(capacity, byReference: false);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                // A copy: found by content, not by being the same instance.
                var copy = new string(text.ToCharArray());
                Assert.Equal(expected.TryGetValue(text, out var number) ? number : -1, index.IndexOf(copy));
                if (!expected.ContainsKey(text))
                {
                    expected.Add(text, index.Add(copy));
                }
            }

            Assert.Equal(expected.Count, index.Count);
            foreach (var (text, number) in expected)
            {
                Assert.Equal(number, index.IndexOf(text));
                Assert.Equal(text, index[number]);
            }
        });

    // Not empty: every empty string made is the one string.Empty.
    private static readonly Gen<string> NonEmptyText = Gen.String[Gen.Char["ab_1"], 1, 5];

    [Fact]
    public void By_reference_an_equal_text_in_another_string_is_another_entry() =>
        Gen.Select(Gen.Int[0, 8], NonEmptyText.List[0, 200]).Sample((capacity, texts) =>
        {
            var index = new StringIndex(capacity, byReference: true);
            var strings = texts.Select(text => new string(text.ToCharArray())).ToList();
            foreach (var text in strings)
            {
                Assert.Equal(-1, index.IndexOf(text));
                index.Add(text);
            }

            Assert.Equal(strings.Count, index.Count);
            for (var number = 0; number < strings.Count; number++)
            {
                Assert.Same(strings[number], index[number]);
                Assert.Equal(number, index.IndexOf(strings[number]));
                Assert.Equal(-1, index.IndexOf(new string(strings[number].ToCharArray())));
            }
        });
}
