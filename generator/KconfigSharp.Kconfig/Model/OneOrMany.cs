using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A model list held in one field: null when empty, the item itself when it has one, else an array
/// whose items are its non-null prefix (<see cref="ExactItems"/>): doubled as it grows, of exactly the
/// declared length when the count is known ahead (<see cref="Add(T, int)"/>), trimmed to its items
/// when the parser seals it (<see cref="Seal"/>). Most symbols and menu nodes have one definition, one
/// prompt and at most one default (a list of one cost 64 bytes); no list object is kept for more.
/// The public <c>List</c> properties turn the field into a <see cref="List{T}"/> on first read, which
/// it then stays.
/// </summary>
internal struct OneOrMany<T>
    where T : class
{
    // null, a single T, a T[] (its non-null prefix), or a List<T> once the public list was read.
    private object? _value;

    public readonly ListView<T> View => new(_value);

    public readonly int Count => View.Count;

    /// <summary>Whether the field holds nothing: no item, and no public list was made of it.</summary>
    public readonly bool IsUnset => _value is null;

    public void Add(T item)
    {
        switch (_value)
        {
            case null:
                _value = item;
                break;
            case var _ when ListView<T>.IsList(_value):
                Unsafe.As<List<T>>(_value).Add(item);
                break;
            case var _ when ListView<T>.IsArray(_value):
                var array = Unsafe.As<T[]>(_value);
                var count = ExactItems.Count(array);
                if (count == array.Length)
                {
                    var grown = new T[array.Length * 2];
                    System.Array.Copy(array, grown, count);
                    array = grown;
                    _value = grown;
                }

                array[count] = item;
                break;
            default:
                _value = new T[] { Unsafe.As<T>(_value), item };
                break;
        }
    }

    /// <summary>
    /// Adds <paramref name="item"/> to a list that holds <paramref name="count"/> items once every
    /// add is done: from two items on they go into an array of exactly that length.
    /// </summary>
    public void Add(T item, int count)
    {
        if (_value is null && count > 1)
        {
            var array = new T[count];
            array[0] = item;
            _value = array;
        }
        else
        {
            Add(item);
        }
    }

    /// <summary>
    /// Adds every item of <paramref name="items"/> to a list that holds <paramref name="count"/> items
    /// once every add is done. When they are all of them, this list is still empty and theirs is a
    /// single item or a full (sealed) array, it takes that item or array itself: a symbol defined once
    /// reads the lists of its one definition, no second array of the same items. No list writes into a
    /// full array (an add copies it first), and a public read turns only the list read into its own
    /// <see cref="List{T}"/>, so the sharing is never seen.
    /// </summary>
    public void AddAll(OneOrMany<T> items, int count)
    {
        if (_value is null && items.IsFull && items.Count == count)
        {
            _value = items._value;
            return;
        }

        foreach (var item in items.View)
        {
            Add(item, count);
        }
    }

    /// <summary>Adds <paramref name="items"/> in order, stored at their exact count (one array, not grown by doubling).</summary>
    public void AddExact(List<T> items) => AddExact(items, 0, items.Count);

    /// <summary>Adds <c>items[start..start+count)</c> in order, stored at their exact count.</summary>
    public void AddExact(List<T> items, int start, int count)
    {
        if (count == 0)
        {
            return;
        }

        if (_value is not null)
        {
            // Rare (an entry's properties are gathered once; a block's children too, unless its list was read first); kept exact all the same.
            for (var i = start; i < start + count; i++)
            {
                Add(items[i]);
            }

            Seal();
            return;
        }

        if (count == 1)
        {
            _value = items[start];
            return;
        }

        var exact = new T[count];
        items.CopyTo(start, exact, 0, count);
        _value = exact;
    }

    /// <summary>Replaces the items with <paramref name="exact"/> (every slot set), which the list then owns.</summary>
    public void Replace(T[] exact) => _value = exact.Length switch
    {
        0 => null,
        1 => exact[0],
        _ => exact,
    };

    /// <summary>
    /// Removes the items <paramref name="remove"/> picks, keeping the others in order. An array is compacted in
    /// place (its freed slots at the end, empty: a non-null prefix), a list keeps its object.
    /// </summary>
    public void RemoveWhere(System.Func<T, bool> remove)
    {
        switch (_value)
        {
            case null:
                return;
            case var _ when ListView<T>.IsList(_value):
                Unsafe.As<List<T>>(_value).RemoveAll(item => remove(item));
                return;
            case var _ when ListView<T>.IsArray(_value):
                var array = Unsafe.As<T[]>(_value);
                var count = ExactItems.Count(array);
                var kept = 0;
                for (var i = 0; i < count; i++)
                {
                    if (!remove(array[i]))
                    {
                        array[kept++] = array[i];
                    }
                }

                System.Array.Clear(array, kept, count - kept);
                _value = kept switch
                {
                    0 => null,
                    1 => array[0],
                    _ => array,
                };
                return;
            default:
                if (remove(Unsafe.As<T>(_value)))
                {
                    _value = null;
                }

                return;
        }
    }

    /// <summary>
    /// Slots the items' array has beyond them (tests: 0 for a list built at its exact count; one per <c>if</c>
    /// node the finalizer removed from it in place).
    /// </summary>
    internal readonly int EmptySlots => _value switch
    {
        null => 0,
        _ when ListView<T>.IsList(_value) => Unsafe.As<List<T>>(_value).Capacity - Unsafe.As<List<T>>(_value).Count,
        _ when ListView<T>.IsArray(_value) => Unsafe.As<T[]>(_value).Length - ExactItems.Count(Unsafe.As<T[]>(_value)),
        _ => 0,
    };

    // A single item or a full array: nothing is ever written into it again (an add copies it first).
    private readonly bool IsFull => _value is null || (ListView<T>.IsArray(_value) ? ExactItems.Count(Unsafe.As<T[]>(_value)) == Unsafe.As<T[]>(_value).Length : !ListView<T>.IsList(_value));

    /// <summary>Trims a grown array to exactly its items (the parser calls it when an entry ends).</summary>
    public void Seal()
    {
        if (_value is not null && ListView<T>.IsArray(_value) && Unsafe.As<T[]>(_value) is var array && ExactItems.Count(array) is var count && count < array.Length)
        {
            var exact = new T[count];
            System.Array.Copy(array, exact, count);
            _value = exact;
        }
    }

    /// <summary>The items as a list the caller may read and add to (created, and kept, on first call).</summary>
    public List<T> AsList()
    {
        switch (_value)
        {
            case null:
                var empty = new List<T>(1);
                _value = empty;
                return empty;
            case var _ when ListView<T>.IsList(_value):
                return Unsafe.As<List<T>>(_value);
            case var _ when ListView<T>.IsArray(_value):
                var array = Unsafe.As<T[]>(_value);
                var count = ExactItems.Count(array);
                var copy = new List<T>(count);
                for (var i = 0; i < count; i++)
                {
                    copy.Add(array[i]);
                }

                _value = copy;
                return copy;
            default:
                var promoted = new List<T>(2) { (T)_value };
                _value = promoted;
                return promoted;
        }
    }
}
