using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// A concurrent table keyed by the model's small dense numbers (facts, expressions): an array read without a lock,
/// written under one, first value kept (as <c>GetOrAdd</c>). It replaces <c>ConcurrentDictionary&lt;int, T&gt;</c>,
/// whose code the runtime compiles at run time at tier 0 and never optimizes in a csc run (docs/performance.md,
/// "Issue 13 guard analysis, session 2026-11-29 (morning)"); the numbers stay small (those one compilation's guards mention).
/// </summary>
internal sealed class NumberedTable<T>
    where T : class
{
    private readonly object _lock = new();
    private T?[] _items = new T?[16];

    /// <summary>The value kept for <paramref name="number"/>, or false when none is.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryGetValue(int number, out T value)
    {
        var items = Volatile.Read(ref _items);
        var item = (uint)number < (uint)items.Length ? Volatile.Read(ref items[number]) : null;
        value = item!;
        return item is not null;
    }

    /// <summary>The value kept for <paramref name="number"/>, <paramref name="value"/> when none was.</summary>
    [MethodImpl(HotPath.Optimized)]
    public T GetOrAdd(int number, T value)
    {
        if (TryGetValue(number, out var known))
        {
            return known;
        }

        lock (_lock)
        {
            var items = _items;
            if (number >= items.Length)
            {
                var grown = new T?[Math.Max(number + 1, items.Length * 2)];
                Array.Copy(items, grown, items.Length);
                Volatile.Write(ref _items, grown);
                items = grown;
            }

            if (items[number] is { } first)
            {
                return first;
            }

            Volatile.Write(ref items[number], value);
            return value;
        }
    }

    /// <summary>The value kept for <paramref name="number"/> (it must have one).</summary>
    public T this[int number] => TryGetValue(number, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(number));
}
