using System;
using System.Buffers;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>A resolve's working arrays come from the shared pool, which may hand back a previous user's contents.</summary>
internal static class RentedArray
{
    /// <summary>An array of at least <paramref name="length"/> items from the pool, its first <paramref name="length"/> cleared.</summary>
    public static T[] Cleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }
}
