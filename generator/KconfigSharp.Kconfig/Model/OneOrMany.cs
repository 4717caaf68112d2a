using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A model list held in one field: null when empty, the item itself when it has one, an array of
/// exactly its items when the count is known ahead (<see cref="Add(T, int)"/>) or the list was
/// sealed (<see cref="Seal"/>), else a <see cref="List{T}"/> while it grows. Most symbols and menu
/// nodes have one definition, one prompt and at most one default (a list of one cost 64 bytes);
/// a grown list keeps its object and up to half its array empty. The public <c>List</c>
/// properties promote the field to a list on first read.
/// </summary>
internal struct OneOrMany<T>
    where T : class
{
    // null, a single T, a List<T>, or a T[] whose items are a non-null prefix (full once every
    // Add(item, count) is done; ExactItems.Count finds the end of a partly filled one).
    private object? _value;

    public readonly ListView<T> View => new(_value);

    public readonly int Count => _value switch
    {
        null => 0,
        List<T> list => list.Count,
        T[] array => ExactItems.Count(array),
        _ => 1,
    };

    public void Add(T item)
    {
        switch (_value)
        {
            case null:
                _value = item;
                break;
            case List<T> list:
                list.Add(item);
                break;
            case T[]:
                AsList().Add(item);
                break;
            default:
                _value = new List<T>(2) { (T)_value, item };
                break;
        }
    }

    /// <summary>
    /// Adds <paramref name="item"/> to a list that holds <paramref name="count"/> items once every
    /// add is done: from two items on they go into an array of exactly that length.
    /// </summary>
    public void Add(T item, int count)
    {
        switch (_value)
        {
            case null when count <= 1:
                _value = item;
                break;
            case null:
                var array = new T[count];
                array[0] = item;
                _value = array;
                break;
            case T[] exact when ExactItems.Count(exact) is var filled && filled < exact.Length:
                exact[filled] = item;
                break;
            default:
                Add(item);
                break;
        }
    }

    /// <summary>Replaces a grown list by an array of exactly its items (the parser calls it when an entry ends).</summary>
    public void Seal()
    {
        if (_value is List<T> { Count: > 1 } list)
        {
            _value = list.ToArray();
        }
    }

    /// <summary>The items as a list the caller may read and add to (created, and kept, on first call).</summary>
    public List<T> AsList()
    {
        switch (_value)
        {
            case List<T> list:
                return list;
            case null:
                var empty = new List<T>(1);
                _value = empty;
                return empty;
            case T[] array:
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
