using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// The expression leaf of each symbol and constant a parse uses as an operand, one per symbol (every bare
/// reference shares it; expressions are immutable), by symbol id in a pooled table for the parse only, so no
/// <see cref="Symbol"/> carries a leaf field (8 B each, NuttX ≈ 187 KB). Constants have no id: theirs are kept in
/// the parse's lookups; y, m and n, shared by every model, have shared leaves (<see cref="ConstantSymbols"/>).
/// </summary>
internal sealed class SymbolLeaves
{
    // Tables this small are plain arrays (one expression's session); larger ones come from the pool.
    private const int PooledLength = 1024;

    private readonly Dictionary<Symbol, SymbolExpr> _constantLeaves;
    private SymbolExpr?[] _leaves;

    public SymbolLeaves(int capacity, Dictionary<Symbol, SymbolExpr> constantLeaves)
    {
        _leaves = NewTable(capacity <= 16 ? 16 : Math.Max(capacity, PooledLength));
        _constantLeaves = constantLeaves;
    }

    /// <summary>The shared leaf of <paramref name="symbol"/>, made on its first use.</summary>
    public SymbolExpr Of(Symbol symbol)
    {
        var id = symbol.Id;
        if (id < 0)
        {
            return ConstantSymbols.Shared.SharedLeaf(symbol) ?? ConstantLeaf(symbol);
        }

        if (id >= _leaves.Length)
        {
            Grow(id + 1);
        }

        return _leaves[id] ??= new SymbolExpr(symbol);
    }

    /// <summary>An exact copy of the first <paramref name="count"/> slots (the leaves a model keeps for its resolves).</summary>
    public SymbolExpr?[] TakeExact(int count)
    {
        var exact = new SymbolExpr?[count];
        Array.Copy(_leaves, exact, Math.Min(count, _leaves.Length));
        return exact;
    }

    /// <summary>Gives a pooled table back (cleared: it holds the parse's leaves); no leaf is asked for afterwards.</summary>
    public void Release()
    {
        RentedArray.ReturnTable(_leaves, PooledLength);
        _leaves = [];
    }

    private SymbolExpr ConstantLeaf(Symbol constant)
    {
        if (!_constantLeaves.TryGetValue(constant, out var leaf))
        {
            leaf = new SymbolExpr(constant);
            _constantLeaves.Add(constant, leaf);
        }

        return leaf;
    }

    // A small table that fills goes straight to the pooled size: a tree outgrows it, one expression never fills it.
    private void Grow(int length)
    {
        var larger = NewTable(Math.Max(length, Math.Max(_leaves.Length * 2, PooledLength)));
        Array.Copy(_leaves, larger, _leaves.Length);
        Release();
        _leaves = larger;
    }

    private static SymbolExpr?[] NewTable(int length) => RentedArray.ClearedTable<SymbolExpr?>(length, PooledLength);
}
