using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Resolution;

public sealed class ExprTextCacheTests
{
    [SharedDataFact]
    public void Every_expression_of_the_NuttX_tree_reads_as_its_own_ToString_through_one_shared_cache()
    {
        var model = NuttxCorpus.Parse();
        var expressions = ExpressionsOf(model).ToList();
        var texts = new ExprTextCache();

        // Twice: the first pass marks shared chains, the second reads them back from the cache.
        var mismatches = new List<string>();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var expr in expressions)
            {
                var expected = expr.ToString();
                var actual = texts.Text(expr);
                if (actual != expected)
                {
                    mismatches.Add($"pass {pass}: '{actual}' instead of '{expected}'");
                }
            }
        }

        Assert.True(expressions.Count > 50_000, $"only {expressions.Count} expressions");
        Assert.Empty(mismatches.Take(20));
    }

    [SharedDataFact]
    public void A_text_kept_from_its_first_ask_reads_as_its_own_ToString_at_every_later_ask()
    {
        var texts = new ExprTextCache();

        // Asked as a relation's condition (kept from the first write) and as a plain text, in both orders: what was
        // kept must be the node's own text, whichever way it was first met.
        Assert.Empty(MismatchesOverNuttX(passes: 3, (expr, i, pass) => (i + pass) % 2 == 0 ? texts.TextAskedAgain(expr) : texts.Text(expr)));
    }

    [SharedDataFact]
    public void Two_caches_over_one_model_each_read_their_own_kept_texts()
    {
        var first = new ExprTextCache();
        var second = new ExprTextCache();

        // Interleaved, so each node's mark keeps changing hands: one cache's kept-text slot (or its "written" id) on a
        // node must read as "not met" by the other, never as a slot of its own.
        Assert.Empty(MismatchesOverNuttX(passes: 3, (expr, i, pass) =>
        {
            var texts = (i / 3 + pass) % 2 == 0 ? first : second;
            return i % 2 == 0 ? texts.TextAskedAgain(expr) : texts.Text(expr);
        }));
    }

    [Fact]
    public void Texts_asked_for_after_the_working_memory_went_back_are_right()
    {
        var first = new ExprTextCache();
        var second = new ExprTextCache();

        // Each pass ends with the first cache's kept texts and interning table back in the pool, where the second cache
        // may rent them: the first must then read its old slots as "not met" and write those texts again.
        Assert.Empty(MismatchesOverNuttX(passes: 3, (expr, i, pass) =>
        {
            if (i == 0)
            {
                first.ReleaseWorkingMemory();
            }

            var text = i % 2 == 0 ? first.TextAskedAgain(expr) : first.Text(expr);
            return i % 5 == 0 ? second.TextAskedAgain(expr) : text;
        }));
    }

    // Every NuttX expression asked for its text `passes` times in order (expression, its index, the pass); the first
    // 20 answers that are not its ToString.
    private static List<string> MismatchesOverNuttX(int passes, Func<Expr, int, int, string> ask)
    {
        var expressions = ExpressionsOf(NuttxCorpus.Parse()).ToList();
        var mismatches = new List<string>();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < expressions.Count; i++)
            {
                var expected = expressions[i].ToString();
                var actual = ask(expressions[i], i, pass);
                if (actual != expected)
                {
                    mismatches.Add($"pass {pass}: '{actual}' instead of '{expected}'");
                }
            }
        }

        return mismatches.Take(20).ToList();
    }

    [Fact]
    public void Equal_texts_of_distinct_expressions_are_one_string()
    {
        // Each symbol adds the same 'depends on' to the menu's chain through its own expression object.
        var model = KconfigParser.ParseText("""
            config A
            	bool "a"
            config B
            	bool "b"
            menu "m"
            	depends on A
            config C
            	bool "c"
            	depends on B
            config D
            	bool "d"
            	depends on B
            	select A if B
            config E
            	bool "e"
            	select A if B
            	depends on B
            endmenu
            """.Replace("\r\n", "\n", StringComparison.Ordinal), "Kconfig");
        var resolved = KconfigEngine.Resolve(model, []);
        var c = resolved.Find("C")!;
        var d = resolved.Find("D")!;
        var e = resolved.Find("E")!;

        Assert.NotSame(model.FindSymbol("C")!.DirectDependency, model.FindSymbol("D")!.DirectDependency);
        Assert.Equal("B && A", c.DependsOn);
        Assert.Same(c.DependsOn, d.DependsOn);
        Assert.Same(d.DependsOn, e.DependsOn);
        Assert.Equal("B && B && A", d.Selects[0].Condition);
        Assert.Same(d.Selects[0].Condition, e.Selects[0].Condition);
    }

    [SharedDataFact]
    public void An_expression_without_choice_terms_is_kept_as_the_same_instance()
    {
        var model = NuttxCorpus.Parse();
        var texts = new ExprTextCache();
        var kept = 0;
        var total = 0;
        foreach (var symbol in model.DefinedSymbols.Where(s => s.Choice is null))
        {
            var dependency = symbol.DirectDependency;
            var rewritten = texts.WithoutChoiceTerms(dependency);
            Assert.Equal(dependency.ToString(), rewritten.ToString());
            total++;
            kept += ReferenceEquals(dependency, rewritten) ? 1 : 0;
        }

        // Every one: outside a choice no dependency carries a choice term.
        Assert.True(kept == total, $"{kept} of {total} kept");
    }

    [Fact]
    public void A_choice_term_is_replaced_and_an_operand_that_becomes_y_is_simplified_away()
    {
        var model = KconfigParser.ParseText(
            "config BASE\n\tbool \"Base\"\n\n" +
            "choice\n\tprompt \"Mode\"\n\n" +
            "config ONE\n\tbool \"One\"\n\tdepends on BASE\n\n" +
            "endchoice\n");
        var one = model.FindSymbol("ONE")!;
        var texts = new ExprTextCache();

        // ONE depends on <choice> && BASE; the choice has no dependencies (y), so only BASE is left.
        Assert.Contains("<choice", one.DirectDependency.ToString(), StringComparison.Ordinal);
        Assert.Equal("BASE", texts.Text(texts.WithoutChoiceTerms(one.DirectDependency)));
    }

    [Fact]
    public void A_chain_far_deeper_than_the_call_stack_allows_is_written_without_recursion()
    {
        var model = KconfigParser.ParseText("config A\n\tbool\n\nconfig B\n\tbool\n");
        var a = new SymbolExpr(model.FindSymbol("A")!);
        var b = new SymbolExpr(model.FindSymbol("B")!);
        Expr chain = a;
        for (var i = 0; i < 200_000; i++)
        {
            chain = new AndExpr(i % 2 == 0 ? b : a, i % 1000 == 0 ? new OrExpr(chain, a) : chain);
        }

        var texts = new ExprTextCache();
        var rewritten = texts.WithoutChoiceTerms(chain);
        var text = texts.Text(rewritten);

        Assert.Same(chain, rewritten);
        Assert.StartsWith("A && B && A && ", text, StringComparison.Ordinal);
        Assert.EndsWith("B && (A || A)" + string.Concat(Enumerable.Repeat(" || A)", 199)), text, StringComparison.Ordinal);
        Assert.Equal(text, texts.Text(chain));
    }

    private static IEnumerable<Expr> ExpressionsOf(KconfigModel model)
    {
        foreach (var symbol in model.DefinedSymbols)
        {
            yield return symbol.DirectDependency;
            yield return symbol.ReverseDependency;
            yield return symbol.WeakReverseDependency;
            foreach (var prompt in symbol.Prompts)
            {
                yield return prompt.Condition;
            }

            foreach (var def in symbol.Defaults)
            {
                yield return def.Value;
                yield return def.Condition;
            }

            foreach (var relation in symbol.Selects.Concat(symbol.Implies))
            {
                yield return relation.Condition;
            }
        }
    }
}
