using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// An immutable, sorted set of a few numbers: the expressions a <see cref="FactSet"/> holds as a whole.
/// Expression numbers are handed out per compilation and grow with it (thousands), while one state
/// holds a handful, so a sorted array is smaller than a bit set as wide as the largest number, and
/// intersection is a merge.
/// </summary>
internal readonly struct SortedNumbers : IEquatable<SortedNumbers>
{
    private readonly int[]? _items;

    private SortedNumbers(int[]? items) => _items = items;

    public static SortedNumbers Empty => default;

    public bool Contains(int number) => _items is { } items && Array.BinarySearch(items, number) >= 0;

    /// <summary>This set plus <paramref name="number"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public SortedNumbers With(int number)
    {
        var items = _items ?? Array.Empty<int>();
        var at = Array.BinarySearch(items, number);
        if (at >= 0)
        {
            return this;
        }

        at = ~at;
        var result = new int[items.Length + 1];
        Array.Copy(items, 0, result, 0, at);
        result[at] = number;
        Array.Copy(items, at, result, at + 1, items.Length - at);
        return new SortedNumbers(result);
    }

    /// <summary>The numbers in both sets.</summary>
    [MethodImpl(HotPath.Optimized)]
    public SortedNumbers Intersect(SortedNumbers other)
    {
        if (_items is null || other._items is null)
        {
            return Empty;
        }

        List<int>? common = null;
        foreach (var number in _items)
        {
            if (other.Contains(number))
            {
                (common ??= new List<int>(_items.Length)).Add(number);
            }
        }

        return common is null ? Empty : common.Count == _items.Length ? this : new SortedNumbers(common.ToArray());
    }

    /// <summary>The numbers of this set that are not in <paramref name="other"/>, in increasing order.</summary>
    public List<int>? Except(SortedNumbers other)
    {
        List<int>? only = null;
        foreach (var number in _items ?? Array.Empty<int>())
        {
            if (!other.Contains(number))
            {
                (only ??= new List<int>()).Add(number);
            }
        }

        return only;
    }

    [MethodImpl(HotPath.Optimized)]
    public bool Equals(SortedNumbers other)
    {
        var a = _items ?? Array.Empty<int>();
        var b = other._items ?? Array.Empty<int>();
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is SortedNumbers other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var number in _items ?? Array.Empty<int>())
        {
            hash = (hash * 31) + number;
        }

        return hash;
    }
}
