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
    // Null, a List<T>, a T[] (its non-null prefix: ExactItems), or a single T.
    private readonly object? _value;

    public ListView(List<T>? list) => _value = list;

    internal ListView(object? value) => _value = value;

    public int Count => _value is null ? 0 : IsArray(_value) ? ExactItems.Count(Unsafe.As<T[]>(_value)) : IsList(_value) ? Unsafe.As<List<T>>(_value).Count : 1;

    public T this[int index] => _value switch
    {
        null => throw new System.ArgumentOutOfRangeException(nameof(index)),
        _ when IsArray(_value) => index < ExactItems.Count(Unsafe.As<T[]>(_value)) ? Unsafe.As<T[]>(_value)[index] : throw new System.ArgumentOutOfRangeException(nameof(index)),
        _ when IsList(_value) => Unsafe.As<List<T>>(_value)[index],
        _ when index == 0 => Unsafe.As<T>(_value),
        _ => throw new System.ArgumentOutOfRangeException(nameof(index)),
    };

    // The field's forms are told apart by exact type: the model stores only arrays made as T[] and lists
    // made as List<T> (never a subclass or a covariant array), and an exact test is a method-table compare
    // where `is T[]` / `is List<T>` in shared generic code call the runtime's cast helper (issue 12: 2–3 %
    // of a NuttX parse's samples).

    /// <summary>True when <paramref name="value"/> (not null) is the array form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsArray(object value) => value.GetType() == typeof(T[]);

    /// <summary>True when <paramref name="value"/> (not null) is the list form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsList(object value) => value.GetType() == typeof(List<T>);

    public Enumerator GetEnumerator() => new(_value);

    /// <summary>Walks the items without boxing.</summary>
    public struct Enumerator
    {
        private readonly List<T>? _list;
        private readonly T[]? _array;
        private readonly int _count;
        private int _index;

        // Inlined into each loop, as the smaller constructor before it was (its call showed in profiles).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal Enumerator(object? value)
        {
            // One type test per form, and no cast to T (a helper call in shared generic code): a single item is a T.
            _list = null;
            _array = null;
            _index = -1;
            Current = null!;
            if (value is null)
            {
                _count = 0;
            }
            else if (IsArray(value))
            {
                _array = Unsafe.As<T[]>(value);
                _count = ExactItems.Count(_array);
            }
            else if (IsList(value))
            {
                _list = Unsafe.As<List<T>>(value);
                _count = -1;
            }
            else
            {
                _count = 1;
                Current = Unsafe.As<T>(value);
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
                Current = _array[_index];
            }

            return true;
        }
    }
}
