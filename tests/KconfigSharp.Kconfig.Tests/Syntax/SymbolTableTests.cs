using CsCheck;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// The parse finds a symbol through its word table's entry (no name dictionary) and the model indexes
/// names only when looked up (issue 12, session 2026-11-29): the symbols must still come out one per
/// name, numbered and enumerated in first-seen order, each found by its name.
/// </summary>
public sealed class SymbolTableTests
{
    [Fact]
    public void Every_name_is_one_symbol_found_by_name_in_first_seen_order()
    {
        // Entries referencing names from a small pool, so names repeat as definitions, operands, select
        // targets and prompt texts; enough of them to grow the tables past their first size.
        var entries = Gen.Select(Gen.Int[0, 400], Gen.Int[0, 400], Gen.Int[0, 400]).Array[1, 700];
        entries.Sample(list =>
        {
            var text = string.Concat(list.Select(e =>
                $"config N{e.Item1}\n\tbool \"N{e.Item2}\"\n\tdepends on N{e.Item2} || !N{e.Item3}\n\tselect N{e.Item3}\n"));
            var expected = new List<string>();
            foreach (var (a, b, c) in list)
            {
                foreach (var name in new[] { $"N{a}", $"N{b}", $"N{c}" })
                {
                    if (!expected.Contains(name))
                    {
                        expected.Add(name);
                    }
                }
            }

            var model = KconfigParser.Parse("Kconfig", new InMemoryFileProvider().Add("Kconfig", text));

            Assert.Equal(expected, model.Symbols.Keys);
            Assert.Equal(expected, model.Symbols.Values.Select(s => s.Name));
            Assert.Equal(expected.Count, model.Symbols.Count);
            var id = 0;
            foreach (var (name, symbol) in model.Symbols)
            {
                Assert.Equal(name, symbol.Name);
                Assert.Equal(id++, symbol.Id);
                Assert.Same(symbol, model.FindSymbol(name));
                Assert.Same(symbol, model.Symbols[new string(name.AsSpan())]);
                Assert.True(model.Symbols.ContainsKey(name));
            }

            Assert.Null(model.FindSymbol("N401"));
            Assert.False(model.Symbols.ContainsKey("y"));
            Assert.Throws<KeyNotFoundException>(() => model.Symbols["MISSING"]);
        }, iter: PropertyBudget.Iterations(60), seed: PropertyBudget.Seed, threads: 1);
    }

    [Fact]
    public void A_value_beside_a_word_survives_the_table_growing_and_a_name_from_elsewhere_is_interned()
    {
        var table = new WordTable(1024);
        var words = Enumerable.Range(0, 5000).Select(i => table.Intern($"W{i}".AsSpan())).ToArray();
        for (var i = 0; i < words.Length; i += 2)
        {
            table.ValueOf(words[i]) = i + 1;
        }

        // Names not interned yet (equal text, other objects) grow the table further.
        for (var i = 5000; i < 9000; i++)
        {
            Assert.Equal(0, table.ValueOf($"W{i}"));
        }

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? i + 1 : 0, table.ValueOf(new string(words[i].AsSpan())));
        }

        Assert.Same(words[7], table.Intern("W7".AsSpan()));
        table.Release();
    }
}
