using System;
using System.Collections;
using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Text;

/// <summary>
/// An immutable array with value equality, so records holding lists compare by content.
/// The generator's incremental pipeline relies on this to cache its steps.
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/> (not copied).</summary>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>A copy of <paramref name="items"/>.</summary>
    public EquatableArray(IEnumerable<T> items) => _items = Copy(items);

    // One copy for collections (a List<T> of every resolved symbol was copied twice).
    private static T[] Copy(IEnumerable<T> items)
    {
        if (items is ICollection<T> collection)
        {
            if (collection.Count == 0)
            {
                return Array.Empty<T>();
            }

            var array = new T[collection.Count];
            collection.CopyTo(array, 0);
            return array;
        }

        return new List<T>(items).ToArray();
    }

    /// <summary>No items.</summary>
    public static EquatableArray<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Whether both hold equal items in the same order.</summary>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in AsSpan())
        {
            hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
        }

        return hash;
    }

    /// <summary>Whether both hold equal items in the same order.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Whether the items differ.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Helpers to build <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>A copy of <paramref name="items"/> as an <see cref="EquatableArray{T}"/>.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items);
}
