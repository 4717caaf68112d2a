using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A per-resolve map from symbol to value, as flat arrays indexed by <see cref="Symbol.Id"/> (dense
/// per model, given when the model is built) instead of a hashed dictionary: the resolver asks for a
/// value, visibility and origin of every symbol several times. Which slots hold a value is a
/// <c>bool</c> array (22 KB for NuttX, not a 176 KB array of keys on the large object heap); a
/// symbol the model does not own (a constant, a symbol of another model) falls back to a dictionary.
/// </summary>
internal sealed class SymbolMap<T>
{
    private readonly KconfigModel _model;
    private readonly bool[] _has;
    // Values in a struct: storing a reference into an array of structs needs no covariance check
    // (a T[] of a reference type pays one per store, StelemRef in the profile).
    private readonly Slot[] _values;
    private Dictionary<Symbol, T>? _others;

    // The arrays are rented (a resolve's working memory; the resolver gives them back when it is done).
    public SymbolMap(KconfigModel model)
    {
        _model = model;
        var count = model.Symbols.Count;
        _has = RentedArray.Cleared<bool>(count);
        _values = ArrayPool<Slot>.Shared.Rent(count);
    }

    /// <summary>Gives the arrays back to the pool (values cleared, so the pool keeps nothing alive); the map is not read again.</summary>
    public void Release()
    {
        Array.Clear(_values, 0, _model.Symbols.Count);
        ArrayPool<Slot>.Shared.Return(_values);
        ArrayPool<bool>.Shared.Return(_has);
    }

    [MethodImpl(HotPath.Optimized)]
    public bool TryGetValue(Symbol symbol, out T value)
    {
        if (_model.Owns(symbol))
        {
            value = _values[symbol.Id].Value;
            return _has[symbol.Id];
        }

        if (_others is not null && _others.TryGetValue(symbol, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    public bool ContainsKey(Symbol symbol) => TryGetValue(symbol, out _);

    public T this[Symbol symbol]
    {
        get => TryGetValue(symbol, out var value) ? value : throw new KeyNotFoundException(symbol.Name);
        [MethodImpl(HotPath.Optimized)]
        set
        {
            if (_model.Owns(symbol))
            {
                _has[symbol.Id] = true;
                _values[symbol.Id].Value = value;
                return;
            }

            (_others ??= [])[symbol] = value;
        }
    }

    private struct Slot
    {
        public T Value;
    }
}
