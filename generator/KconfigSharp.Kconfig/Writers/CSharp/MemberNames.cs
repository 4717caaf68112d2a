using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// Maps Kconfig names to C# member names. <c>pascal</c>: <c>MULTIPROCESS_ALLOWED</c> → <c>MultiprocessAllowed</c>;
/// a part that starts with a digit keeps its underscore (<c>X86_64</c> → <c>X86_64</c>).
/// </summary>
public static class MemberNames
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    /// <summary>Whether <paramref name="name"/> is a C# keyword (so needs <c>@</c> as an identifier).</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary><c>MULTIPROCESS_ALLOWED</c> → <c>MultiprocessAllowed</c>; parts starting with a digit keep their underscore.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string ToPascalCase(string name)
    {
        if (Text.AsciiText.IsAscii(System.MemoryExtensions.AsSpan(name)))
        {
            // Kconfig names are ASCII: the same result as below, one character at a time, into a buffer on the
            // stack for all but very long names (22,000 names on NuttX, no builder each).
            var most = (2 * name.Length) + 1;
            var buffer = most <= 512 ? stackalloc char[most] : new char[most];
            return buffer.Slice(0, WritePascalCaseAscii(name, buffer)).ToString();
        }

        var builder = new StringBuilder(name.Length);
        var parts = name.Split('_');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                builder.Append('_');
                continue;
            }

            if (char.IsDigit(part[0]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            builder.Append(part.Substring(1).ToLowerInvariant());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes <see cref="ToPascalCase"/> of an ASCII <paramref name="name"/> into <paramref name="buffer"/> (twice the
    /// name and one more) and returns its length: the generated members' names are written from it, not kept as strings.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static int WritePascalCaseAscii(string name, System.Span<char> buffer)
    {
        var length = 0;
        var partStart = true;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                if (partStart)
                {
                    buffer[length++] = '_';
                }

                partStart = true;
                continue;
            }

            if (partStart)
            {
                if (c is >= '0' and <= '9' && i > 0)
                {
                    buffer[length++] = '_';
                }

                buffer[length++] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
                partStart = false;
            }
            else
            {
                buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        }

        if (partStart)
        {
            // The last part is empty (a trailing '_', or no name at all), which the split writes as '_'.
            buffer[length++] = '_';
        }

        return length;
    }

    /// <summary>
    /// A member's name as the compiler sees it: without the <c>@</c> a keyword's member is written with. (Not
    /// <c>TrimStart('@')</c>: netstandard2.0 has only the <c>params char[]</c> form, an array per call, 0.7 MB on NuttX.)
    /// </summary>
    internal static string WithoutVerbatimPrefix(string member) => member.Length > 0 && member[0] == '@' ? member.Substring(1) : member;

    /// <summary>
    /// Longest member name emitted, in characters. C# metadata names stop at 1,023 UTF-8 bytes (a
    /// longer one is CS7013 in the generated file); 256 characters fit any name at 4 bytes a character.
    /// </summary>
    public const int MaxIdentifierLength = 256;

    /// <summary>
    /// <paramref name="identifier"/>, or when longer than <see cref="MaxIdentifierLength"/> its start
    /// followed by <c>_</c> and a hash of the whole (FNV-1a, 16 hex digits), so two long names that
    /// share a start still get different members, the same ones in every build.
    /// </summary>
    public static string Shorten(string identifier)
    {
        if (identifier.Length <= MaxIdentifierLength)
        {
            return identifier;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in identifier)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return identifier.Substring(0, MaxIdentifierLength - 17) + "_" + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The member name a symbol gets unless it collides: <paramref name="name"/> in PascalCase or
    /// verbatim, made an identifier and shortened. The writer and the readers of its metadata table agree on it.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static string Preferred(string name, bool pascalCase) => Shorten(ToIdentifier(pascalCase ? ToPascalCase(name) : name));

    /// <summary>Makes any Kconfig name a valid C# identifier (digits first get a leading underscore).</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string ToIdentifier(string name)
    {
        if (name.Length > 0 && !char.IsDigit(name[0]) && IsIdentifierText(name))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsIdentifierText(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
