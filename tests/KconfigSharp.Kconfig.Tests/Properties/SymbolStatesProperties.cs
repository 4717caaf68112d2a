using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// The resolver keeps each symbol's facts in one slot (<see cref="SymbolStates"/>: values, visibility, origin, the
/// written and in-progress marks) instead of a map or set per fact (issue 12). Random writes to the slots of the model's
/// symbols, of another model's symbols with the same ids and of the constants must read back as a dictionary per fact
/// (the oracle) holds them, each fact apart from the others, whichever slot reference a write went through.
/// </summary>
public sealed class SymbolStatesProperties
{
    private static readonly KconfigModel One = KconfigParser.ParseText("config A\n\tbool\nconfig B\n\ttristate\nconfig C\n\tstring\n\tdepends on D\n", "Kconfig");
    private static readonly KconfigModel Other = KconfigParser.ParseText("config X\n\tbool\nconfig Y\n\tint\n", "Kconfig");

    // The model's own symbols (defined and undefined), another model's (whose ids are the same numbers) and a constant.
    private static readonly Symbol[] Symbols = [.. One.SymbolsById, .. Other.SymbolsById, One.Constants.Yes];

    // A write: which symbol, which fact (0 tristate, 1 visibility, 2 string, 3 origin, 4 written, 5 in progress), which value.
    private static readonly Gen<(int Symbol, int Fact, int Value)> Write = Gen.Select(Gen.Int[0, Symbols.Length - 1], Gen.Int[0, 5], Gen.Int[0, 2]);

    private static readonly ValueOrigin[] Origins = [ValueOrigin.Nothing, new(ValueSource.Default, "d", default), new(ValueSource.Select, "s", default)];

    [Fact]
    public void Every_fact_of_every_slot_reads_back_as_written()
    {
        Write.Array[0, 40].Sample(writes =>
        {
            var states = new SymbolStates(One);
            var oracle = new Dictionary<(Symbol, int), int>();

            // A reference taken before the writes (the resolver holds one across a computation) must see them.
            ref var first = ref states[Symbols[0]];
            foreach (var (index, fact, value) in writes)
            {
                var symbol = Symbols[index];
                ref var slot = ref states[symbol];
                switch (fact)
                {
                    case 0: slot.Tristate = (Tristate)value; break;
                    case 1: slot.Visibility = (Tristate)value; break;
                    case 2: slot.Str = "v" + value; break;
                    case 3: slot.Origin = Origins[value]; break;
                    case 4: slot.IsWritten = value > 0; break;
                    default: slot.InProgress = value > 0; break;
                }

                oracle[(symbol, fact)] = value;
            }

            foreach (var symbol in Symbols)
            {
                var slot = states[symbol];
                int? Known(int fact) => oracle.TryGetValue((symbol, fact), out var value) ? value : null;
                Assert.Equal(Known(0) is not null, slot.HasTristate);
                Assert.Equal(Known(0) ?? 0, (int)(slot.HasTristate ? slot.Tristate : 0));
                Assert.Equal(Known(1) is not null, slot.HasVisibility);
                Assert.Equal(Known(1) ?? 0, (int)(slot.HasVisibility ? slot.Visibility : 0));
                Assert.Equal(Known(2) is { } text ? "v" + text : null, slot.Str);
                Assert.Same(Known(3) is { } origin ? Origins[origin] : null, slot.Origin);
                Assert.Equal((Known(4) ?? 0) > 0, slot.IsWritten);
                Assert.Equal((Known(5) ?? 0) > 0, slot.InProgress);
            }

            Assert.Equal(states[Symbols[0]].Str, first.Str);
            Assert.Equal(states[Symbols[0]].InProgress, first.InProgress);
            states.Release();
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }
}
