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

    // An operation on a node's properties: 0 adds selects, implies and ranges (the counts), 1 reads the public selects, 2 the public ranges.
    private static readonly Gen<(int Operation, int Selects, int Implies, int Ranges)[]> PropertyOperations =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[0, 3]).Array[0, 6];

    /// <summary>
    /// A node with ranges and no selects keeps its ranges in the select slot: whatever is added or read in whatever order,
    /// each list reads back as added (views, stored items, the public lists, which then see later adds), and ranges alone
    /// make no rare parts.
    /// </summary>
    [Fact]
    public void Selects_and_ranges_share_a_slot_and_read_back_as_added()
    {
        PropertyOperations.Sample(operations =>
        {
            var location = new SourceLocation("Kconfig", 1, 1);
            var node = new MenuNode(MenuNodeKind.Symbol, location);
            var symbol = new Symbol("N", isConstant: false);
            var selects = new List<RelationProperty>();
            var implies = new List<RelationProperty>();
            var ranges = new List<RangeProperty>();
            List<RelationProperty>? publicSelects = null;
            List<RangeProperty>? publicRanges = null;
            foreach (var (operation, selectCount, implyCount, rangeCount) in operations)
            {
                switch (operation)
                {
                    case 0:
                        var newSelects = Enumerable.Range(0, selectCount).Select(_ => new RelationProperty(symbol, symbol, ConstantSymbols.Shared.YesExpr, location)).ToList();
                        var newImplies = Enumerable.Range(0, implyCount).Select(_ => new RelationProperty(symbol, symbol, ConstantSymbols.Shared.YesExpr, location)).ToList();
                        var newRanges = Enumerable.Range(0, rangeCount).Select(_ => new RangeProperty(symbol, symbol, ConstantSymbols.Shared.YesExpr, location)).ToList();
                        node.AddProperties([], newSelects, newImplies, newRanges);
                        selects.AddRange(newSelects);
                        implies.AddRange(newImplies);
                        ranges.AddRange(newRanges);
                        break;
                    case 1:
                        publicSelects ??= node.Selects;
                        Assert.Same(publicSelects, node.Selects);
                        break;
                    default:
                        publicRanges ??= node.Ranges;
                        Assert.Same(publicRanges, node.Ranges);
                        break;
                }

                AssertSameItems(selects, Items(node.SelectsView));
                AssertSameItems(selects, Items(node.SelectItems.View));
                AssertSameItems(implies, Items(node.ImpliesView));
                AssertSameItems(ranges, Items(node.RangesView));
                AssertSameItems(ranges, Items(node.RangeItems.View));
                AssertSameItems(selects, publicSelects ?? selects);
                AssertSameItems(ranges, publicRanges ?? ranges);
                if (implies.Count == 0 && publicSelects is null && publicRanges is null && (selects.Count == 0 || ranges.Count == 0))
                {
                    Assert.False(node.HasRareParts);
                }
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }

    private static void AssertSameItems<T>(IEnumerable<T> expected, IEnumerable<T> actual)
        where T : class => Assert.Equal(expected, actual, ReferenceEqualityComparer.Instance);

    private static IEnumerable<T> Items<T>(ListView<T> view)
        where T : class => Enumerable.Range(0, view.Count).Select(i => view[i]);
}
