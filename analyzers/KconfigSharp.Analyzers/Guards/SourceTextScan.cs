using System.Runtime.CompilerServices;
using System;
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
    public static bool MayContainAny(SourceText text, TextSpan span, string[] words)
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
        for (var start = span.Start; start < span.End;)
        {
            var count = Math.Min(ChunkLength, span.End - start);
            text.CopyTo(start, buffer, kept, count);
            var filled = kept + count;
            if (ContainsAny(buffer, filled, words, starts))
            {
                return true;
            }

            start += count;
            kept = Math.Min(overlap, filled);
            Array.Copy(buffer, filled - kept, buffer, 0, kept);
        }

        return false;
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

    [MethodImpl(HotPath.Optimized)]
    private static bool ContainsAny(char[] buffer, int length, string[] words, FirstCharacters starts)
    {
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (!starts.MayContain(c))
            {
                continue;
            }

            if (c == '\\' && i + 1 < length && (buffer[i + 1] == 'u' || buffer[i + 1] == 'U'))
            {
                return true;
            }

            // An array, not an interface: a foreach over an interface allocates an enumerator per character.
            foreach (var word in words)
            {
                if (word.Length > 0 && word[0] == c && i + word.Length <= length && Matches(buffer, i, word))
                {
                    return true;
                }
            }
        }

        return false;
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
