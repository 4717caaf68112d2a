using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A model list held in one field: null when empty, the item itself when it has one, a
/// <see cref="List{T}"/> from the second on. Most symbols and menu nodes have one definition, one
/// prompt and at most one default; a list of one cost 64 bytes (the list and its array) each, about
/// 6 MB per NuttX parse. The public <c>List</c> properties promote the field to a list on first read.
/// </summary>
internal struct OneOrMany<T>
    where T : class
{
    private object? _value;

    public readonly ListView<T> View => new(_value);

    public readonly int Count => _value switch
    {
        null => 0,
        List<T> list => list.Count,
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
            default:
                _value = new List<T>(2) { (T)_value, item };
                break;
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
            default:
                var promoted = new List<T>(2) { (T)_value };
                _value = promoted;
                return promoted;
        }
    }
}
