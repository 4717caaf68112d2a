using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A read-only look at a model list that may not exist yet: most symbols and menu nodes have no
/// selects, implies, ranges or defaults, so those lists are created on first <c>Add</c>, and the core
/// reads them through this view (no list allocated to find it empty, no boxed enumerator). It also
/// reads a <see cref="OneOrMany{T}"/> field, which holds a single item or an exact array without a list.
/// </summary>
internal readonly struct ListView<T>
    where T : class
{
    // Null, a List<T>, a T[] (its non-null prefix: ExactItems), or a single T.
    private readonly object? _value;

    public ListView(List<T>? list) => _value = list;

    internal ListView(object? value) => _value = value;

    public int Count => _value switch
    {
        null => 0,
        List<T> list => list.Count,
        T[] array => ExactItems.Count(array),
        _ => 1,
    };

    public T this[int index] => _value switch
    {
        List<T> list => list[index],
        T[] array => index < ExactItems.Count(array) ? array[index] : throw new System.ArgumentOutOfRangeException(nameof(index)),
        not null when index == 0 => (T)_value,
        _ => throw new System.ArgumentOutOfRangeException(nameof(index)),
    };

    public Enumerator GetEnumerator() => new(_value);

    /// <summary>Walks the items without boxing.</summary>
    public struct Enumerator
    {
        private readonly List<T>? _list;
        private readonly T[]? _array;
        private readonly int _count;
        private int _index;

        internal Enumerator(object? value)
        {
            _list = value as List<T>;
            _array = value as T[];
            _count = _list is not null ? -1 : _array is not null ? ExactItems.Count(_array) : value is null ? 0 : 1;
            _index = -1;
            Current = _list is null && _array is null ? (T?)value! : null!;
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

            if (_index >= _count)
            {
                return false;
            }

            if (_array is not null)
            {
                Current = _array[_index];
            }

            return true;
        }
    }
}
