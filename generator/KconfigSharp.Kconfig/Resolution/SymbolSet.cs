using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A per-resolve set of symbols as a flag array indexed by <see cref="Symbol.Id"/>, the set twin of
/// <see cref="SymbolMap{T}"/>: the resolver adds and removes every symbol it computes (the "in
/// progress" marks that break dependency loops), and a hashed set paid for an identity hash per symbol
/// on each (about a sixth of a NuttX resolve). A symbol the model does not own falls back to a hashed set.
/// </summary>
internal sealed class SymbolSet
{
    private readonly KconfigModel _model;
    private readonly bool[] _has;
    private HashSet<Symbol>? _others;

    // The flags are rented (a resolve's working memory; the owner gives them back when it is done).
    public SymbolSet(KconfigModel model)
    {
        _model = model;
        _has = RentedArray.Cleared<bool>(model.Symbols.Count);
    }

    /// <summary>Gives the flags back to the pool; the set is not read again.</summary>
    public void Release() => ArrayPool<bool>.Shared.Return(_has);

    /// <summary>Adds <paramref name="symbol"/>; false when it was already in the set.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool Add(Symbol symbol)
    {
        if (_model.Owns(symbol))
        {
            if (_has[symbol.Id])
            {
                return false;
            }

            _has[symbol.Id] = true;
            return true;
        }

        return (_others ??= []).Add(symbol);
    }

    [MethodImpl(HotPath.Optimized)]
    public void Remove(Symbol symbol)
    {
        if (_model.Owns(symbol))
        {
            _has[symbol.Id] = false;
            return;
        }

        _others?.Remove(symbol);
    }

    [MethodImpl(HotPath.Optimized)]
    public bool Contains(Symbol symbol) =>
        _model.Owns(symbol) ? _has[symbol.Id] : _others is not null && _others.Contains(symbol);
}
