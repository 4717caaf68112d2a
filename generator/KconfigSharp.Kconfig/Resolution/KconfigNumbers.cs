using System.Globalization;
using System.Numerics;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Number parsing as Kconfiglib does it (Python <c>int(s, base)</c>): base 10 for int, 16 for hex
/// (an optional <c>0x</c>), and base 0 (prefix decides, no leading zeros) for untyped operands.
/// Arbitrary precision, because Kconfig values are not bounded by a machine word.
/// </summary>
internal static class KconfigNumbers
{
    /// <summary>The base Kconfiglib uses for a symbol type (<c>_TYPE_TO_BASE</c>).</summary>
    public static int BaseOf(KconfigType type) => type switch
    {
        KconfigType.Int => 10,
        KconfigType.Hex => 16,
        _ => 0,
    };

    public static bool TryParse(string text, int numberBase, out BigInteger value)
    {
        value = BigInteger.Zero;
        var s = text.Trim();
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }

        if (numberBase == 0)
        {
            if (HasPrefix(s, 'x'))
            {
                numberBase = 16;
            }
            else if (HasPrefix(s, 'o'))
            {
                numberBase = 8;
                s = s.Substring(2);
            }
            else if (HasPrefix(s, 'b'))
            {
                numberBase = 2;
                s = s.Substring(2);
            }
            else
            {
                numberBase = 10;

                // Python base 0 rejects decimal literals with leading zeros ("010"), but accepts "00".
                if (s.Length > 1 && s[0] == '0' && s.Replace("0", string.Empty).Replace("_", string.Empty).Length > 0)
                {
                    return false;
                }
            }
        }

        if (numberBase == 16 && HasPrefix(s, 'x'))
        {
            s = s.Substring(2);
        }

        if (s.Length == 0 || s[0] == '_' || s[s.Length - 1] == '_')
        {
            return false;
        }

        var result = BigInteger.Zero;
        var previousUnderscore = false;
        foreach (var c in s)
        {
            if (c == '_')
            {
                if (previousUnderscore)
                {
                    return false;
                }

                previousUnderscore = true;
                continue;
            }

            previousUnderscore = false;
            var digit = DigitValue(c);
            if (digit < 0 || digit >= numberBase)
            {
                return false;
            }

            result = (result * numberBase) + digit;
        }

        value = negative ? -result : result;
        return true;
    }

    /// <summary>Python <c>str(n)</c> / <c>hex(n)</c>: decimal, or lower-case hex with <c>0x</c>.</summary>
    public static string Format(BigInteger value, bool hex)
    {
        if (!hex)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = BigInteger.Abs(value);
        var digits = magnitude.IsZero ? "0" : magnitude.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
        return (value.Sign < 0 ? "-0x" : "0x") + (digits.Length == 0 ? "0" : digits);
    }

    private static bool HasPrefix(string s, char letter) =>
        s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) == letter;

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        var lower = char.ToLowerInvariant(c);
        return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : -1;
    }
}
