using System.Buffers;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// Strings numbered in the order they are added and found again by content or, for strings the caller knows to be
/// one instance per text, by reference: the emitter's member-name set and its table of shared texts. One array of
/// slots (open addressing, each slot 1 + a number, 0 when empty) and the strings themselves: on NuttX these were
/// two dictionaries of 22,148 entries of 24 bytes each and a list beside one of them, 1.5 MB of every emission.
/// </summary>
internal sealed class StringIndex
{
    private readonly bool _byReference;
    private readonly bool _rented;
    private string[] _strings;
    private int[] _slots;
    private int _mask;

    /// <param name="capacity">The strings expected: room for them is made once (more still fit, by growing).</param>
    /// <param name="byReference">Whether a string is found only as the same instance (its hash is the object's), not by content.</param>
    /// <param name="rented">Whether the arrays come from the pool (a working index of many strings), to go back with <see cref="Release"/>.</param>
    public StringIndex(int capacity, bool byReference, bool rented = false)
    {
        _byReference = byReference;
        _rented = rented;
        _strings = NewStrings(System.Math.Max(capacity, 4));
        _slots = NewSlots(SlotsFor(_strings.Length));
        _mask = SlotsFor(_strings.Length) - 1;
    }

    /// <summary>Gives a rented index's arrays back to the pool; the index is not used afterwards.</summary>
    public void Release()
    {
        if (_rented)
        {
            ArrayPool<string>.Shared.Return(_strings, clearArray: true);
            ArrayPool<int>.Shared.Return(_slots);
        }

        (_strings, _slots, Count) = ([], [], 0);
    }

    // A rented array may be longer than asked for: only the first `length` strings (written before read) and slots (cleared) are used.
    private string[] NewStrings(int length) => _rented ? ArrayPool<string>.Shared.Rent(length) : new string[length];

    private int[] NewSlots(int length) => _rented ? RentedArray.Cleared<int>(length) : new int[length];

    /// <summary>The strings added.</summary>
    public int Count { get; private set; }

    /// <summary>The string numbered <paramref name="number"/>.</summary>
    public string this[int number] => _strings[number];

    /// <summary>The number of <paramref name="text"/>, or -1 when it was not added.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int IndexOf(string text)
    {
        for (var slot = Hash(text) & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var number = _slots[slot] - 1;
            if (_byReference ? ReferenceEquals(_strings[number], text) : string.Equals(_strings[number], text, System.StringComparison.Ordinal))
            {
                return number;
            }
        }

        return -1;
    }

    /// <summary>The number of the string equal to <paramref name="text"/> (an index by content), or -1 when none was added.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int IndexOf(System.ReadOnlySpan<char> text)
    {
        for (var slot = ContentHash(text) & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var number = _slots[slot] - 1;
            if (System.MemoryExtensions.SequenceEqual(System.MemoryExtensions.AsSpan(_strings[number]), text))
            {
                return number;
            }
        }

        return -1;
    }

    /// <summary>Adds <paramref name="text"/> (not added before: the caller asked <see cref="IndexOf(string)"/>) and returns its number.</summary>
    public int Add(string text)
    {
        if (Count == _strings.Length)
        {
            Grow();
        }

        var number = Count++;
        _strings[number] = text;
        Place(number);
        return number;
    }

    // At most three quarters of the slots taken, so a probe for a missing string stops soon.
    private static int SlotsFor(int strings)
    {
        var slots = 16;
        while (slots / 4 * 3 < strings)
        {
            slots *= 2;
        }

        return slots;
    }

    private void Place(int number)
    {
        var slot = Hash(_strings[number]) & _mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = number + 1;
    }

    private void Grow()
    {
        if (_rented)
        {
            _strings = RentedArray.Grown(_strings, Count, _strings.Length * 2);
            ArrayPool<int>.Shared.Return(_slots);
        }
        else
        {
            System.Array.Resize(ref _strings, _strings.Length * 2);
        }

        _slots = NewSlots(SlotsFor(_strings.Length));
        _mask = SlotsFor(_strings.Length) - 1;
        for (var number = 0; number < Count; number++)
        {
            Place(number);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private int Hash(string text)
    {
        if (_byReference)
        {
            return RuntimeHelpers.GetHashCode(text) & int.MaxValue;
        }

        return ContentHash(System.MemoryExtensions.AsSpan(text));
    }

    /// <summary>FNV-1a over the characters, the top bits folded down (the slots take the low ones).</summary>
    [MethodImpl(HotPath.Optimized)]
    internal static int ContentHash(System.ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)((hash ^ (hash >> 15)) & int.MaxValue);
    }
}
