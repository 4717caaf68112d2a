using System;
using System.Collections.Generic;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The data-flow state: Kconfig facts known true at a program point (as in ILLink's FeatureContext).
/// Literals (<c>X</c>, <c>!X</c>) closed under the model, plus the canonical text of compound
/// expressions that were established as a whole (so <c>[RequiresKconfig("A || B")]</c> inside satisfies
/// a call to a member requiring <c>A || B</c>). Meet is intersection; "unreached" is null, not a set.
/// Immutable once built.
/// </summary>
internal sealed class FactSet
{
    private readonly HashSet<Literal> _literals;
    private readonly HashSet<string> _expressions;

    private FactSet(HashSet<Literal> literals, HashSet<string> expressions)
    {
        _literals = literals;
        _expressions = expressions;
    }

    /// <summary>No facts.</summary>
    public static FactSet Empty { get; } = new(new HashSet<Literal>(), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The state after also establishing <paramref name="expression"/>.</summary>
    public FactSet With(KconfigExpression? expression, KconfigModel model)
    {
        if (expression is null)
        {
            return this;
        }

        var added = new List<Literal>();
        expression.CollectImpliedLiterals(added);
        var text = expression.ToString();
        if (_expressions.Contains(text) && _literals.IsSupersetOf(added))
        {
            return this;
        }

        var literals = new HashSet<Literal>(_literals);
        literals.UnionWith(added);
        model.Close(literals);
        var expressions = new HashSet<string>(_expressions, StringComparer.Ordinal) { text };
        return new FactSet(literals, expressions);
    }

    /// <summary>The facts known on both paths.</summary>
    public FactSet Meet(FactSet other)
    {
        if (ReferenceEquals(this, other))
        {
            return this;
        }

        var literals = new HashSet<Literal>(_literals);
        literals.IntersectWith(other._literals);
        var expressions = new HashSet<string>(_expressions, StringComparer.Ordinal);
        expressions.IntersectWith(other._expressions);
        return new FactSet(literals, expressions);
    }

    /// <summary>Whether both sets hold the same facts (fixpoint test).</summary>
    public bool SameAs(FactSet other) =>
        ReferenceEquals(this, other) || (_literals.SetEquals(other._literals) && _expressions.SetEquals(other._expressions));

    /// <summary>Whether the facts decide <paramref name="expression"/> true.</summary>
    public bool Establishes(KconfigExpression expression) =>
        expression.Evaluate(ValueOf) == true || _expressions.Contains(expression.ToString());

    private bool? ValueOf(string symbol) =>
        _literals.Contains(new Literal(symbol, true)) ? true : _literals.Contains(new Literal(symbol, false)) ? false : null;
}
