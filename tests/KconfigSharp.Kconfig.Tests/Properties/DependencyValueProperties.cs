using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// The finalizer numbers the dependencies every entry of a menu and every property of a symbol ANDs in
/// (<see cref="DependencyIds"/>); a resolve keeps each one's value once computed (<see cref="DependencyValues"/>) and
/// the dependency graph each one's items (issue 12). The oracle is the same tree resolved with every id taken off, so
/// every dependency is walked again wherever it is met, as before the ids: the results (values, visibility, origins,
/// assignable values, user-value notes, choices) and the diagnostics, in order, must be equal. Random trees of nested
/// menus with <c>depends on</c>, <c>if</c> blocks, symbols defined more than once, prompts, defaults, selects and
/// implies with conditions, forward references (so dependency loops), an optional choice and user values, in both
/// dialect flavours.
/// </summary>
public sealed class DependencyValueProperties
{
    private const int Count = 4;

    private static string Name(int index) => "S" + index;

    private static readonly Gen<string> Atom = Gen.Frequency((6, Gen.Int[0, Count - 1].Select(Name)), (1, Gen.OneOf("m", "y", "n", "CA")));

    private static readonly Gen<string> Condition = Gen.Frequency(
        (3, Atom),
        (1, Atom.Select(a => "!" + a)),
        (2, Gen.Select(Atom, Atom, (a, b) => a + " && " + b)),
        (2, Gen.Select(Atom, Atom, Atom, (a, b, c) => a + " || " + b + " && " + c)),
        (1, Gen.Select(Atom, Atom, Atom, (a, b, c) => "(" + a + " || " + b + ") && " + c)));

    private static readonly Gen<string> OptionalIf = Gen.Frequency((2, Gen.Const(string.Empty)), (3, Condition.Select(c => " if " + c)));

    private static readonly Gen<string> Relation = Gen.Select(Gen.OneOf("select", "imply"), Gen.Int[0, Count - 1], OptionalIf, (kind, target, condition) => $"\t{kind} {Name(target)}{condition}\n");

    // Names S0, S1 are bool, S2, S3 tristate, so a symbol defined again keeps its type.
    private static readonly Gen<string> Config = Gen.Select(
        Gen.Int[0, Count - 1], Gen.Frequency((3, OptionalIf.Select(c => $" \"p\"{c}")), (1, Gen.Const(string.Empty))),
        Gen.Frequency((1, Gen.Const(string.Empty)), (2, Condition.Select(c => $"\tdepends on {c}\n"))),
        Gen.Select(Gen.OneOf("y", "m", "n", "S1", "S3"), OptionalIf, (value, condition) => $"\tdefault {value}{condition}\n").Array[0, 2],
        Relation.Array[0, 2],
        (index, prompt, dependsOn, defaults, relations) =>
            $"config {Name(index)}\n\t{(index < 2 ? "bool" : "tristate")}{prompt}\n{dependsOn}{string.Concat(defaults)}{string.Concat(relations)}");

    private static Gen<string> Entries(int depth)
    {
        if (depth == 0)
        {
            return Config.Array[1, 3].Select(string.Concat);
        }

        var inner = Entries(depth - 1);
        var entry = Gen.Frequency(
            (3, Config),
            (2, Gen.Select(Condition, inner, (c, body) => $"menu \"m\"\n\tdepends on {c}\n{body}endmenu\n")),
            (1, Gen.Select(Condition, Condition, inner, (c, v, body) => $"menu \"v\"\n\tdepends on {c}\n\tvisible if {v}\n{body}endmenu\n")),
            (2, Gen.Select(Condition, inner, (c, body) => $"if {c}\n{body}endif\n")));
        return entry.Array[1, 4].Select(string.Concat);
    }

    private static readonly Gen<string> Choice = Gen.Select(Condition, OptionalIf, (dependsOn, defaultIf) =>
        $"choice\n\tprompt \"c\"\n\tdepends on {dependsOn}\n\tdefault CB{defaultIf}\nconfig CA\n\tbool \"a\"\n\tdepends on S0 || S2\nconfig CB\n\tbool \"b\"\nendchoice\n");

    // A legacy 'option modules' makes the tree follow Kconfiglib; 'modules' follows LKC 7.x.
    private static readonly Gen<string> Tree = Gen.Select(Entries(3), Gen.Frequency((1, Choice), (2, Gen.Const(string.Empty))), Gen.Bool, Gen.OneOf("y", "n"), (entries, choice, legacy, modules) =>
        new StringBuilder($"config MODULES\n\tbool \"modules\"\n\tdefault {modules}\n\t{(legacy ? "option modules" : "modules")}\n").Append(entries).Append(choice).ToString());

    private static readonly Gen<ValueAssignment[]> UserValues = Gen.Select(Gen.Int[0, Count - 1], Gen.OneOf("y", "m", "n"), (index, value) =>
        new ValueAssignment(Name(index), value, false, SourceLocation.None, ValueSource.Define)).Array[0, 3];

    [Fact]
    public void A_resolve_with_dependency_ids_equals_the_resolve_that_walks_every_dependency_again()
    {
        var numbered = 0;
        var looped = 0;
        Gen.Select(Tree, UserValues).Sample((text, values) =>
        {
            var model = KconfigParser.ParseText(text, "Kconfig");
            numbered += model.DependencyIdCount;
            var resolved = KconfigEngine.Resolve(model, values).WithDescriptionsWritten();
            looped += DependencyGraph.Of(model).Loop is null ? 0 : 1;

            var plain = KconfigParser.ParseText(text, "Kconfig");
            TakeIdsOff(plain);
            var expected = KconfigEngine.Resolve(plain, values).WithDescriptionsWritten();

            Assert.True(expected.Equals(resolved), $"{Describe(expected)}\n---- with ids:\n{Describe(resolved)}\n---- tree:\n{text}");
            Assert.Equal(Edges(DependencyGraph.Of(plain)), Edges(DependencyGraph.Of(model)));
        }, iter: PropertyBudget.Iterations(400), seed: PropertyBudget.Seed, threads: 1);

        Assert.True(numbered > 0 && looped > 0, $"numbered {numbered}, looped {looped}");
    }

    // Every node the finalizer numbered is a menu node's dependency or a symbol's or choice's direct dependency (or below one).
    private static void TakeIdsOff(KconfigModel model)
    {
        var roots = new List<Expr>();
        var nodes = new Stack<MenuNode>();
        nodes.Push(model.Root);
        while (nodes.Count > 0)
        {
            var node = nodes.Pop();
            roots.Add(node.Dependency);
            foreach (var child in node.Children)
            {
                nodes.Push(child);
            }
        }

        roots.AddRange(model.DefinedSymbols.Select(symbol => symbol.DirectDependency));
        roots.AddRange(model.Choices.Select(choice => choice.DirectDependency));
        var pending = new Stack<Expr>(roots);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case AndExpr conjunction:
                    conjunction.DependencyId = 0;
                    pending.Push(conjunction.Left);
                    pending.Push(conjunction.Right);
                    break;
                case OrExpr disjunction:
                    disjunction.DependencyId = 0;
                    pending.Push(disjunction.Left);
                    pending.Push(disjunction.Right);
                    break;
                case NotExpr not:
                    pending.Push(not.Operand);
                    break;
            }
        }
    }

    // What each item reads, in the graph's order.
    private static string Edges(DependencyGraph graph)
    {
        var dependencies = graph.Dependencies;
        var text = new StringBuilder();
        for (var item = 0; item < graph.ItemCount; item++)
        {
            text.Append(item).Append(':');
            for (var i = 0; i < dependencies.Count(item); i++)
            {
                text.Append(' ').Append(dependencies.Target(dependencies.Start(item) + i));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Describe(ResolvedConfiguration resolved) =>
        JsonWriter.Write(resolved) + "\n" + string.Join("\n", resolved.Diagnostics.Select(d => $"{d.Location}: {d.Message}"))
        + "\n" + string.Join("\n", resolved.Symbols.Select(s => $"{s.Name} {s.Value} v={s.Visibility} d={s.DirectDependencyValue} a={s.Assignable} w={s.IsWritten} note={s.UserValueNote}"));
}
