using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Threading;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The items an <c>&amp;&amp;</c>/<c>||</c> subtree mentions, each once, in leaf order, kept for the subtrees a
/// graph's edge walk meets more than once. The finalizer builds a menu's dependency once and ANDs it into the
/// dependency of every entry of the menu (and of its submenus), so every symbol's walk went through the same
/// chain objects again: NuttX's walk met 552,760 nodes for 89,210 distinct edges. The second time a subtree is
/// met its items are listed once; from then on a dependent takes that list instead of walking the nodes.
/// </summary>
/// <remarks>
/// "Met before" is a mark on the node itself (<see cref="AndExpr.TextMark"/>/<see cref="OrExpr.TextMark"/>,
/// which <see cref="ExprTextCache"/> sets to its positive id; this class writes only negative values): the
/// build's own stamp for "met once", or <c>-1 - index</c> of the node's list. A list index is used only when
/// the list at that index names the node itself, so a mark left by another build (a racing one, an earlier one
/// on the same model) is never mistaken for this one's. The lists' order is the leaf order of a plain walk, and
/// every item of a subtree met before has been used, so the graph's first-use order does not change.
/// </remarks>
internal sealed class SharedSubtreeItems
{
    // Marks at or above this are list indexes (-1 - index); a build's "met once" stamp is below it.
    private const int LowestListMark = -(1 << 29);
    private static int _lastBuild;

    private readonly int _metOnce;
    private readonly ExprStack _pending = new();

    // Per item, the number of the list being built that last took it (its "already listed" mark).
    private readonly int[] _listedIn;
    private int _listNumber;

    private Entry[] _entries;
    private int _entryCount;
    private int[] _items;
    private int _itemCount;

    /// <summary>Working memory for one graph build over <paramref name="itemCount"/> items, rented until <see cref="Release"/>.</summary>
    public SharedSubtreeItems(int itemCount)
    {
        _metOnce = LowestListMark - 1 - (Interlocked.Increment(ref _lastBuild) & 0x3FFF_FFFF);
        _listedIn = RentedArray.Cleared<int>(itemCount);
        _entries = ArrayPool<Entry>.Shared.Rent(256);
        _items = ArrayPool<int>.Shared.Rent(1024);
    }

    /// <summary>Every list's items; a list is <c>Items[start .. start + count)</c>.</summary>
    public int[] Items => _items;

    /// <summary>
    /// When <paramref name="node"/> is an operator met before, its items (listed now if this is its second
    /// meeting) and true; else marks it met and returns false: the caller walks it.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryGetItems(Expr node, DependencyGraph graph, out int start, out int count)
    {
        start = 0;
        count = 0;
        int mark;
        switch (node)
        {
            case AndExpr and:
                mark = and.TextMark;
                break;
            case OrExpr or:
                mark = or.TextMark;
                break;
            default:
                return false;
        }

        if (mark < 0 && mark >= LowestListMark)
        {
            var index = -1 - mark;
            if (index < _entryCount && ReferenceEquals(_entries[index].Node, node))
            {
                start = _entries[index].Start;
                count = _entries[index].Count;
                return true;
            }
        }

        if (mark != _metOnce)
        {
            SetMark(node, _metOnce);
            return false;
        }

        if (_entryCount == LowestListMark * -1)
        {
            // More lists than marks can number: walk the rest (never on real trees).
            return false;
        }

        (start, count) = List(node, graph);
        if (_entryCount == _entries.Length)
        {
            _entries = RentedArray.Grown(_entries, _entryCount, _entryCount + 1);
        }

        _entries[_entryCount] = new Entry(node, start, count);
        SetMark(node, -1 - _entryCount);
        _entryCount++;
        return true;
    }

    /// <summary>Gives the working arrays back to the pool.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(_listedIn);
        ArrayPool<Entry>.Shared.Return(_entries, clearArray: true);
        ArrayPool<int>.Shared.Return(_items);
    }

    private static void SetMark(Expr node, int mark)
    {
        if (node is AndExpr and)
        {
            and.TextMark = mark;
        }
        else
        {
            ((OrExpr)node).TextMark = mark;
        }
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
            var mark = node switch
            {
                AndExpr and => and.TextMark,
                OrExpr or => or.TextMark,
                _ => 0,
            };
            if (mark >= 0 || mark < LowestListMark)
            {
                return true;
            }

            var index = -1 - mark;
            if (index >= owner._entryCount || !ReferenceEquals(owner._entries[index].Node, node))
            {
                return true;
            }

            var (start, count) = (owner._entries[index].Start, owner._entries[index].Count);
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

    private readonly struct Entry(Expr node, int start, int count)
    {
        public readonly Expr Node = node;
        public readonly int Start = start;
        public readonly int Count = count;
    }
}
