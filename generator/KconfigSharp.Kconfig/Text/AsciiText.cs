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
        ulong any = 0;
        foreach (var word in MemoryMarshal.Cast<char, ulong>(text))
        {
            any |= word;
        }

        for (var i = text.Length & ~3; i < text.Length; i++)
        {
            any |= text[i];
        }

        return (any & NonAsciiBits) == 0;
    }
}
