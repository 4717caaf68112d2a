using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A read-only look at a model list that may not exist yet: most symbols and menu nodes have no
/// selects, implies, ranges or defaults, so those lists are created on first <c>Add</c>, and the core
/// reads them through this view (no list allocated to find it empty, no boxed enumerator).
/// </summary>
internal readonly struct ListView<T>
{
    // Only ever enumerated or counted, never handed out: it stays empty.
    private static readonly List<T> Empty = [];

    private readonly List<T>? _list;

    public ListView(List<T>? list) => _list = list;

    public int Count => _list?.Count ?? 0;

    public T this[int index] => (_list ?? Empty)[index];

    public List<T>.Enumerator GetEnumerator() => (_list ?? Empty).GetEnumerator();
}
