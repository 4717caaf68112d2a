using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// A cheap look at a file's text before any syntax walk or binding: does it contain one of a few words?
/// Per-file analyses use it to skip the files that cannot spell what they look for.
/// </summary>
internal static class SourceTextScan
{
    private const int ChunkLength = 1024;

    /// <summary>
    /// Whether <paramref name="text"/> contains one of <paramref name="words"/> as a substring, or a
    /// <c>\u</c>/<c>\U</c> escape (an identifier may spell a letter that way, so the text alone cannot tell).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool MayContainAny(SourceText text, string[] words) => MayContainAny(text, new TextSpan(0, text.Length), words);

    /// <summary>The same question about the part of <paramref name="text"/> in <paramref name="span"/> (no sub-text is built).</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool MayContainAny(SourceText text, TextSpan span, string[] words) => Scan(text, span, words, positions: null);

    /// <summary>
    /// Adds to <paramref name="positions"/>, in ascending order, where in <paramref name="span"/> one of
    /// <paramref name="words"/> starts, and every <c>\u</c>/<c>\U</c> escape (a word may be spelled through it):
    /// a node of the text contains none of the words exactly when none of these positions falls in its span.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static void AddPositions(SourceText text, TextSpan span, string[] words, List<int> positions)
    {
        var first = positions.Count;
        Scan(text, span, words, positions);

        // Chunks overlap, so a word in an overlap is found twice and a word across a boundary after a later
        // word of the chunk before: sorted, duplicates harmless.
        if (positions.Count - first > 1)
        {
            positions.Sort(first, positions.Count - first, comparer: null);
        }
    }

    /// <summary>Without <paramref name="positions"/>, whether there is a hit (stopping at the first); with it, every hit added.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool Scan(SourceText text, TextSpan span, string[] words, List<int>? positions)
    {
        // The words' first characters as a bit mask (ASCII; any other first character turns the mask off), so
        // most characters are passed over with one test instead of a comparison per word.
        var longest = 2;
        var starts = default(FirstCharacters);
        starts.Add('\\');
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
            if (word.Length > 0)
            {
                starts.Add(word[0]);
            }
        }

        // Chunks overlap by the longest word less one, so a word across a boundary is still found.
        var overlap = longest - 1;
        var buffer = Buffer(ChunkLength + overlap);
        var kept = 0;
        var found = false;
        for (var start = span.Start; start < span.End;)
        {
            var count = Math.Min(ChunkLength, span.End - start);
            text.CopyTo(start, buffer, kept, count);
            var filled = kept + count;
            for (var at = 0; (at = NextHit(buffer, at, filled, words, starts)) >= 0; at++)
            {
                if (positions is null)
                {
                    return true;
                }

                found = true;
                positions.Add(start - kept + at);
            }

            start += count;
            kept = Math.Min(overlap, filled);
            Array.Copy(buffer, filled - kept, buffer, 0, kept);
        }

        return found;
    }

    /// <summary>
    /// This thread's scratch buffer (a scan runs to its end on one thread and calls nothing that scans):
    /// a buffer per call was an allocation per executable part in the guard analyzer.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static char[] Buffer(int length)
    {
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < length)
        {
            t_buffer = buffer = new char[Math.Max(length, 2 * ChunkLength)];
        }

        return buffer;
    }

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>A set of characters: the ASCII ones as two words of bits, any other one as "maybe".</summary>
    private struct FirstCharacters
    {
        public ulong Low;
        public ulong High;
        public bool AnyOther;

        public void Add(char c)
        {
            if (c < 64)
            {
                Low |= 1UL << c;
            }
            else if (c < 128)
            {
                High |= 1UL << (c - 64);
            }
            else
            {
                AnyOther = true;
            }
        }

        public readonly bool MayContain(char c) => c < 64 ? (Low & (1UL << c)) != 0 : c < 128 ? (High & (1UL << (c - 64))) != 0 : AnyOther;
    }

    /// <summary>The first index from <paramref name="from"/> where a word (or an escape) starts, or −1.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int NextHit(char[] buffer, int from, int length, string[] words, FirstCharacters starts)
    {
        for (var i = from; i < length; i++)
        {
            var c = buffer[i];
            if (!starts.MayContain(c))
            {
                continue;
            }

            if (c == '\\' && i + 1 < length && (buffer[i + 1] == 'u' || buffer[i + 1] == 'U'))
            {
                return i;
            }

            // An array, not an interface: a foreach over an interface allocates an enumerator per character.
            foreach (var word in words)
            {
                if (word.Length > 0 && word[0] == c && i + word.Length <= length && Matches(buffer, i, word))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool Matches(char[] buffer, int at, string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (buffer[at + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }
}
