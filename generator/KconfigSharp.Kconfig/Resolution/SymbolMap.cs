using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A per-resolve map from symbol to value, as flat arrays indexed by <see cref="Symbol.Id"/> (dense
/// per model, given when the model is built) instead of a hashed dictionary: the resolver asks for a
/// value, visibility and origin of every symbol several times. A symbol without an id in range, or
/// whose slot another symbol holds (a symbol of another model), falls back to a dictionary.
/// </summary>
internal sealed class SymbolMap<T>
{
    private readonly Symbol?[] _keys;
    private readonly T[] _values;
    private Dictionary<Symbol, T>? _others;

    public SymbolMap(int capacity)
    {
        _keys = new Symbol?[capacity];
        _values = new T[capacity];
    }

    public bool TryGetValue(Symbol symbol, out T value)
    {
        var id = symbol.Id;
        if ((uint)id < (uint)_keys.Length && ReferenceEquals(_keys[id], symbol))
        {
            value = _values[id];
            return true;
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
        set
        {
            var id = symbol.Id;
            if ((uint)id < (uint)_keys.Length && (_keys[id] is null || ReferenceEquals(_keys[id], symbol)))
            {
                _keys[id] = symbol;
                _values[id] = value;
                return;
            }

            (_others ??= [])[symbol] = value;
        }
    }
}
