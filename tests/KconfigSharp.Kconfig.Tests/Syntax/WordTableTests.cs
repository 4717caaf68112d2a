using System.Buffers;
using CsCheck;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// A tree's word table comes from the shared array pools and goes back when the parse ends (issue 12,
/// late session): arrays someone else returned uncleared must not give false hits, and growing must
/// keep every word interned (the same string for the same text).
/// </summary>
public sealed class WordTableTests
{
    [Fact]
    public void A_table_over_pooled_arrays_left_dirty_finds_only_the_words_interned_in_it()
    {
        // Leave the pool's bucket of this size holding a stale word, with its hash, in every slot.
        var staleWord = new string("stale".AsSpan());
        var stale = ArrayPool<WordTable.Entry>.Shared.Rent(2048);
        Array.Fill(stale, new WordTable.Entry(staleWord, WordTable.Hash("stale".AsSpan())));
        ArrayPool<WordTable.Entry>.Shared.Return(stale);

        var table = new WordTable(2048);
        var word = table.Intern("stale".ToCharArray(), 0, 5);

        Assert.Equal("stale", word);
        Assert.NotSame(staleWord, word);
        Assert.Same(word, table.Intern("stale".AsSpan()));
        table.Release();
    }

    [Fact]
    public void A_hash_folded_in_while_scanning_finds_the_word_interned_from_a_span_and_back()
    {
        Gen.String[0, 20].Sample(text =>
        {
            var table = new WordTable(64);
            var chars = ("<" + text + ">").ToCharArray();
            var scanned = WordTable.HashSeed;
            for (var i = 1; i <= text.Length; i++)
            {
                scanned = WordTable.HashStep(scanned, chars[i]);
            }

            var first = table.Intern(chars, 1, text.Length, scanned);
            Assert.Equal(text, first);
            Assert.Same(first, table.Intern(text.AsSpan()));
            Assert.Same(first, table.Intern(chars, 1, text.Length));
            Assert.Same(first, table.Intern(chars, 1, text.Length, scanned));
        }, iter: PropertyBudget.Iterations(500), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void Word_characters_are_the_ascii_letters_digits_and_underscore_dash_dot_slash_dollar()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-' || c == '.' || c == '/' || c == '$';
            Assert.Equal(expected, Lexer.IsWordChar(c));
        }
    }

    [Fact]
    public void Interning_through_any_number_of_growths_gives_one_string_per_text()
    {
        Gen.Select(Gen.Int[1, 6000], Gen.Int[1, 5]).Sample((count, repeats) =>
        {
            var table = new WordTable(1024);
            var first = new Dictionary<string, string>();
            for (var round = 0; round < repeats; round++)
            {
                for (var i = 0; i < count; i++)
                {
                    var text = "WORD_" + (i * 7919 % count);
                    var interned = table.Intern(text.ToCharArray(), 0, text.Length);
                    Assert.Equal(text, interned);
                    if (first.TryGetValue(text, out var earlier))
                    {
                        Assert.Same(earlier, interned);
                    }
                    else
                    {
                        first.Add(text, interned);
                    }
                }
            }

            Assert.True(table.Capacity * 3 >= first.Count * 4, $"{table.Capacity} slots for {first.Count} words");
            table.Release();
        }, iter: PropertyBudget.Iterations(40), seed: PropertyBudget.Seed, threads: 1);
    }
}
