using System;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Interns the words of a parse, looked up straight from the source text (no substring per token):
/// NuttX has about a million words but only some 40,000 distinct ones. Quoted strings (prompts,
/// string defaults) and help texts are interned here too: trees repeat them. Open addressing with linear
/// probing over a power-of-two table, grown at three quarters full (each doubling allocates the whole
/// table again; NuttX's 47,000 entries fit 65,536 slots of 16 bytes, a word beside its hash). A tree's
/// table is rented from the shared array pool and returned when the parse ends (<see cref="Release"/>):
/// allocated by every parse, it was 768 KB on the large object heap. Each word's entry also holds the
/// <see cref="Keyword"/> it spells, found when the word is first interned: the lexer hands it to the parser with the
/// token, so no line's keyword is compared as text.
/// </summary>
internal sealed class WordTable
{
    // Tables this small are plain arrays (one expression's session); larger ones come from the pools.
    private const int PooledCapacity = 1024;

    /// <summary>The hash of the empty text; <see cref="HashStep"/> folds in each character (FNV-1a).</summary>
    internal const int HashSeed = unchecked((int)2166136261);

    // An entry's hash keeps its low 26 bits; the 6 above hold the word's keyword (the entry stays 16 bytes).
    internal const int HashMask = (1 << KeywordShift) - 1;
    private const int KeywordShift = 26;

    // A word beside its hash: a probe reads one entry (one cache line), not a slot and a hash in two tables.
    private Entry[] _entries;
    private int _count;

    /// <summary>A table of <paramref name="capacity"/> slots to start with (a power of two).</summary>
    public WordTable(int capacity = 4096)
    {
        _entries = NewTable(capacity);
    }

    /// <summary>Returns a pooled table; the words stay valid, the table is not used again.</summary>
    public void Release()
    {
        ReturnTable(_entries);
        _entries = [];
    }

    // Cleared (a slot is empty where its word is null); the pool gives a power of two at least as large: the table uses it all.
    private static Entry[] NewTable(int capacity) => RentedArray.ClearedTable<Entry>(capacity, PooledCapacity);

    private static void ReturnTable(Entry[] entries) => RentedArray.ReturnTable(entries, PooledCapacity);

    /// <summary>Slots in the table now (tests: the sizing of a parse).</summary>
    internal int Capacity => _entries.Length;

    /// <summary>The interned string equal to <c>text[start..start+length]</c>.</summary>
    public string Intern(char[] text, int start, int length) => Intern(new ReadOnlySpan<char>(text, start, length), text, start, Hash(new ReadOnlySpan<char>(text, start, length)), out _);

    /// <summary>
    /// The interned string equal to <c>text[start..start+length]</c>, whose characters the caller has
    /// already folded into <paramref name="partialHash"/> with <see cref="HashStep"/> from <see cref="HashSeed"/>
    /// (the lexer, as it scans a word: no second pass over it).
    /// </summary>
    public string Intern(char[] text, int start, int length, int partialHash) => Intern(new ReadOnlySpan<char>(text, start, length), text, start, partialHash & HashMask, out _);

    /// <summary>As <see cref="Intern(char[], int, int, int)"/>, with the <paramref name="keyword"/> the word spells (<see cref="Keywords.Classify"/>).</summary>
    public string Intern(char[] text, int start, int length, int partialHash, out Keyword keyword) => Intern(new ReadOnlySpan<char>(text, start, length), text, start, partialHash & HashMask, out keyword);

    /// <summary>The interned string equal to <paramref name="text"/>.</summary>
    public string Intern(ReadOnlySpan<char> text) => Intern(text, null, 0, Hash(text), out _);

    // source/start: where the span came from, so a new word is one string constructor (no span-to-string copy path).
    [MethodImpl(HotPath.Optimized)]
    private string Intern(ReadOnlySpan<char> text, char[]? source, int start, int hash, out Keyword keyword)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        var index = hash & mask;
        while (entries[index].Word is { } candidate)
        {
            var hashAndKeyword = entries[index].HashAndKeyword;
            if ((hashAndKeyword & HashMask) == hash && candidate.Length == text.Length && candidate.AsSpan().SequenceEqual(text))
            {
                keyword = (Keyword)((uint)hashAndKeyword >> KeywordShift);
                return candidate;
            }

            index = (index + 1) & mask;
        }

        var word = text.Length == 0 ? string.Empty : source is not null ? new string(source, start, text.Length) : text.ToString();
        keyword = Keywords.Classify(word);
        entries[index] = new Entry(word, hash | ((int)keyword << KeywordShift));
        if (++_count * 4 > entries.Length * 3)
        {
            Grow();
        }

        return word;
    }

    /// <summary>Folds one more character into a hash started at <see cref="HashSeed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int HashStep(int hash, char c) => unchecked((hash ^ c) * 16777619);

    [MethodImpl(HotPath.Optimized)]
    internal static int Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a over UTF-16 code units; only needs to spread identifiers well.
        var hash = HashSeed;
        foreach (var c in text)
        {
            hash = HashStep(hash, c);
        }

        return hash & HashMask;
    }

    [MethodImpl(HotPath.Optimized)]
    private void Grow()
    {
        var old = _entries;
        var entries = _entries = NewTable(old.Length * 2);
        var mask = entries.Length - 1;
        for (var i = 0; i < old.Length; i++)
        {
            if (old[i].Word is not null)
            {
                var index = old[i].HashAndKeyword & HashMask & mask;
                while (entries[index].Word is not null)
                {
                    index = (index + 1) & mask;
                }

                entries[index] = old[i];
            }
        }

        ReturnTable(old);
    }

    /// <summary>
    /// The value kept beside an interned word (0 until set): the parse's symbol table, so a symbol
    /// reference costs the word's one hash probe instead of a second, dictionary look-up of the name
    /// (issue 12: a <c>Dictionary&lt;string, Symbol&gt;</c> was ≈ 0.8 MB of NuttX's parse). The word is
    /// interned first when it is not yet in the table. The reference is valid until the next word is interned.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public ref int ValueOf(string word)
    {
        var hash = Hash(word.AsSpan());
        while (true)
        {
            var entries = _entries;
            var mask = entries.Length - 1;
            var index = hash & mask;
            while (entries[index].Word is { } candidate)
            {
                // Words from this table are the same string object: most look-ups end at the reference test.
                if (ReferenceEquals(candidate, word) || ((entries[index].HashAndKeyword & HashMask) == hash && candidate == word))
                {
                    return ref entries[index].Value;
                }

                index = (index + 1) & mask;
            }

            // Not a word of this table (a name from elsewhere): intern it, then find its entry (the table may have grown).
            Intern(word.AsSpan(), null, 0, hash, out _);
        }
    }

    /// <summary>A slot of the table: empty while <see cref="Word"/> is null.</summary>
    internal struct Entry(string word, int hashAndKeyword)
    {
        public string? Word = word;

        /// <summary>The word's hash (<see cref="HashMask"/>) and, above it, its <see cref="Keyword"/>.</summary>
        public int HashAndKeyword = hashAndKeyword;

        /// <summary>See <see cref="ValueOf"/>; 0 when none. Beside the word and its hash, the entry stays 16 bytes.</summary>
        public int Value;
    }
}
