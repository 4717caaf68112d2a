using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// A symbol keeps its choice and its rare parts in one field (<see cref="Symbol.Choice"/>): in whatever order the
/// choice and the rare fields are set, each reads back as last written.
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
}
