using System.Collections.Generic;
using KconfigSharp.Analyzers.Model;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// The weakest guard on an implier that makes an implied read safe: <c>imply X if C</c> on symbol I asks
/// for <c>I &amp;&amp; C</c>, but the conjuncts of C that I already implies in every valid configuration
/// (its <c>depends on</c> chain, what it selects, the other members of its choice being off) add nothing
/// a guard must test. Those are dropped, so KCONF001 and its fix say <c>NET_IPV6</c>, not
/// <c>NET_IPV6 &amp;&amp; NET</c>. The result is checked to satisfy the data flow as the full guard does.
/// </summary>
internal static class WeakestGuard
{
    public static KconfigExpression For(string implier, KconfigExpression? condition, FlagModel model)
    {
        var symbol = KconfigExpression.Sym(implier);
        if (condition is null)
        {
            return symbol;
        }

        var full = KconfigExpression.And(symbol, condition);
        var conjuncts = new List<KconfigExpression>();
        Flatten(condition, conjuncts);

        // Drop each conjunct that the implier and the conjuncts still kept establish; what is left is
        // minimal (no kept conjunct follows from the others).
        for (var i = conjuncts.Count - 1; i >= 0; i--)
        {
            var others = symbol;
            for (var j = 0; j < conjuncts.Count; j++)
            {
                if (j != i)
                {
                    others = KconfigExpression.And(others, conjuncts[j]);
                }
            }

            if (FactSet.Empty.With(others, model).Establishes(conjuncts[i]))
            {
                conjuncts.RemoveAt(i);
            }
        }

        var guard = symbol;
        foreach (var conjunct in conjuncts)
        {
            guard = KconfigExpression.And(guard, conjunct);
        }

        // Established by the weaker guard exactly as the data flow will test it after `if (guard)`.
        return FactSet.Empty.With(guard, model).Establishes(full) ? guard : full;
    }

    /// <summary>The conjuncts of a chain of <c>&amp;&amp;</c>, left to right, with an explicit stack (chains are as long as the tree makes them).</summary>
    private static void Flatten(KconfigExpression expression, List<KconfigExpression> into)
    {
        var pending = new Stack<KconfigExpression>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (e.Kind == KconfigExpressionKind.And)
            {
                pending.Push(e.Right!);
                pending.Push(e.Left!);
            }
            else
            {
                into.Add(e);
            }
        }
    }
}
