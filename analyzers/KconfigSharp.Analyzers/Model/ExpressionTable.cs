using System.Runtime.CompilerServices;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// Numbers for the expressions a compilation's guards establish as a whole (one per canonical text, on
/// first use), so a <see cref="FactSet"/> keeps them as a bit set: a join intersects words instead of
/// rebuilding a dictionary of texts. Per number it keeps the expression, the literals it implies and
/// the disjunctions already built from it at joins (guards repeat, so each is built once). Shared by
/// the analyzer's threads, hence concurrent.
/// </summary>
internal sealed class ExpressionTable
{
    // Numbers boxed and entries in an array (NumberedTable): ConcurrentDictionary over an int key or value runs tier-0
    // code for a whole csc run (docs/performance.md, "Issue 13 guard analysis, session 2026-11-29 (morning)").
    private readonly ConcurrentDictionary<string, StrongBox<int>> _numbers = new(StringComparer.Ordinal);
    private readonly NumberedTable<Entry> _entries = new();
    private readonly ConcurrentDictionary<long, int> _disjunctions = new();
    private int _count;

    /// <summary>The number of <paramref name="expression"/> (by canonical text), assigned on first use.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int NumberOf(KconfigExpression expression)
    {
        var text = expression.ToString();
        if (_numbers.TryGetValue(text, out var number))
        {
            return number.Value;
        }

        // Entry first, then the name: a number is visible only once its entry is.
        var candidate = Interlocked.Increment(ref _count) - 1;
        var literals = new List<Literal>();
        expression.CollectImpliedLiterals(literals);
        _entries.GetOrAdd(candidate, new Entry(expression, literals));
        return _numbers.GetOrAdd(text, new StrongBox<int>(candidate)).Value;
    }

    /// <summary>The number of <paramref name="expression"/>, or false when no state ever held it.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryNumberOf(KconfigExpression expression, out int number)
    {
        var found = _numbers.TryGetValue(expression.ToString(), out var boxed);
        number = found ? boxed.Value : 0;
        return found;
    }

    /// <summary>The expression numbered <paramref name="number"/>.</summary>
    public KconfigExpression ExpressionOf(int number) => _entries[number].Expression;

    /// <summary>The literals that hold whenever expression <paramref name="number"/> does.</summary>
    public IReadOnlyList<Literal> ImpliedLiteralsOf(int number) => _entries[number].Literals;

    /// <summary>The number of <c>left || right</c>, or null when its text is longer than <paramref name="maxLength"/>.</summary>
    public int? DisjunctionOf(int left, int right, int maxLength)
    {
        var key = ((long)left << 32) | (uint)right;
        if (!_disjunctions.TryGetValue(key, out var number))
        {
            var either = KconfigExpression.Or(ExpressionOf(left), ExpressionOf(right));
            number = either.ToString().Length <= maxLength ? NumberOf(either) : -1;
            _disjunctions.TryAdd(key, number);
        }

        return number < 0 ? null : number;
    }

    private sealed class Entry
    {
        public Entry(KconfigExpression expression, IReadOnlyList<Literal> literals)
        {
            Expression = expression;
            Literals = literals;
        }

        public KconfigExpression Expression { get; }

        public IReadOnlyList<Literal> Literals { get; }
    }
}
