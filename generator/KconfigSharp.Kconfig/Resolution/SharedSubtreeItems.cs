using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The items a numbered dependency (<see cref="DependencyIds"/>) mentions, each once, in leaf order, kept for the
/// dependencies a graph's edge walk meets more than once. The finalizer builds a menu's dependency once and ANDs it into
/// the dependency of every entry of the menu (and of its submenus), so every symbol's walk went through the same chain
/// objects again: NuttX's walk met 552,760 nodes for 89,210 distinct edges. The second time a dependency is met its
/// items are listed once; from then on a dependent takes that list instead of walking the nodes.
/// </summary>
/// <remarks>
/// What the build knows of each dependency is in arrays by its id (met once, or the index of its list), not on the
/// shared node, so racing builds (and earlier ones) of one model cannot see each other's state. The lists' order is
/// the leaf order of a plain walk, and every item of a dependency met before has been used, so the graph's first-use
/// order does not change.
/// </remarks>
internal sealed class SharedSubtreeItems
{
    // Per dependency id: 0 = not met yet, -1 = met once, else 1 + the index of its list in _entries.
    private readonly int[] _state;
    private readonly ExprStack _pending = new();

    // Per item, the number of the list being built that last took it (its "already listed" mark).
    private readonly int[] _listedIn;
    private int _listNumber;

    private Entry[] _entries;
    private int _entryCount;
    private int[] _items;
    private int _itemCount;

    /// <summary>Working memory for one graph build over <paramref name="itemCount"/> items of <paramref name="model"/>, rented until <see cref="Release"/>.</summary>
    public SharedSubtreeItems(KconfigModel model, int itemCount)
    {
        _state = RentedArray.Cleared<int>(model.DependencyIdCount + 1);
        _listedIn = RentedArray.Cleared<int>(itemCount);
        _entries = ArrayPool<Entry>.Shared.Rent(256);
        _items = ArrayPool<int>.Shared.Rent(1024);
    }

    /// <summary>Every list's items; a list is <c>Items[start .. start + count)</c>.</summary>
    public int[] Items => _items;

    /// <summary>
    /// When <paramref name="node"/> is a dependency met before, its items (listed now if this is its second meeting)
    /// and true; else (a first meeting, or no dependency) false: the caller walks it.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryGetItems(Expr node, DependencyGraph graph, out int start, out int count)
    {
        start = 0;
        count = 0;
        var id = DependencyIds.Of(node);
        if (id == 0)
        {
            return false;
        }

        var state = _state[id];
        if (state > 0)
        {
            (start, count) = (_entries[state - 1].Start, _entries[state - 1].Count);
            return true;
        }

        if (state == 0)
        {
            _state[id] = -1;
            return false;
        }

        (start, count) = List(node, graph);
        if (_entryCount == _entries.Length)
        {
            _entries = RentedArray.Grown(_entries, _entryCount, _entryCount + 1);
        }

        _entries[_entryCount] = new Entry(start, count);
        _state[id] = ++_entryCount;
        return true;
    }

    /// <summary>Gives the working arrays back to the pool.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(_state);
        ArrayPool<int>.Shared.Return(_listedIn);
        ArrayPool<Entry>.Shared.Return(_entries);
        ArrayPool<int>.Shared.Return(_items);
    }

    // Lists the items below node, each once, in leaf order; a listed operator below gives its list.
    [MethodImpl(HotPath.Optimized)]
    private (int Start, int Count) List(Expr node, DependencyGraph graph)
    {
        _listNumber++;
        var start = _itemCount;
        var lister = new Lister(this, graph);
        ExprLeaves.Walk(node, _pending, ref lister);
        return (start, _itemCount - start);
    }

    private void Take(int item)
    {
        if (_listedIn[item] == _listNumber)
        {
            return;
        }

        _listedIn[item] = _listNumber;
        if (_itemCount == _items.Length)
        {
            _items = RentedArray.Grown(_items, _itemCount, _itemCount + 1);
        }

        _items[_itemCount++] = item;
    }

    private readonly struct Lister(SharedSubtreeItems owner, DependencyGraph graph) : ExprLeaves.IVisitor
    {
        [MethodImpl(HotPath.Optimized)]
        public bool Enter(Expr node)
        {
            var id = DependencyIds.Of(node);
            var state = id == 0 ? 0 : owner._state[id];
            if (state <= 0)
            {
                return true;
            }

            var (start, count) = (owner._entries[state - 1].Start, owner._entries[state - 1].Count);
            for (var i = 0; i < count; i++)
            {
                owner.Take(owner._items[start + i]);
            }

            return false;
        }

        [MethodImpl(HotPath.Optimized)]
        public void Leaf(Expr leaf)
        {
            var first = graph.ItemsRead(leaf, out var second);
            if (first >= 0)
            {
                owner.Take(first);
            }

            if (second >= 0)
            {
                owner.Take(second);
            }
        }
    }

    private readonly struct Entry(int start, int count)
    {
        public readonly int Start = start;
        public readonly int Count = count;
    }
}
