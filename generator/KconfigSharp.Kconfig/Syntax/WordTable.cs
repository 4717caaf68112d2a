using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Interns the words of a parse, looked up straight from the source text (no substring per token):
/// NuttX has about a million words but only some 40,000 distinct ones. Quoted strings (prompts,
/// string defaults) and help texts are interned here too: trees repeat them. Open addressing with linear
/// probing over a power-of-two table, grown at three quarters full (each doubling allocates the whole
/// table again; NuttX's 47,000 entries fit 65,536 slots). A tree's table is rented from the shared array
/// pools and returned when the parse ends (<see cref="Release"/>): NuttX's 768 KB of slots and hashes
/// were allocated again, on the large object heap, by every parse.
/// </summary>
internal sealed class WordTable
{
    // Tables this small are plain arrays (one expression's session); larger ones come from the pools.
    private const int PooledCapacity = 1024;

    private string?[] _slots;
    private int[] _hashes;
    private int _count;

    /// <summary>A table of <paramref name="capacity"/> slots to start with (a power of two).</summary>
    public WordTable(int capacity = 4096)
    {
        (_slots, _hashes) = NewTable(capacity);
    }

    /// <summary>Returns a pooled table; the words stay valid, the table is not used again.</summary>
    public void Release()
    {
        ReturnTable(_slots, _hashes);
        _slots = [];
        _hashes = [];
    }

    // Pooled arrays come back with old entries: the slots are cleared (a hash is read only beside a word).
    private static (string?[] Slots, int[] Hashes) NewTable(int capacity)
    {
        if (capacity < PooledCapacity)
        {
            return (new string?[capacity], new int[capacity]);
        }

        var slots = ArrayPool<string?>.Shared.Rent(capacity);
        Array.Clear(slots, 0, slots.Length);
        var hashes = ArrayPool<int>.Shared.Rent(capacity);

        // The pools give a power of two at least as large: the table uses it all.
        return slots.Length == hashes.Length ? (slots, hashes) : (slots, Resize(hashes, slots.Length));
    }

    private static int[] Resize(int[] hashes, int length)
    {
        ArrayPool<int>.Shared.Return(hashes);
        return new int[length];
    }

    private static void ReturnTable(string?[] slots, int[] hashes)
    {
        if (slots.Length >= PooledCapacity)
        {
            ArrayPool<string?>.Shared.Return(slots, clearArray: true);
            ArrayPool<int>.Shared.Return(hashes);
        }
    }

    /// <summary>Slots in the table now (tests: the sizing of a parse).</summary>
    internal int Capacity => _slots.Length;

    /// <summary>The interned string equal to <c>text[start..start+length]</c>.</summary>
    public string Intern(char[] text, int start, int length) => Intern(new ReadOnlySpan<char>(text, start, length), text, start);

    /// <summary>The interned string equal to <paramref name="text"/>.</summary>
    public string Intern(ReadOnlySpan<char> text) => Intern(text, null, 0);

    // source/start: where the span came from, so a new word is one string constructor (no span-to-string copy path).
    [MethodImpl(HotPath.Optimized)]
    private string Intern(ReadOnlySpan<char> text, char[]? source, int start)
    {
        var hash = Hash(text);
        var mask = _slots.Length - 1;
        var index = hash & mask;
        while (_slots[index] is { } candidate)
        {
            if (_hashes[index] == hash && candidate.AsSpan().SequenceEqual(text))
            {
                return candidate;
            }

            index = (index + 1) & mask;
        }

        var word = text.Length == 0 ? string.Empty : source is not null ? new string(source, start, text.Length) : text.ToString();
        _slots[index] = word;
        _hashes[index] = hash;
        if (++_count * 4 > _slots.Length * 3)
        {
            Grow();
        }

        return word;
    }

    [MethodImpl(HotPath.Optimized)]
    internal static int Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a over UTF-16 code units; only needs to spread identifiers well.
        var hash = unchecked((int)2166136261);
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash & int.MaxValue;
    }

    [MethodImpl(HotPath.Optimized)]
    private void Grow()
    {
        var oldSlots = _slots;
        var oldHashes = _hashes;
        (_slots, _hashes) = NewTable(oldSlots.Length * 2);
        var mask = _slots.Length - 1;
        for (var i = 0; i < oldSlots.Length; i++)
        {
            if (oldSlots[i] is { } word)
            {
                var index = oldHashes[i] & mask;
                while (_slots[index] is not null)
                {
                    index = (index + 1) & mask;
                }

                _slots[index] = word;
                _hashes[index] = oldHashes[i];
            }
        }

        ReturnTable(oldSlots, oldHashes);
    }
}
