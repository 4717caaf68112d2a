using System.Runtime.CompilerServices;
using System;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// An immutable set of facts numbered by <see cref="FlagModel.FactOf"/> (small integers: two per symbol,
/// on and off), as a bit set: meet is AND, adding a closure is OR, equality is a word compare. Sets
/// built at different times may differ in length (numbers are handed out on first use); missing words
/// are zero.
/// </summary>
internal readonly struct FactBits : IEquatable<FactBits>
{
    private readonly ulong[]? _words;

    private FactBits(ulong[]? words) => _words = words;

    /// <summary>No fact.</summary>
    public static FactBits Empty => default;

    /// <summary>Whether no fact is in the set.</summary>
    public bool IsEmpty
    {
        get
        {
            if (_words is null)
            {
                return true;
            }

            foreach (var word in _words)
            {
                if (word != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether fact <paramref name="fact"/> is in the set.</summary>
    public bool Contains(int fact) => _words is { } w && (fact >> 6) < w.Length && (w[fact >> 6] & (1UL << (fact & 63))) != 0;

    /// <summary>Whether every fact of <paramref name="other"/> is in this set.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool ContainsAll(FactBits other)
    {
        var theirs = other._words ?? Array.Empty<ulong>();
        var mine = _words ?? Array.Empty<ulong>();
        for (var i = 0; i < theirs.Length; i++)
        {
            if ((theirs[i] & ~(i < mine.Length ? mine[i] : 0)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The facts in both sets.</summary>
    [MethodImpl(HotPath.Optimized)]
    public FactBits Intersect(FactBits other)
    {
        if (_words is null || other._words is null)
        {
            return Empty;
        }

        // The common case at a join is one side inside the other: return it, no copy.
        if (other.ContainsAll(this))
        {
            return this;
        }

        if (ContainsAll(other))
        {
            return other;
        }

        var result = new ulong[Math.Min(_words.Length, other._words.Length)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _words[i] & other._words[i];
        }

        return new FactBits(result);
    }

    /// <summary>The facts in either set.</summary>
    [MethodImpl(HotPath.Optimized)]
    public FactBits Union(FactBits other)
    {
        if (other._words is null)
        {
            return this;
        }

        if (_words is null || other.ContainsAll(this))
        {
            return other;
        }

        if (ContainsAll(other))
        {
            // Nothing new: no copy.
            return this;
        }

        var result = new ulong[Math.Max(_words.Length, other._words.Length)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (i < _words.Length ? _words[i] : 0) | (i < other._words.Length ? other._words[i] : 0);
        }

        return new FactBits(result);
    }

    /// <summary>This set plus fact <paramref name="fact"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public FactBits With(int fact)
    {
        if (Contains(fact))
        {
            return this;
        }

        var result = new ulong[Math.Max(_words?.Length ?? 0, (fact >> 6) + 1)];
        _words?.CopyTo(result, 0);
        result[fact >> 6] |= 1UL << (fact & 63);
        return new FactBits(result);
    }

    /// <inheritdoc/>
    [MethodImpl(HotPath.Optimized)]
    public bool Equals(FactBits other)
    {
        var a = _words ?? Array.Empty<ulong>();
        var b = other._words ?? Array.Empty<ulong>();
        var length = Math.Max(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if ((i < a.Length ? a[i] : 0) != (i < b.Length ? b[i] : 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactBits other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        ulong hash = 0;
        if (_words is not null)
        {
            foreach (var word in _words)
            {
                hash = (hash * 31) ^ word;
            }
        }

        return hash.GetHashCode();
    }
}
