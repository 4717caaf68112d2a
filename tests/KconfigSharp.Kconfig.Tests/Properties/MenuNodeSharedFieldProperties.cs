using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// A menu node keeps its symbol and its rare parts in one field (<see cref="MenuNode.Symbol"/>): in whatever
/// order the symbol, the choice, <c>visible if</c> and children are set, each reads back as last written.
/// </summary>
public sealed class MenuNodeSharedFieldProperties
{
    private static readonly Symbol[] Symbols = [new("A", isConstant: false), new("B", isConstant: false)];
    private static readonly Choice[] Choices = [new("C1"), new(null)];
    private static readonly Expr[] Conditions = [ConstantSymbols.Shared.YesExpr, ConstantSymbols.Shared.NoExpr];

    // An operation: which field (0 symbol, 1 choice, 2 visible if, 3 one more child) and which value (an index, or none).
    private static readonly Gen<(int Field, int Value)[]> Operations = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2]).Array[0, 12];

    [Fact]
    public void Symbol_choice_visibility_and_children_read_back_as_last_written()
    {
        Operations.Sample(operations =>
        {
            var location = new SourceLocation("Kconfig", 1, 1);
            var node = new MenuNode(MenuNodeKind.Symbol, location);
            Symbol? symbol = null;
            Choice? choice = null;
            Expr? visibleIf = null;
            var children = new List<MenuNode>();
            foreach (var (field, value) in operations)
            {
                switch (field)
                {
                    case 0:
                        symbol = value < 2 ? Symbols[value] : null;
                        node.Symbol = symbol;
                        break;
                    case 1:
                        choice = value < 2 ? Choices[value] : null;
                        node.Choice = choice;
                        break;
                    case 2:
                        visibleIf = value < 2 ? Conditions[value] : null;
                        node.VisibleIf = visibleIf;
                        break;
                    default:
                        var child = new MenuNode(MenuNodeKind.Comment, location);
                        children.Add(child);
                        node.ChildItems.Add(child);
                        break;
                }

                Assert.Same(symbol, node.Symbol);
                Assert.Same(choice, node.Choice);
                Assert.Same(visibleIf, node.VisibleIf);
                var view = node.ChildrenView;
                Assert.Equal(children, Enumerable.Range(0, view.Count).Select(i => view[i]));
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }
}
