using System.Collections.Generic;
using System.Runtime.CompilerServices;

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
    // Null, a single T, or an object[] of Ts (its non-null prefix: ExactItems), told apart by a compare
    // of the object's type with typeof(object[]); or a list. Pattern tests against List<T> or T[] are
    // cast helper calls in shared generic code, and were a tenth of a resolve.
    private readonly object? _value;
    private readonly List<T>? _list;

    public ListView(List<T>? list)
    {
        _value = null;
        _list = list;
    }

    internal ListView(object? value)
    {
        _value = value;
        _list = null;
    }

    public int Count => _list is not null ? _list.Count : ItemsOf(_value, out var array) is var count && array is null ? count : ExactItems.Count(array!);

    public T this[int index]
    {
        get
        {
            if (_list is not null)
            {
                return _list[index];
            }

            var count = ItemsOf(_value, out var array);
            if (array is not null)
            {
                count = ExactItems.Count(array);
            }

            if ((uint)index >= (uint)count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            return Unsafe.As<T>(array is not null ? array[index] : _value);
        }
    }

    public Enumerator GetEnumerator() => new(_value, _list);

    // 0 for null, 1 for a single item; for an array, the array (its count is left to the caller).
    private static int ItemsOf(object? value, out object[]? array)
    {
        array = null;
        if (value is null)
        {
            return 0;
        }

        if (value.GetType() == typeof(object[]))
        {
            array = Unsafe.As<object[]>(value);
            return -1;
        }

        return 1;
    }

    /// <summary>Walks the items without boxing.</summary>
    public struct Enumerator
    {
        private readonly List<T>? _list;
        private readonly object[]? _array;
        private readonly int _count;
        private int _index;

        internal Enumerator(object? value, List<T>? list)
        {
            _list = list;
            _index = -1;
            Current = null!;
            if (list is not null)
            {
                _array = null;
                _count = -1;
                return;
            }

            _count = ItemsOf(value, out _array);
            if (_array is not null)
            {
                _count = ExactItems.Count(_array);
            }
            else if (_count == 1)
            {
                Current = Unsafe.As<T>(value!);
            }
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
                Current = Unsafe.As<T>(_array[_index]);
            }

            return true;
        }
    }
}
