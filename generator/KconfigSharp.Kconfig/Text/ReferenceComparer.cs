using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Text;

/// <summary>
/// Identity, not structure, as a dictionary key: model objects (symbols, choices, shared expression
/// instances) are looked up by the instance. <c>ReferenceEqualityComparer</c> is not in netstandard2.0.
/// </summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static ReferenceComparer<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
