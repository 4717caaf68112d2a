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
/// <remarks>
/// The array is an <c>object[]</c> and a list is kept in a <see cref="PublicList"/>: both are told
/// apart from an item by an exact type compare the JIT folds, where a test against <c>T[]</c> or
/// <c>List&lt;T&gt;</c> is a cast helper call in shared generic code on every read.
/// </remarks>
internal struct OneOrMany<T>
    where T : class
{
    // null, a single T, an object[] of Ts (its non-null prefix), or a PublicList once the public list was read.
    private object? _value;

    public readonly ListView<T> View => _value is PublicList box ? new ListView<T>(Unsafe.As<List<T>>(box.List)) : new ListView<T>(_value);

    public readonly int Count => View.Count;

    public void Add(T item)
    {
        var value = _value;
        if (value is null)
        {
            _value = item;
        }
        else if (value.GetType() == typeof(object[]))
        {
            var array = Unsafe.As<object[]>(value);
            var count = ExactItems.Count(array);
            if (count == array.Length)
            {
                var grown = new object[array.Length * 2];
                System.Array.Copy(array, grown, count);
                array = grown;
                _value = grown;
            }

            array[count] = item;
        }
        else if (value is PublicList box)
        {
            Unsafe.As<List<T>>(box.List).Add(item);
        }
        else
        {
            _value = new object[] { value, item };
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
            var array = new object[count];
            array[0] = item;
            _value = array;
        }
        else
        {
            Add(item);
        }
    }

    /// <summary>Trims a grown array to exactly its items (the parser calls it when an entry ends).</summary>
    public void Seal()
    {
        if (_value is { } value && value.GetType() == typeof(object[])
            && Unsafe.As<object[]>(value) is var array && ExactItems.Count(array) is var count && count < array.Length)
        {
            var exact = new object[count];
            System.Array.Copy(array, exact, count);
            _value = exact;
        }
    }

    /// <summary>The items as a list the caller may read and add to (created, and kept, on first call).</summary>
    public List<T> AsList()
    {
        if (_value is PublicList box)
        {
            return Unsafe.As<List<T>>(box.List);
        }

        var view = View;
        var list = new List<T>(System.Math.Max(view.Count, 1));
        foreach (var item in view)
        {
            list.Add(item);
        }

        _value = new PublicList(list);
        return list;
    }
}
