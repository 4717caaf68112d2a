using KconfigSharp.Tests;
using KconfigSharp.Analyzers.Flow;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KconfigSharp.Analyzers.Tests.Robustness;

/// <summary>
/// Inputs far deeper or longer than real code (issue 16), with the analysis on a 256 KB stack
/// (<see cref="SmallStack"/>): each ends in results or a located KCONF000, never a stack overflow,
/// which would kill the compiler. Through the whole analyzer where Roslyn itself copes with the input on
/// its threads; where Roslyn's own recursion needs a bigger stack (a 30,000-term chain, 2,000 nested
/// lambdas), Roslyn prepares the operations and graphs on a big stack first and the analysis runs alone
/// on the small one.
/// </summary>
public sealed class DeepInputTests
{
    private const int ChainTerms = 30_000;
    private const int NestingDepth = 2_000;

    private static string Method(string body) => $$"""
        using F = SampleApp.FeatureFlags;
        static class Api { public static void Use(bool value) { } }
        class C
        {
            void M(bool b)
            {
                {{body}}
            }
        }
        """;

    private static string Chain(string op) =>
        string.Join(op, Enumerable.Range(0, ChainTerms).Select(i => (i % 3) switch { 0 => "F.Linux", 1 => "F.Vhost", _ => "F.Fuzz" }));

    /// <summary>The translator for the compilation of <paramref name="body"/> and an operation Roslyn built (fully) on a big stack.</summary>
    private static (ConditionTranslator Translator, IOperation Operation) Prepare<TSyntax>(string body, Func<TSyntax, SyntaxNode> pick)
        where TSyntax : SyntaxNode
    {
        var compilation = SmallStackCompilation.Compile(FlagMode.Readonly, Method(body));
        return SmallStack.Run(
            () =>
            {
                var tree = compilation.SyntaxTrees[0];
                var semanticModel = compilation.GetSemanticModel(tree);
                var operation = semanticModel.GetOperation(pick(tree.GetRoot().DescendantNodes().OfType<TSyntax>().Last()))!;
                _ = operation.Descendants().Count(); // builds every lazy child now, on this stack
                return (new ConditionTranslator(FlagModel.For(compilation), new KconfigAnnotations(compilation.Assembly), semanticModel), operation);
            },
            SmallStack.RoslynSize);
    }

    [Theory]
    [InlineData(" && ")]
    [InlineData(" || ")]
    public void A_30000_term_flag_chain_is_refused_at_the_condition_not_a_stack_overflow(string op)
    {
        var (translator, condition) = Prepare<IfStatementSyntax>($"if ({Chain(op)}) {{ Api.Use(F.Multiprocess); }}", s => s.Condition);

        var refused = SmallStack.Run(() => Record.Exception(() => translator.Translate(condition)));

        var limit = Assert.IsType<GuardAnalysisLimitException>(refused);
        Assert.Same(condition.Syntax, limit.At);
        Assert.Contains($"nested more than {ConditionTranslator.MaxDepth} deep", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_30000_term_chain_in_an_assertion_is_refused_not_a_stack_overflow()
    {
        var (translator, argument) = Prepare<ArgumentSyntax>($"System.Diagnostics.Debug.Assert({Chain(" && ")});", s => s.Expression);

        var refused = SmallStack.Run(() => Record.Exception(() => translator.TranslateWhenTrue(argument)));

        Assert.Same(argument.Syntax, Assert.IsType<GuardAnalysisLimitException>(refused).At);
    }

    [Fact]
    public void Two_thousand_nested_negations_are_refused_at_the_condition()
    {
        var (translator, condition) = Prepare<IfStatementSyntax>(
            $"if ({string.Concat(Enumerable.Repeat("!(", NestingDepth))}F.Linux{new string(')', NestingDepth)}) {{ }}", s => s.Condition);

        var refused = SmallStack.Run(() => Record.Exception(() => translator.Translate(condition)));

        Assert.Same(condition.Syntax, Assert.IsType<GuardAnalysisLimitException>(refused).At);
    }

    [Fact]
    public void A_condition_just_inside_the_limit_still_translates_on_a_small_stack()
    {
        // ?: nests three expression levels per operation level: the deepest expression the rest of the analysis walks.
        var depth = ConditionTranslator.MaxDepth / 2 - 1;
        var condition = string.Concat(Enumerable.Repeat("F.Linux ? (", depth)) + "F.Vhost" + string.Concat(Enumerable.Repeat(") : F.Fuzz", depth));
        var (translator, operation) = Prepare<IfStatementSyntax>($"if ({condition}) {{ }}", s => s.Condition);

        var translated = SmallStack.Run(() =>
        {
            var expression = translator.Translate(operation)!;
            var text = expression.ToString();
            var facts = FactSet.Empty.With(expression, FlagModel.For(SmallStackCompilation.Compile(FlagMode.Readonly)));
            return (Text: text, Established: facts.Establishes(expression));
        });

        Assert.Contains("VHOST", translated.Text, StringComparison.Ordinal);
        Assert.True(translated.Established);
    }

    [Fact]
    public void Two_thousand_nested_lambdas_are_walked_on_a_small_stack()
    {
        var open = string.Concat(Enumerable.Repeat("System.Action a = () => { ", NestingDepth));
        var close = string.Concat(Enumerable.Repeat("}; ", NestingDepth));
        var (translator, body) = Prepare<MethodDeclarationSyntax>("if (F.MultiprocessAllowed) { " + open + "Api.Use(F.Multiprocess); " + close + "}", s => s);
        var compilation = SmallStackCompilation.Compile(FlagMode.Readonly);
        var model = FlagModel.For(compilation);
        var graph = SmallStack.Run(() => BuildEveryGraph(ControlFlowGraph.Create((IMethodBodyOperation)body)), SmallStack.RoslynSize);

        var established = SmallStack.Run(() =>
        {
            var results = new List<bool>();
            new GuardDataFlow(model, new KconfigAnnotations(compilation.Assembly), translator, (operation, state) =>
            {
                if (operation is IFieldReferenceOperation { Field.Name: "Multiprocess" })
                {
                    results.Add(state.Establishes(KconfigExpression.Sym("MULTIPROCESS_ALLOWED")));
                }
            }).Run(graph, FactSet.Empty);
            return results;
        });

        // The read 2,000 lambdas down runs under the guard the outermost one was created in.
        Assert.Equal("True", string.Join(",", established));
    }

    /// <summary>Asks Roslyn for every nested lambda's graph now (it builds them lazily and caches them).</summary>
    private static ControlFlowGraph BuildEveryGraph(ControlFlowGraph root)
    {
        var pending = new Stack<ControlFlowGraph>([root]);
        while (pending.Count > 0)
        {
            var graph = pending.Pop();
            foreach (var lambda in graph.Blocks.SelectMany(b => b.Operations).SelectMany(o => o.DescendantsAndSelf()).OfType<IFlowAnonymousFunctionOperation>())
            {
                pending.Push(graph.GetAnonymousFunctionControlFlowGraph(lambda));
            }
        }

        return root;
    }

    [Fact]
    public void Two_thousand_nested_ifs_are_analysed_on_a_small_stack_through_the_analyzer()
    {
        // The implied read at the bottom is guarded by its implier at the top: no diagnostic; the
        // unguarded one after the nest gets KCONF001, so the analysis really ran to the end.
        var open = string.Concat(Enumerable.Range(0, NestingDepth).Select(i => i == 0 ? "if (F.MultiprocessAllowed) { " : "if (b || F.Linux) { "));
        var source = Method(open + "Api.Use(F.Multiprocess); " + new string('}', NestingDepth) + " Api.Use(F.Multiprocess);");
        var (diagnostics, blocks) = SmallStackCompilation.Analyze(FlagMode.Readonly, source);

        Assert.True(blocks > 0, "the guard analysis did not run on the small-stack thread");
        Assert.DoesNotContain(diagnostics, d => d.Id == "KCONF000");
        var unguarded = Assert.Single(diagnostics, d => d.Id == "KCONF001");
        Assert.True(unguarded.Location.SourceSpan.Start > source.IndexOf(new string('}', NestingDepth), StringComparison.Ordinal), "KCONF001 must be on the read after the nest");
    }

    [Fact]
    public void A_2000_deep_depends_on_chain_closes_on_a_small_stack_through_the_analyzer()
    {
        // D(i) depends on D(i-1): guarding with the last establishes the first through 1,999 steps.
        var flags = string.Concat(Enumerable.Range(0, NestingDepth).Select(i =>
            $"[KconfigSharp.KconfigSymbol(\"D{i}\")]{(i > 0 ? $"[KconfigSharp.KconfigDependsOn(\"D{i - 1}\")]" : string.Empty)} public static readonly bool D{i} = true;\n"));
        var (diagnostics, blocks) = SmallStackCompilation.Analyze(
            FlagMode.Readonly,
            "static class Deep\n{\n" + flags + "}\n",
            Method($"if (Deep.D{NestingDepth - 1}) {{ Needs.First(); }} Needs.First();"),
            "static class Needs { [KconfigSharp.RequiresKconfig(\"D0\")] public static void First() { } }");

        Assert.True(blocks > 0, "the guard analysis did not run on the small-stack thread");
        var unguarded = Assert.Single(diagnostics, d => d.Id == "KCONF002");
        Assert.Contains("'First' requires Kconfig 'D0'", unguarded.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_30000_term_attribute_expression_is_KCONF004_through_the_analyzer()
    {
        var expression = string.Join(" && ", Enumerable.Repeat("LINUX", ChainTerms));
        var (diagnostics, _) = SmallStackCompilation.Analyze(FlagMode.Readonly, $$"""
            class C
            {
                [KconfigSharp.RequiresKconfig("{{expression}}")] void M() { }
            }
            """);

        Assert.Contains("nested", Assert.Single(diagnostics, d => d.Id == "KCONF004").GetMessage(), StringComparison.Ordinal);
    }
}
