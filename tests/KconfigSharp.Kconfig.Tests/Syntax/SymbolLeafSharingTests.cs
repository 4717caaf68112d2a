using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Tests.Properties;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// The parse gives each symbol and constant one expression leaf, shared by every bare reference (the leaves are kept in a
/// table by symbol id during the parse, not on the symbol); a qemu model's resolver leaves are the parse's.
/// </summary>
public sealed class SymbolLeafSharingTests
{
    private static readonly string[] Operands = ["A", "B", "C", "D", "y", "n", "m", "\"s\"", "1"];

    // Random bool entries whose depends on, defaults, selects and implies reference a few symbols and constants.
    private static readonly Gen<string> Tree =
        Gen.Select(Gen.Int[0, Operands.Length - 1], Gen.Int[0, Operands.Length - 1], Gen.Int[0, 3], Gen.Int[0, 3])
            .Array[1, 12]
            .Select(entries =>
            {
                var text = new StringBuilder();
                for (var i = 0; i < entries.Length; i++)
                {
                    var (left, right, target, shape) = entries[i];
                    var name = "ABCD"[i % 4];
                    text.Append("config ").Append(name).Append('\n').Append("\tbool \"").Append(name).Append("\"\n");
                    text.Append("\tdepends on ").Append(Operands[left]).Append(shape % 2 == 0 ? " && " : " || ").Append(Operands[right]).Append('\n');
                    text.Append("\tdefault ").Append(Operands[right]).Append(" if ").Append(Operands[left]).Append('\n');
                    text.Append(shape < 2 ? "\tselect " : "\timply ").Append("ABCD"[target]).Append(" if ").Append(Operands[left]).Append('\n');
                }

                return text.ToString();
            });

    // The shared y and n that stand for nothing written (YesExpr, NoExpr) are not operands and are left out.
    private static Dictionary<Symbol, HashSet<SymbolExpr>> LeavesBySymbol(KconfigModel model)
    {
        var leaves = new Dictionary<Symbol, HashSet<SymbolExpr>>();
        var expressions = new Stack<Expr>();
        var nodes = new Stack<MenuNode>();
        nodes.Push(model.Root);
        while (nodes.Count > 0)
        {
            var node = nodes.Pop();
            expressions.Push(node.OwnDependency);
            foreach (var def in node.DefaultsView)
            {
                expressions.Push(def.Value);
                expressions.Push(def.WrittenCondition);
            }

            foreach (var relation in node.SelectsView)
            {
                expressions.Push(relation.WrittenCondition);
            }

            foreach (var relation in node.ImpliesView)
            {
                expressions.Push(relation.WrittenCondition);
            }

            foreach (var child in node.ChildrenView)
            {
                nodes.Push(child);
            }
        }

        while (expressions.Count > 0)
        {
            foreach (var found in ExprLeaves.Of(expressions.Pop()))
            {
                if (found is SymbolExpr leaf && !ReferenceEquals(leaf, model.Constants.YesExpr) && !ReferenceEquals(leaf, model.Constants.NoExpr))
                {
                    if (!leaves.TryGetValue(leaf.Symbol, out var set))
                    {
                        leaves[leaf.Symbol] = set = new HashSet<SymbolExpr>(ReferenceEqualityComparer.Instance);
                    }

                    set.Add(leaf);
                }
            }
        }

        return leaves;
    }

    [Fact]
    public void Every_bare_reference_to_a_symbol_or_constant_shares_one_leaf_and_qemu_clauses_use_it()
    {
        Tree.Sample(text =>
        {
            foreach (var dialect in new[] { KconfigDialect.Kconfig, KconfigDialect.Qemu })
            {
                var model = KconfigParser.ParseText(text, "Kconfig", new KconfigParseOptions { Dialect = dialect });
                foreach (var (symbol, leaves) in LeavesBySymbol(model))
                {
                    Assert.True(leaves.Count == 1, $"{dialect}: {symbol.Name} has {leaves.Count} leaves\n{text}");
                    if (dialect == KconfigDialect.Qemu && !symbol.IsConstant)
                    {
                        Assert.Same(leaves.Single(), model.LeafOf(symbol));
                    }
                }
            }
        }, iter: PropertyBudget.Iterations(300), seed: PropertyBudget.Seed, threads: 1);
    }
}
