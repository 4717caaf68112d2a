using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// The resolver evaluates a symbol's reverse dependencies (its selects and implies) once and keeps the value for
/// <see cref="ResolvedSymbol.Assignable"/>, unless a read on the way broke a dependency loop (issue 12). Evaluated
/// again after the resolve, over the values it reported, they must give the same assignable values: the plain
/// re-evaluation the resolver did before keeping them. Random tristate/bool trees with selects, implies,
/// conditions, <c>m</c> and forward references (so dependency loops) in both dialect flavours.
/// </summary>
public sealed class KeptRelationValueProperties
{
    private const int Count = 6;

    private static string Name(int index) => "S" + index;

    private static readonly Gen<string> Atom = Gen.Frequency((6, Gen.Int[0, Count - 1].Select(Name)), (1, Gen.OneOf("m", "y", "n")));

    private static readonly Gen<string> Condition = Gen.Frequency(
        (3, Atom),
        (1, Atom.Select(a => "!" + a)),
        (2, Gen.Select(Atom, Atom, (a, b) => a + " && " + b)),
        (2, Gen.Select(Atom, Atom, Atom, (a, b, c) => a + " || " + b + " && " + c)));

    private static readonly Gen<string> OptionalIf = Gen.Frequency((2, Gen.Const(string.Empty)), (3, Condition.Select(c => " if " + c)));

    private static readonly Gen<string> Relation = Gen.Select(Gen.OneOf("select", "imply"), Gen.Int[0, Count - 1], OptionalIf, (kind, target, condition) => $"\t{kind} {Name(target)}{condition}\n");

    private static readonly Gen<string> Config = Gen.Select(
        Gen.Bool, OptionalIf, Gen.Frequency((2, Gen.Const(string.Empty)), (1, Condition.Select(c => $"\tdepends on {c}\n"))),
        Gen.Select(Gen.OneOf("y", "m", "n"), OptionalIf, (value, condition) => $"\tdefault {value}{condition}\n").Array[0, 2],
        Relation.Array[0, 3],
        (tristate, promptIf, dependsOn, defaults, relations) => $"\t{(tristate ? "tristate" : "bool")} \"p\"{promptIf}\n{dependsOn}{string.Concat(defaults)}{string.Concat(relations)}");

    // A legacy 'option modules' makes the tree follow Kconfiglib; 'modules' follows LKC 7.x.
    internal static readonly Gen<string> Tree = Gen.Select(Config.Array[Count], Gen.Bool, Gen.OneOf("y", "n"), (configs, legacy, modules) =>
    {
        var text = new StringBuilder($"config MODULES\n\tbool \"modules\"\n\tdefault {modules}\n\t{(legacy ? "option modules" : "modules")}\n");
        for (var i = 0; i < Count; i++)
        {
            text.Append("config ").Append(Name(i)).Append('\n').Append(configs[i]);
        }

        return text.ToString();
    });

    [Fact]
    public void Assignable_values_are_those_of_the_reverse_dependencies_evaluated_again_after_the_resolve()
    {
        var selected = 0;
        var looped = 0;
        Tree.Sample(text =>
        {
            var model = KconfigParser.ParseText(text, "Kconfig");
            var resolved = KconfigEngine.Resolve(model, []);
            var values = new ReportedValues(model, resolved);
            looped += DependencyGraph.Of(model).Loop is null ? 0 : 1;
            foreach (var symbol in model.DefinedSymbols)
            {
                var reported = resolved.Find(symbol.Name)!;
                var reverse = ExprEvaluator.Evaluate(symbol.ReverseDependency, values);
                var weak = ExprEvaluator.Evaluate(symbol.WeakReverseDependency, values);
                selected += reverse == Tristate.No && weak == Tristate.No ? 0 : 1;
                Assert.True(
                    Assignable(reported, values.Modules, reverse, weak) == reported.Assignable,
                    $"{symbol.Name}: assignable '{reported.Assignable}', reverse {reverse}, weak {weak}, visibility {reported.Visibility}\n{text}");
            }
        }, iter: PropertyBudget.Iterations(500), seed: PropertyBudget.Seed, threads: 1);

        Assert.True(selected > 0 && looped > 0, $"selected {selected}, looped {looped}");
    }

    // KconfigResolver.Assignable's rules (Kconfiglib _assignable), over values read after the resolve.
    private static string Assignable(ResolvedSymbol symbol, Tristate modules, Tristate reverse, Tristate weak)
    {
        if (symbol.Visibility == "n")
        {
            return string.Empty;
        }

        var boolLike = symbol.Type == KconfigType.Bool || modules == Tristate.No || weak == Tristate.Yes;
        if (symbol.Visibility == "y")
        {
            return reverse switch
            {
                Tristate.No => boolLike ? "ny" : "nmy",
                Tristate.Yes => "y",
                _ => boolLike ? "y" : "my",
            };
        }

        return reverse switch
        {
            Tristate.No => weak != Tristate.Yes ? "nm" : "ny",
            Tristate.Yes => "y",
            _ => "m",
        };
    }

    /// <summary>The values a resolve reported, for evaluating expressions after it.</summary>
    private sealed class ReportedValues(KconfigModel model, ResolvedConfiguration resolved) : ISymbolValues
    {
        public bool FollowsLkc => model.FollowsLkc;

        public Tristate Modules => TriValue(model.FindSymbol("MODULES")!);

        public Tristate TriValue(Symbol symbol) => resolved.Find(symbol.Name)!.Value switch
        {
            "y" => Tristate.Yes,
            "m" => Tristate.Module,
            _ => Tristate.No,
        };

        public string StrValue(Symbol symbol) => resolved.Find(symbol.Name)!.Value;

        public Tristate ChoiceMode(Choice choice) => throw new InvalidOperationException("no choices in these trees");
    }
}
