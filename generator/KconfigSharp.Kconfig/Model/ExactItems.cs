namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The items of an exactly sized model array (<see cref="OneOrMany{T}"/>): a non-null prefix, the
/// whole array once filled. Its end is found by bisection, so no count field is kept beside it.
/// </summary>
internal static class ExactItems
{
    public static int Count<T>(T[] array)
        where T : class
    {
        if (array.Length == 0 || array[array.Length - 1] is not null)
        {
            return array.Length;
        }

        // The first null: items before it are all set, none after it.
        var low = 0;
        var high = array.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (array[middle] is null)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
