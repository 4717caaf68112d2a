using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Identity of a dependency-graph item (a symbol or a choice) as a dictionary key, hashed by the
/// symbol's dense <see cref="Symbol.Id"/> where it has one: cheaper than the object-header hash code
/// the graph's hundreds of thousands of lookups would otherwise ask for.
/// </summary>
internal sealed class GraphItemComparer : IEqualityComparer<object>
{
    public static GraphItemComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => obj is Symbol { Id: >= 0 } symbol ? symbol.Id : RuntimeHelpers.GetHashCode(obj);
}
