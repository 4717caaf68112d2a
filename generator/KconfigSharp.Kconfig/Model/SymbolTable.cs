using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A model's symbols by name (<see cref="KconfigModel.Symbols"/>): the array of symbols by id, enumerated
/// in that order (first seen, as a dictionary filled by the parse enumerated them), and an index by name
/// built on the first look-up. The parse finds symbols through its word table, so it no longer fills a
/// <c>Dictionary&lt;string, Symbol&gt;</c> (≈ 0.8 MB for NuttX); the index here is one <c>int</c> per slot
/// and is made only when a caller looks a name up.
/// </summary>
internal sealed class SymbolTable(Symbol[] symbolsById) : IReadOnlyDictionary<string, Symbol>
{
    // Open addressing over ids + 1 (0 = empty), at most half full; published once built (built again
    // by a second thread that races the first, both equal).
    private int[]? _index;

    public int Count => symbolsById.Length;

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var symbol in symbolsById)
            {
                yield return symbol.Name;
            }
        }
    }

    public IEnumerable<Symbol> Values => symbolsById;

    public Symbol this[string key] => TryGetValue(key, out var symbol) ? symbol : throw new KeyNotFoundException($"no symbol named '{key}'");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out Symbol value)
    {
        if (key is null)
        {
            throw new System.ArgumentNullException(nameof(key));
        }

        var index = Volatile.Read(ref _index) ?? BuildIndex();
        var mask = index.Length - 1;
        for (var slot = Hash(key) & mask; index[slot] != 0; slot = (slot + 1) & mask)
        {
            var symbol = symbolsById[index[slot] - 1];
            if (symbol.Name == key)
            {
                value = symbol;
                return true;
            }
        }

        value = null!;
        return false;
    }

    public IEnumerator<KeyValuePair<string, Symbol>> GetEnumerator()
    {
        foreach (var symbol in symbolsById)
        {
            yield return new KeyValuePair<string, Symbol>(symbol.Name, symbol);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int[] BuildIndex()
    {
        var size = 4;
        while (size < symbolsById.Length * 2)
        {
            size *= 2;
        }

        var index = new int[size];
        var mask = size - 1;
        for (var id = 0; id < symbolsById.Length; id++)
        {
            var slot = Hash(symbolsById[id].Name) & mask;
            while (index[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            index[slot] = id + 1;
        }

        Volatile.Write(ref _index, index);
        return index;
    }

    private static int Hash(string name) => name.GetHashCode() & int.MaxValue;
}
