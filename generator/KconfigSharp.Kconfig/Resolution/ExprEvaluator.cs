using System.Numerics;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Evaluates Kconfig expressions to tristates (Kconfiglib <c>expr_value</c>): <c>!x</c> = 2 - x,
/// <c>&amp;&amp;</c> = min, <c>||</c> = max; relations compare numerically when both operands parse as
/// numbers of their type (bool/tristate count as 0/1/2), else as strings.
/// </summary>
internal static class ExprEvaluator
{
    /// <summary>
    /// Evaluates a condition. A bare <c>m</c> means <c>m &amp;&amp; MODULES</c> here (Kconfiglib's
    /// <c>transform_m</c> applies to conditions and dependencies, not to default values).
    /// </summary>
    public static Tristate Evaluate(Expr expr, ISymbolValues values) => Evaluate(expr, values, transformM: true);

    /// <summary>
    /// Evaluates a condition of the model whose resolve <paramref name="memo"/> belongs to: a numbered dependency met on
    /// the way (<see cref="DependencyIds"/>) is read from the memo when known, else computed as the plain walk computes
    /// it and kept there (<see cref="DependencyValues"/> says when). The same values are read in the same order as the
    /// plain walk, which a known dependency would only re-read.
    /// </summary>
    public static Tristate Evaluate(Expr expr, ISymbolValues values, DependencyValues memo) => Evaluate(expr, values, transformM: true, memo);

    /// <summary>
    /// The value of the OR of <c>source &amp;&amp; condition</c> over <paramref name="relations"/> (a symbol's
    /// <see cref="Symbol.SelectedBy"/> or <see cref="Symbol.ImpliedBy"/>), without building that chain
    /// (<see cref="RelationChain"/>): the same values read in the same order as <see cref="Evaluate(Expr, ISymbolValues)"/>
    /// of the chain. A relation whose condition is n has no term (<see cref="Expr.And"/>); a term's source is read
    /// first and its condition only when the source is not n; the walk stops at the first y.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static Tristate EvaluateRelations(ListView<RelationProperty> relations, ISymbolValues values, DependencyValues? memo = null)
    {
        // A select chain reads its sources' values, which read their selects': each step through the resolver's
        // TriValue, which checks the stack (as Evaluate leaves it to).
        var result = Tristate.No;
        foreach (var relation in relations)
        {
            var condition = relation.Condition;
            if (condition.IsConstant("n"))
            {
                continue;
            }

            var term = values.TriValue(relation.Source);
            if (term != Tristate.No)
            {
                term = Min(term, Evaluate(condition, values, transformM: true, memo));
            }

            result = Max(result, term);
            if (result == Tristate.Yes)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Evaluates the value of a <c>default</c>: a bare <c>m</c> stays m.</summary>
    public static Tristate EvaluateValue(Expr expr, ISymbolValues values) => Evaluate(expr, values, transformM: false);

    private static Tristate Evaluate(Expr expr, ISymbolValues values, bool transformM) => Evaluate(expr, values, transformM, memo: null);

    // memo is null or belongs to the resolve of the expression's model; only conditions (transformM) keep values.
    [MethodImpl(HotPath.Optimized)]
    private static Tristate Evaluate(Expr expr, ISymbolValues values, bool transformM, DependencyValues? memo)
    {
        // No stack check per call: an expression nests at most MaxExpressionDepth deep (the parse's bound), and a
        // chain of symbols recurses through the resolver, which checks on entering each symbol it has not valued yet.
        // The rare nodes that recurse here check for themselves.
        switch (expr)
        {
            case SymbolExpr { Symbol: var symbol }:
                if (symbol.IsConstant)
                {
                    var constant = ConstantTristate(symbol);
                    return constant == Tristate.Module && transformM ? Min(Tristate.Module, values.Modules) : constant;
                }

                return values.TriValue(symbol);
            case ChoiceExpr choice:
                StackGuard.Check();
                // A member depends on its choice: on the choice's value in Kconfiglib (and LKC before
                // 6.11), on the choice's dependencies only in LKC 7.x (_menu_finalize), so a choice
                // whose prompt is hidden still selects one of its visible members there.
                return values.FollowsLkc
                    ? Evaluate(choice.Choice.DirectDependency, values, transformM, memo)
                    : values.ChoiceMode(choice.Choice);
            case NotExpr not:
                StackGuard.Check();
                return (Tristate)(2 - (int)Evaluate(not.Operand, values, transformM, memo));
            case AndExpr or OrExpr:
                return EvaluateChain(expr, values, transformM, memo);
            case ComparisonExpr comparison:
                return Compare(comparison, values);
            default:
                return Tristate.No;
        }
    }

    // && and || chains are walked with an explicit stack (ExprChain's order), not recursively,
    // stopping where the recursive walk would short-circuit (n for &&, y for ||): same symbols, same
    // order. The walk goes down the right spine of the chain (a menu's `own && parent` chains) without
    // the stack; only a left operand that is itself a chain leaves its right side there. One stack per
    // thread serves every nested evaluation (each works above the entries it found), so evaluating a
    // chain allocates nothing.
    [System.ThreadStatic]
    private static ExprStack? t_pending;

    // The numbered dependencies of the chain whose walk is inside them, innermost on top; shared per thread as t_pending is.
    [System.ThreadStatic]
    private static OpenDependencies? t_open;

    [MethodImpl(HotPath.Optimized)]
    private static Tristate EvaluateChain(Expr chain, ISymbolValues values, bool transformM, DependencyValues? memo)
    {
        var isAnd = chain is AndExpr;
        var stop = isAnd ? Tristate.No : Tristate.Yes;
        var identity = isAnd ? Tristate.Yes : Tristate.No;
        ExprStack? pending = null;
        var floor = 0;

        // How many entries of pending are this walk's: the depth the walk is at.
        var depth = 0;
        OpenDependencies? open = null;
        var openFloor = 0;

        // The min (&&) or max (||) of the operands since the innermost open dependency began, or since the chain began.
        var segment = identity;
        Expr? next = chain;
        try
        {
            while (true)
            {
                var node = next!;
                Tristate operand;
                if (SameOperator(node, isAnd, out var left, out var right, out var id))
                {
                    if (id != 0 && memo is not null)
                    {
                        var known = memo.Known(id);
                        if (known != 0)
                        {
                            operand = (Tristate)(known - 1);
                            next = null;
                            goto Combine;
                        }

                        if (open is null)
                        {
                            open = t_open ??= new OpenDependencies();
                            openFloor = open.Count;
                        }

                        // Its operands are the walk's from here until the walk is back at this depth with nothing next.
                        open.Push(new OpenDependencies.Entry(id, segment, depth, memo.LoopBreaks));
                        segment = identity;
                    }

                    if (SameOperator(left, isAnd, out _, out _, out _))
                    {
                        if (pending is null)
                        {
                            pending = t_pending ??= new ExprStack();
                            floor = pending.Count;
                        }

                        pending.Push(right);
                        depth++;
                        next = left;
                        continue;
                    }

                    operand = Evaluate(left, values, transformM, memo);
                    next = right;
                }
                else
                {
                    operand = Evaluate(node, values, transformM, memo);
                    next = null;
                }

            Combine:
                if (operand == stop)
                {
                    // Every open dependency holds this operand, so its value is the stop value too.
                    while (open is not null && open.Count > openFloor)
                    {
                        var done = open.Pop();
                        memo!.Keep(done.Id, done.LoopBreaks, stop);
                    }

                    return stop;
                }

                segment = isAnd ? Min(segment, operand) : Max(segment, operand);
                if (next is null)
                {
                    while (open is not null && open.Count > openFloor && open.Top.Depth == depth)
                    {
                        var done = open.Pop();
                        memo!.Keep(done.Id, done.LoopBreaks, segment);
                        segment = isAnd ? Min(done.Before, segment) : Max(done.Before, segment);
                    }

                    if (depth == 0)
                    {
                        return segment;
                    }

                    next = pending!.Pop();
                    depth--;
                }
            }
        }
        finally
        {
            while (pending is not null && pending.Count > floor)
            {
                pending.Pop();
            }

            while (open is not null && open.Count > openFloor)
            {
                open.Pop();
            }
        }
    }

    // Whether node is an operator of the chain's kind (&& in an && chain, || in an || chain), its operands and its dependency id.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameOperator(Expr node, bool isAnd, out Expr left, out Expr right, out int id)
    {
        if (isAnd && node is AndExpr conjunction)
        {
            (left, right, id) = (conjunction.Left, conjunction.Right, conjunction.DependencyId);
            return true;
        }

        if (!isAnd && node is OrExpr disjunction)
        {
            (left, right, id) = (disjunction.Left, disjunction.Right, disjunction.DependencyId);
            return true;
        }

        (left, right, id) = (null!, null!, 0);
        return false;
    }

    /// <summary>y, m, n for the tristate constants; n for every other constant.</summary>
    public static Tristate ConstantTristate(Symbol constant) =>
        constant.Type == KconfigType.Tristate
            ? constant.Name switch { "y" => Tristate.Yes, "m" => Tristate.Module, _ => Tristate.No }
            : Tristate.No;

    /// <summary>The string value of any symbol (constants and undefined symbols: their name).</summary>
    public static string StrValue(Symbol symbol, ISymbolValues values) =>
        symbol.IsConstant ? symbol.Name : values.StrValue(symbol);

    private static Tristate Compare(ComparisonExpr comparison, ISymbolValues values)
    {
        var left = comparison.Left;
        var right = comparison.Right;
        var leftText = ComparedText(left, values);
        var rightText = ComparedText(right, values);
        int comp;
        if (left.Type == KconfigType.String && right.Type == KconfigType.String && !left.IsConstant && !right.IsConstant)
        {
            comp = string.CompareOrdinal(leftText, rightText);
        }
        else if (TryNumber(left, leftText, values, out var l) && TryNumber(right, rightText, values, out var r))
        {
            comp = l.CompareTo(r);
        }
        else
        {
            comp = string.CompareOrdinal(leftText, rightText);
        }

        var result = comparison.Operator switch
        {
            ComparisonOperator.Equal => comp == 0,
            ComparisonOperator.NotEqual => comp != 0,
            ComparisonOperator.Less => comp < 0,
            ComparisonOperator.LessOrEqual => comp <= 0,
            ComparisonOperator.Greater => comp > 0,
            _ => comp >= 0,
        };
        return result ? Tristate.Yes : Tristate.No;
    }

    /// <summary>
    /// The text a comparison sees. An int/hex symbol with neither a user value nor an active default
    /// is 0 / 0x0 in LKC 7.x (<c>sym_calc_value</c> starts int at "0" and hex at "0x0"), so
    /// <c>X = 0</c> holds for it; Kconfiglib leaves it empty, so <c>X = 0</c> fails. Trees with
    /// legacy syntax keep Kconfiglib's rule (docs/semantics.md).
    /// </summary>
    private static string ComparedText(Symbol symbol, ISymbolValues values)
    {
        var text = StrValue(symbol, values);
        if (text.Length == 0 && !symbol.IsConstant && values.FollowsLkc)
        {
            return symbol.Type switch
            {
                KconfigType.Int => "0",
                KconfigType.Hex => "0x0",
                _ => text,
            };
        }

        return text;
    }

    private static bool TryNumber(Symbol symbol, string text, ISymbolValues values, out BigInteger number)
    {
        if (symbol.Type is KconfigType.Bool or KconfigType.Tristate)
        {
            number = symbol.IsConstant ? (int)ConstantTristate(symbol) : (int)values.TriValue(symbol);
            return true;
        }

        var type = symbol.IsConstant ? KconfigType.Unknown : symbol.Type;
        return KconfigNumbers.TryParse(text, KconfigNumbers.BaseOf(type), out number);
    }

    public static Tristate Min(Tristate a, Tristate b) => a < b ? a : b;

    public static Tristate Max(Tristate a, Tristate b) => a > b ? a : b;

    public static string ToText(Tristate value) => value switch
    {
        Tristate.Yes => "y",
        Tristate.Module => "m",
        _ => "n",
    };
}
