using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KconfigSharp.Kconfig.Text;

/// <summary>Whether a text is all ASCII, four characters at a time (names, and the emitter's 16 K-character chunks).</summary>
internal static class AsciiText
{
    /// <summary>Set in a 64-bit word of four characters when any of them is above <c>0x7F</c>.</summary>
    private const ulong NonAsciiBits = 0xFF80_FF80_FF80_FF80UL;

    [MethodImpl(HotPath.Optimized)]
    public static bool IsAscii(ReadOnlySpan<char> text)
    {
        var done = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && text.Length >= System.Numerics.Vector<ushort>.Count)
        {
            // A vector of characters at a time (a chunk is 16 K characters); the words below take the rest.
            var vectors = MemoryMarshal.Cast<char, System.Numerics.Vector<ushort>>(text);
            var anyVector = System.Numerics.Vector<ushort>.Zero;
            foreach (var vector in vectors)
            {
                anyVector |= vector;
            }

            if (System.Numerics.Vector.GreaterThanAny(anyVector, new System.Numerics.Vector<ushort>(0x7F)))
            {
                return false;
            }

            done = vectors.Length * System.Numerics.Vector<ushort>.Count;
        }

        ulong any = 0;
        foreach (var word in MemoryMarshal.Cast<char, ulong>(text.Slice(done)))
        {
            any |= word;
        }

        for (var i = done + ((text.Length - done) & ~3); i < text.Length; i++)
        {
            any |= text[i];
        }

        return (any & NonAsciiBits) == 0;
    }
}
