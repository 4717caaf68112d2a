namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Interns the words of a parse, looked up straight from the source text (no substring per token):
/// NuttX has about a million words but only some 40,000 distinct ones. Open addressing with linear
/// probing over a power-of-two table.
/// </summary>
internal sealed class WordTable
{
    private string?[] _slots = new string?[4096];
    private int[] _hashes = new int[4096];
    private int _count;

    /// <summary>The interned string equal to <c>text[start..start+length]</c>.</summary>
    public string Intern(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        var index = hash & mask;
        while (_slots[index] is { } candidate)
        {
            if (_hashes[index] == hash && candidate.Length == length && string.CompareOrdinal(candidate, 0, text, start, length) == 0)
            {
                return candidate;
            }

            index = (index + 1) & mask;
        }

        var word = text.Substring(start, length);
        _slots[index] = word;
        _hashes[index] = hash;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return word;
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over UTF-16 code units; only needs to spread identifiers well.
        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return hash & int.MaxValue;
    }

    private void Grow()
    {
        var oldSlots = _slots;
        var oldHashes = _hashes;
        _slots = new string?[oldSlots.Length * 2];
        _hashes = new int[oldSlots.Length * 2];
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
    }
}
