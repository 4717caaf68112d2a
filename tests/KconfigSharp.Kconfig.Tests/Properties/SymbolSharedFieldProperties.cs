using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// A symbol keeps its choice and its rare parts in one field (<see cref="Symbol.Choice"/>): in whatever order the
/// choice and the rare fields are set, each reads back as last written. A symbol defined once reads its ranges and
/// implies from its node: they are still every definition's, in order, before and after a public list is read.
/// </summary>
public sealed class SymbolSharedFieldProperties
{
    private static readonly Choice[] Choices = [new("C1"), new(null)];
    private static readonly SourceLocation Location = new("Kconfig", 3, 1);

    // An operation: which field (0 choice, 1 env, 2 allnoconfig_y, 3 one more range, 4 first reference) and which value.
    private static readonly Gen<(int Field, int Value)[]> Operations = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2]).Array[0, 12];

    [Fact]
    public void Choice_and_rare_fields_read_back_as_last_written()
    {
        Operations.Sample(operations =>
        {
            var symbol = new Symbol("S", isConstant: false);
            Choice? choice = null;
            string? environment = null;
            var allNoConfigY = false;
            var ranges = 0;
            SourceLocation? firstReference = null;
            foreach (var (field, value) in operations)
            {
                switch (field)
                {
                    case 0:
                        choice = value < 2 ? Choices[value] : null;
                        symbol.Choice = choice;
                        break;
                    case 1:
                        environment = value < 2 ? "ENV" + value : null;
                        symbol.EnvironmentVariable = environment;
                        break;
                    case 2:
                        allNoConfigY = value == 1;
                        symbol.IsAllNoConfigY = allNoConfigY;
                        break;
                    case 3:
                        symbol.AddRange(new RangeProperty(symbol, symbol, ConstantSymbols.Shared.YesExpr, Location));
                        ranges++;
                        break;
                    default:
                        firstReference = Location with { Line = value + 1 };
                        symbol.SetFirstReference(firstReference.Value);
                        break;
                }

                Assert.Same(choice, symbol.Choice);
                Assert.Equal(environment, symbol.EnvironmentVariable);
                Assert.Equal(allNoConfigY, symbol.IsAllNoConfigY);
                Assert.Equal(ranges, symbol.RangesView.Count);
                Assert.Equal(firstReference, symbol.FirstReference);
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    // A definition of one of three symbols: its type, up to two ranges and up to two implies of the others.
    private static readonly Gen<(int Symbol, bool Int, int Ranges, int[] Implies)> Definition =
        Gen.Select(Gen.Int[0, 2], Gen.Bool, Gen.Int[0, 2], Gen.Int[0, 2].Array[0, 2]);

    [Fact]
    public void Ranges_and_implies_are_those_of_the_definitions_in_order()
    {
        Gen.Select(Definition.Array[1, 6], Gen.Int[0, 3]).Sample((definitions, readFirst) =>
        {
            var text = new System.Text.StringBuilder();
            foreach (var (symbol, isInt, ranges, implies) in definitions)
            {
                text.Append("config S").Append(symbol).Append('\n').Append(isInt ? "\tint\n" : "\tbool\n");
                for (var i = 0; i < ranges; i++)
                {
                    text.Append("\trange ").Append(i).Append(' ').Append(i + 10).Append('\n');
                }

                foreach (var target in implies)
                {
                    text.Append("\timply S").Append(target).Append('\n');
                }
            }

            var model = KconfigParser.ParseText(text.ToString(), "Kconfig");
            foreach (var symbol in model.Symbols.Values)
            {
                var ranges = symbol.Nodes.SelectMany(node => node.Ranges).ToList();
                var implies = symbol.Nodes.SelectMany(node => node.Implies).ToList();
                if (readFirst == 1)
                {
                    Assert.Equal(ranges, symbol.Ranges);
                }
                else if (readFirst == 2)
                {
                    Assert.Equal(implies, symbol.Implies);
                }
                else if (readFirst == 3)
                {
                    Assert.Equal(symbol.Nodes.Select(node => node.Prompt).OfType<PromptProperty>(), symbol.Prompts);
                }

                Assert.Equal(ranges, Items(symbol.RangesView));
                Assert.Equal(implies, Items(symbol.ImpliesView));
                Assert.Equal(ranges, symbol.Ranges);
                Assert.Equal(implies, symbol.Implies);
                Assert.Equal(ranges, Items(symbol.RangesView));
                Assert.Equal(implies, Items(symbol.ImpliesView));
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    private static List<T> Items<T>(ListView<T> view)
        where T : class => Enumerable.Range(0, view.Count).Select(i => view[i]).ToList();
}
