using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// The resolver evaluates a symbol's selects and implies from the lists (<see cref="ExprEvaluator.EvaluateRelations"/>)
/// instead of the <c>rev_dep</c>/<c>weak_rev_dep</c> chains the model now makes only on first read (issue 12). Over
/// random tristate/bool trees with selects, implies, conditions (n, y, m among them), <c>depends on</c> and forward
/// references, both must give the same value and read the same symbols in the same order (the resolver's loop
/// detection and diagnostics follow that order), for every symbol, over any values (here: a resolve's).
/// </summary>
public sealed class RelationValueProperties
{
    [Fact]
    public void Selects_and_implies_evaluate_as_their_chains_with_the_same_reads_in_the_same_order()
    {
        var terms = 0;
        Gen.Select(KeptRelationValueProperties.Tree, Gen.Int[0, 2]).Sample((text, shift) =>
        {
            var model = KconfigParser.ParseText(text, "Kconfig");
            var resolved = KconfigEngine.Resolve(model, []);
            foreach (var symbol in model.DefinedSymbols)
            {
                Check(symbol.SelectedByView, symbol.ReverseDependency);
                Check(symbol.ImpliedByView, symbol.WeakReverseDependency);
            }

            void Check(ListView<RelationProperty> relations, Expr chain)
            {
                terms += relations.Count;
                var byList = new RecordingValues(model, resolved, shift);
                var byChain = new RecordingValues(model, resolved, shift);
                var listValue = ExprEvaluator.EvaluateRelations(relations, byList);
                var chainValue = ExprEvaluator.Evaluate(chain, byChain);
                Assert.True(
                    listValue == chainValue && byList.Reads.SequenceEqual(byChain.Reads),
                    $"{chain}: list {listValue} reading {string.Join(",", byList.Reads)}, chain {chainValue} reading {string.Join(",", byChain.Reads)}\n{text}");
            }
        }, iter: PropertyBudget.Iterations(500), seed: PropertyBudget.Seed, threads: 1);

        Assert.True(terms > 0);
    }

    /// <summary>A resolve's values, or (shift 1, 2) those values rotated through n, m, y; records the symbols read.</summary>
    private sealed class RecordingValues(KconfigModel model, ResolvedConfiguration resolved, int shift) : ISymbolValues
    {
        public List<string> Reads { get; } = [];

        public bool FollowsLkc => model.FollowsLkc;

        public Tristate Modules => Value(model.FindSymbol("MODULES")!);

        public Tristate TriValue(Symbol symbol)
        {
            Reads.Add(symbol.Name);
            return Value(symbol);
        }

        private Tristate Value(Symbol symbol)
        {
            var value = resolved.Find(symbol.Name)!.Value switch
            {
                "y" => 2,
                "m" => 1,
                _ => 0,
            };
            return (Tristate)((value + shift) % 3);
        }

        public string StrValue(Symbol symbol)
        {
            Reads.Add(symbol.Name);
            return ExprEvaluator.ToText(Value(symbol));
        }

        public Tristate ChoiceMode(Choice choice) => throw new InvalidOperationException("no choices in these trees");
    }
}
