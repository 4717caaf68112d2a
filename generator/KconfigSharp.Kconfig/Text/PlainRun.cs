using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KconfigSharp.Kconfig.Text;

/// <summary>
/// Finds where a run of characters that no escape can touch ends, a vector of characters at a time: the
/// emitter's escapes (C# literal, table fields, XML docs) scanned NuttX's 5.9 M characters of output one
/// character and one look-up at a time, about a fifth of the emission. A character is plain when it is
/// printable ASCII (<c>0x20</c>–<c>0x7E</c>) and none of four given ones; the caller's own per-character check
/// decides every other character (most non-ASCII characters need no escape, but they end a run here).
/// </summary>
internal static class PlainRun
{
    /// <summary>
    /// The first index at or after <paramref name="start"/> (below <paramref name="end"/>) of a character that is
    /// not plain, or <paramref name="end"/> when every one is.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static int End(string text, int start, int end, char a, char b, char c, char d)
    {
        var i = start;
        var width = Vector<ushort>.Count;
        if (Vector.IsHardwareAccelerated && end - i >= width)
        {
            var vectors = MemoryMarshal.Cast<char, Vector<ushort>>(text.AsSpan(i, end - i));
            var space = new Vector<ushort>(0x20);
            var tilde = new Vector<ushort>(0x7E);
            var va = new Vector<ushort>(a);
            var vb = new Vector<ushort>(b);
            var vc = new Vector<ushort>(c);
            var vd = new Vector<ushort>(d);
            var k = 0;
            for (; k < vectors.Length; k++)
            {
                if (HasSpecial(vectors[k], space, tilde, va, vb, vc, vd))
                {
                    break;
                }

                i += width;
            }

            // All whole vectors plain: the last vector's worth of characters, read again from the end, covers the rest.
            if (k == vectors.Length && i < end
                && !HasSpecial(MemoryMarshal.Cast<char, Vector<ushort>>(text.AsSpan(end - width, width))[0], space, tilde, va, vb, vc, vd))
            {
                return end;
            }
        }

        // The rest, and the vector that held a special character: one at a time up to it.
        while (i < end && IsPlain(text[i], a, b, c, d))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasSpecial(Vector<ushort> v, Vector<ushort> space, Vector<ushort> tilde, Vector<ushort> a, Vector<ushort> b, Vector<ushort> c, Vector<ushort> d) =>
        !(Vector.LessThan(v, space) | Vector.GreaterThan(v, tilde) | Vector.Equals(v, a) | Vector.Equals(v, b) | Vector.Equals(v, c) | Vector.Equals(v, d))
            .Equals(Vector<ushort>.Zero);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlain(char x, char a, char b, char c, char d) => x is >= ' ' and <= '~' && x != a && x != b && x != c && x != d;
}
