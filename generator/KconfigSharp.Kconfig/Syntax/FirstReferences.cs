using System;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Where each symbol of a parse is first referenced, by symbol id, while the tree is read. Only a symbol
/// that turns out undefined keeps its own (<see cref="Symbol.FirstReference"/>, the place its diagnostic
/// names), so no symbol carries the field: 112 bytes instead of 128 (NuttX: 22,000 symbols, ≈ 0.35 MB).
/// </summary>
internal sealed class FirstReferences
{
    // Tables this small are plain arrays (one expression's session); larger ones come from the pool.
    private const int PooledLength = 1024;

    private SourceLocation[] _locations;

    // A tree's estimate goes straight to the pooled size: a plain table of QEMU's 777 symbols would be 12 KB per parse.
    public FirstReferences(int capacity) => _locations = NewTable(capacity <= 16 ? 16 : Math.Max(capacity, PooledLength));

    /// <summary>Records <paramref name="location"/> unless <paramref name="symbol"/> was referenced before.</summary>
    public void Note(Symbol symbol, SourceLocation location)
    {
        var id = symbol.Id;
        if (id < 0)
        {
            return;
        }

        if (id >= _locations.Length)
        {
            Grow(id + 1);
        }

        if (_locations[id].File is null)
        {
            _locations[id] = location;
        }
    }

    /// <summary>The first reference of <paramref name="symbol"/>, if it has one.</summary>
    public bool TryGet(Symbol symbol, out SourceLocation location)
    {
        var id = symbol.Id;
        if ((uint)id < (uint)_locations.Length && _locations[id].File is not null)
        {
            location = _locations[id];
            return true;
        }

        location = default;
        return false;
    }

    /// <summary>Gives a pooled table back (cleared: it holds file names); nothing is recorded afterwards.</summary>
    public void Release()
    {
        RentedArray.ReturnTable(_locations, PooledLength);
        _locations = [];
    }

    // A small table that fills goes straight to the pooled size: a tree outgrows it, one expression never fills it.
    private void Grow(int length)
    {
        var larger = NewTable(Math.Max(length, Math.Max(_locations.Length * 2, PooledLength)));
        Array.Copy(_locations, larger, _locations.Length);
        Release();
        _locations = larger;
    }

    // Cleared: a slot is empty where its file is null.
    private static SourceLocation[] NewTable(int length) => RentedArray.ClearedTable<SourceLocation>(length, PooledLength);
}
