using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The data-flow state: Kconfig facts known true at a program point (as in ILLink's FeatureContext).
/// Literals (<c>X</c>, <c>!X</c>) closed under the model, as a bit set of fact numbers, plus the
/// expressions that were established as a whole (so <c>[RequiresKconfig("A || B")]</c> inside satisfies a
/// call to a member requiring <c>A || B</c>), as a short sorted list of expression numbers
/// (<see cref="SortedNumbers"/>); both numbered by the compilation's <see cref="FlagModel"/>. Meet is intersection, plus the
/// disjunctions of what only one side knows; "unreached" is null, not a set. Immutable once built.
/// </summary>
internal sealed class FactSet
{
    private const int MaxDisjuncts = 4;
    private const int MaxDisjunctionLength = 160;

    private readonly FlagModel? _model;
    private readonly FactBits _literals;
    private readonly SortedNumbers _expressions;

    private FactSet(FlagModel? model, FactBits literals, SortedNumbers expressions)
    {
        _model = model;
        _literals = literals;
        _expressions = expressions;
    }

    /// <summary>No facts.</summary>
    public static FactSet Empty { get; } = new(null, FactBits.Empty, SortedNumbers.Empty);

    /// <summary>The state after also establishing <paramref name="expression"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public FactSet With(KconfigExpression? expression, FlagModel model)
    {
        if (expression is null)
        {
            return this;
        }

        var number = model.Expressions.NumberOf(expression);
        if (_expressions.Contains(number))
        {
            // Established before: its closure is in the literals already (a meet keeps an expression only
            // where both sides, or the side that establishes it, hold its literals).
            return this;
        }

        if (ReferenceEquals(this, Empty))
        {
            // The common first step (a method's entry, then its first guard): one set per expression and model.
            if (!model.SingleExpressionStates.TryGetValue(number, out var single))
            {
                single = model.SingleExpressionStates.GetOrAdd(number, new FactSet(model, model.CloseWith(FactBits.Empty, number), SortedNumbers.Empty.With(number)));
            }

            return single;
        }

        return new FactSet(model, model.CloseWith(_literals, number), _expressions.With(number));
    }

    /// <summary>
    /// The facts known on both paths. Besides the common facts, a path-specific expression of each side
    /// is kept as a disjunction (<c>a || b</c>): that is how <c>if (A || B)</c>, which the graph splits into
    /// two edges, still establishes <c>A || B</c>. Bounded so loops converge.
    /// </summary>
    public FactSet Meet(FactSet other)
    {
        // Joins of equal states are the common case (straight-line code, loop fixpoints): no copy.
        if (SameAs(other))
        {
            return this;
        }

        var model = _model ?? other._model!;
        var literals = _literals.Intersect(other._literals);
        var expressions = _expressions.Intersect(other._expressions);
        var onlyHere = Keep(_expressions, other, model, ref expressions);
        var onlyThere = other.Keep(other._expressions, this, model, ref expressions);
        if (onlyHere is not null && onlyThere is not null && onlyHere.Count <= MaxDisjuncts && onlyThere.Count <= MaxDisjuncts)
        {
            foreach (var left in onlyHere)
            {
                foreach (var right in onlyThere)
                {
                    if (model.Expressions.DisjunctionOf(left, right, MaxDisjunctionLength) is { } either)
                    {
                        expressions = expressions.With(either);
                    }
                }
            }
        }

        return literals.Equals(_literals) && expressions.Equals(_expressions) ? this
            : literals.Equals(other._literals) && expressions.Equals(other._expressions) ? other
            : new FactSet(model, literals, expressions);
    }

    /// <summary>Whether both sets hold the same facts (fixpoint test).</summary>
    public bool SameAs(FactSet other) =>
        ReferenceEquals(this, other) || (_literals.Equals(other._literals) && _expressions.Equals(other._expressions));

    /// <summary>Whether the facts decide <paramref name="expression"/> true.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool Establishes(KconfigExpression expression) =>
        _model is null
            ? expression.Evaluate(NoFacts) == true
            : _model.Evaluate(expression, _literals) == true || (_model.Expressions.TryNumberOf(expression, out var number) && _expressions.Contains(number));

    /// <summary>The empty set's valuation (only constants decide anything), one delegate for all calls.</summary>
    private static readonly System.Func<string, bool?> NoFacts = static _ => null;

    /// <summary>
    /// The expressions of <paramref name="mine"/> the other side lacks: those it establishes anyway join
    /// <paramref name="common"/>; the rest are returned (null when none), for the disjunctions.
    /// </summary>
    private List<int>? Keep(SortedNumbers mine, FactSet other, FlagModel model, ref SortedNumbers common)
    {
        var only = mine.Except(other._expressions);
        if (only is null)
        {
            return null;
        }

        for (var i = only.Count - 1; i >= 0; i--)
        {
            if (other.Establishes(model.Expressions.ExpressionOf(only[i])))
            {
                common = common.With(only[i]);
                only.RemoveAt(i);
            }
        }

        return only.Count == 0 ? null : only;
    }
}
