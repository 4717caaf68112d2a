using System;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A <see cref="ResolvedSymbol"/>'s type, three flags and three short texts packed into one number:
/// the type in the low byte, then the flags, then a code per text. The texts have a handful of values
/// (n/m/y; the assignable sets), each code standing for one interned spelling; a value outside them
/// gets the field's escape code and is kept in <see cref="RareFacts"/>.
/// </summary>
internal static class PackedFacts
{
    /// <summary>The low byte: the type, or <see cref="TypeEscape"/> when it is kept in <see cref="RareFacts"/>.</summary>
    public const int TypeMask = 0xFF;

    /// <summary>The type code of a type outside 0–254.</summary>
    public const int TypeEscape = 0xFF;

    /// <summary>The tree defines the symbol.</summary>
    public const int Defined = 1 << 8;

    /// <summary>The symbol has a visible prompt.</summary>
    public const int Visible = 1 << 9;

    /// <summary>The symbol gets a <c>.config</c> line.</summary>
    public const int Written = 1 << 10;

    private static readonly string[] Tristates = ["n", "m", "y"];

    // Every value KconfigResolver.Assignable gives (the empty set among them), and n.
    private static readonly string[] AssignableSets = [string.Empty, "n", "m", "y", "nm", "ny", "my", "nmy"];

    /// <summary>The prompt's visibility.</summary>
    public static TextField Visibility { get; } = new(11, 0x3, Tristates);

    /// <summary>The direct dependency's value.</summary>
    public static TextField DirectDependencyValue { get; } = new(13, 0x3, Tristates);

    /// <summary>The assignable values.</summary>
    public static TextField Assignable { get; } = new(15, 0xF, AssignableSets);

    /// <summary>Whether <paramref name="type"/> fits the low byte.</summary>
    public static bool Fits(KconfigType type) => (uint)type < TypeEscape;

    /// <summary>The packed flag <paramref name="flag"/> set to <paramref name="on"/>.</summary>
    public static int With(int facts, int flag, bool on) => on ? facts | flag : facts & ~flag;

    /// <summary>One text's place in the number and the spellings its codes stand for.</summary>
    internal sealed class TextField
    {
        private readonly int _shift;
        private readonly int _mask;
        private readonly string[] _texts;

        public TextField(int shift, int mask, string[] texts)
        {
            _shift = shift;
            _mask = mask;
            _texts = texts;
        }

        /// <summary>The text <paramref name="facts"/> holds, or null when it is kept in <see cref="RareFacts"/>.</summary>
        public string? Read(int facts)
        {
            var code = (facts >> _shift) & _mask;
            return code < _texts.Length ? _texts[code] : null;
        }

        /// <summary><paramref name="facts"/> holding <paramref name="text"/>; <paramref name="escaped"/> when it has no code.</summary>
        public int Write(int facts, string text, out bool escaped)
        {
            var code = Array.IndexOf(_texts, text);
            escaped = code < 0;
            if (escaped)
            {
                code = _mask;
            }

            return (facts & ~(_mask << _shift)) | (code << _shift);
        }
    }
}
