using System;
using System.Buffers;

namespace KconfigSharp.Kconfig;

/// <summary>
/// Working arrays rented from the shared pool (the parse's counts, a resolve's states, a graph's edges and lists),
/// which may hand back a previous user's contents.
/// </summary>
internal static class RentedArray
{
    /// <summary>An array of at least <paramref name="length"/> items from the pool, its first <paramref name="length"/> cleared.</summary>
    public static T[] Cleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>
    /// A table of at least <paramref name="length"/> items, all cleared: a plain array below <paramref name="pooledFrom"/>
    /// items (one expression's parse never needs more), else one from the pool (a tree's parse). Give it back with
    /// <see cref="ReturnTable"/>.
    /// </summary>
    public static T[] ClearedTable<T>(int length, int pooledFrom)
    {
        if (length < pooledFrom)
        {
            return new T[length];
        }

        var table = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(table, 0, table.Length);
        return table;
    }

    /// <summary>
    /// Gives a <see cref="ClearedTable"/> back to the pool when it came from there (its length tells: a plain one is
    /// shorter than <paramref name="pooledFrom"/>), cleared: it may hold references.
    /// </summary>
    public static void ReturnTable<T>(T[] table, int pooledFrom)
    {
        if (table.Length >= pooledFrom)
        {
            ArrayPool<T>.Shared.Return(table, clearArray: true);
        }
    }

    /// <summary>
    /// A rented array at least twice as long as <paramref name="rented"/> and at least <paramref name="minLength"/>,
    /// holding its first <paramref name="used"/> items, the rest cleared; <paramref name="rented"/> goes back to the
    /// pool (cleared: it may hold references), unless it is empty (a starting <c>[]</c>, never rented).
    /// </summary>
    public static T[] Grown<T>(T[] rented, int used, int minLength)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(minLength, rented.Length * 2));
        Array.Copy(rented, larger, used);
        Array.Clear(larger, used, larger.Length - used);
        if (rented.Length > 0)
        {
            ArrayPool<T>.Shared.Return(rented, clearArray: true);
        }

        return larger;
    }
}
