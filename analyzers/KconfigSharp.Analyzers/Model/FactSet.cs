using System;
using System.Collections.Generic;
using System.Linq;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The data-flow state: Kconfig facts known true at a program point (as in ILLink's FeatureContext).
/// Literals (<c>X</c>, <c>!X</c>) closed under the model, as a bit set of fact numbers
/// (<see cref="FactBits"/>, numbered by the compilation's <see cref="FlagModel"/>), plus the canonical text of compound
/// expressions that were established as a whole (so <c>[RequiresKconfig("A || B")]</c> inside satisfies
/// a call to a member requiring <c>A || B</c>). Meet is intersection; "unreached" is null, not a set.
/// Immutable once built.
/// </summary>
internal sealed class FactSet
{
    private const int MaxDisjuncts = 4;
    private const int MaxDisjunctionLength = 160;

    private readonly FlagModel? _model;
    private readonly FactBits _literals;
    private readonly Dictionary<string, KconfigExpression> _expressions;

    private FactSet(FlagModel? model, FactBits literals, Dictionary<string, KconfigExpression> expressions)
    {
        _model = model;
        _literals = literals;
        _expressions = expressions;
    }

    /// <summary>No facts.</summary>
    public static FactSet Empty { get; } = new(null, FactBits.Empty, new Dictionary<string, KconfigExpression>(StringComparer.Ordinal));

    /// <summary>The state after also establishing <paramref name="expression"/>.</summary>
    public FactSet With(KconfigExpression? expression, FlagModel model)
    {
        if (expression is null)
        {
            return this;
        }

        var added = new List<Literal>();
        expression.CollectImpliedLiterals(added);
        var text = expression.ToString();
        var literals = model.Close(_literals, added);
        if (_expressions.ContainsKey(text) && _literals.Equals(literals))
        {
            return this;
        }

        var expressions = new Dictionary<string, KconfigExpression>(_expressions, StringComparer.Ordinal) { [text] = expression };
        return new FactSet(model, literals, expressions);
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

        var literals = _literals.Intersect(other._literals);
        var expressions = new Dictionary<string, KconfigExpression>(StringComparer.Ordinal);
        var onlyHere = new List<KconfigExpression>();
        foreach (var pair in _expressions)
        {
            if (other._expressions.ContainsKey(pair.Key) || other.Establishes(pair.Value))
            {
                expressions[pair.Key] = pair.Value;
            }
            else
            {
                onlyHere.Add(pair.Value);
            }
        }

        var onlyThere = new List<KconfigExpression>();
        foreach (var pair in other._expressions)
        {
            if (Establishes(pair.Value))
            {
                expressions[pair.Key] = pair.Value;
            }
            else if (!_expressions.ContainsKey(pair.Key))
            {
                onlyThere.Add(pair.Value);
            }
        }

        if (onlyHere.Count <= MaxDisjuncts && onlyThere.Count <= MaxDisjuncts)
        {
            foreach (var left in onlyHere)
            {
                foreach (var right in onlyThere)
                {
                    var either = KconfigExpression.Or(left, right);
                    var text = either.ToString();
                    if (text.Length <= MaxDisjunctionLength)
                    {
                        expressions[text] = either;
                    }
                }
            }
        }

        return new FactSet(_model ?? other._model, literals, expressions);
    }

    /// <summary>Whether both sets hold the same facts (fixpoint test).</summary>
    public bool SameAs(FactSet other) =>
        ReferenceEquals(this, other) || (_literals.Equals(other._literals) && _expressions.Count == other._expressions.Count && _expressions.Keys.All(other._expressions.ContainsKey));

    /// <summary>Whether the facts decide <paramref name="expression"/> true.</summary>
    public bool Establishes(KconfigExpression expression) =>
        expression.Evaluate(ValueOf) == true || _expressions.ContainsKey(expression.ToString());

    private bool? ValueOf(string symbol) =>
        _model is null ? null
        : _model.TryFactOf(symbol, true, out var on) && _literals.Contains(on) ? true
        : _model.TryFactOf(symbol, false, out var off) && _literals.Contains(off) ? false
        : null;
}
