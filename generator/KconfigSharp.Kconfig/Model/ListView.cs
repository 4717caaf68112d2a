using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A read-only look at a model list that may not exist yet: most symbols and menu nodes have no
/// selects, implies, ranges or defaults, so those lists are created on first <c>Add</c>, and the core
/// reads them through this view (no list allocated to find it empty, no boxed enumerator). It also
/// reads a <see cref="OneOrMany{T}"/> field, which holds a single item without a list.
/// </summary>
internal readonly struct ListView<T>
    where T : class
{
    // Null, a List<T>, or a single T.
    private readonly object? _value;

    public ListView(List<T>? list) => _value = list;

    internal ListView(object? value) => _value = value;

    public int Count => _value switch
    {
        null => 0,
        List<T> list => list.Count,
        _ => 1,
    };

    public T this[int index] => _value is List<T> list
        ? list[index]
        : index == 0 && _value is not null ? (T)_value : throw new System.ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(_value);

    /// <summary>Walks the items without boxing.</summary>
    public struct Enumerator
    {
        private readonly List<T>? _list;
        private readonly T? _single;
        private int _index;

        internal Enumerator(object? value)
        {
            _list = value as List<T>;
            _single = _list is null ? (T?)value : null;
            _index = -1;
            Current = null!;
        }

        public T Current { get; private set; }

        public bool MoveNext()
        {
            _index++;
            if (_list is not null)
            {
                if (_index < _list.Count)
                {
                    Current = _list[_index];
                    return true;
                }

                return false;
            }

            if (_index == 0 && _single is not null)
            {
                Current = _single;
                return true;
            }

            return false;
        }
    }
}
