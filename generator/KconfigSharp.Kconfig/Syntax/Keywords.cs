using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>The words the parser treats specially at the start of a line.</summary>
internal static class Keywords
{
    /// <summary>
    /// The type a type keyword declares (<c>bool</c>, <c>boolean</c>, <c>tristate</c>, <c>string</c>,
    /// <c>int</c>, <c>hex</c>) or a <c>def_*</c> keyword declares with its default
    /// (<paramref name="withDefault"/>); <see cref="KconfigType.Unknown"/> for any other word. Compared
    /// by first character and text: every property line asks (two dictionary look-ups per line before).
    /// </summary>
    public static KconfigType TypeOf(string word, out bool withDefault)
    {
        var name = word.AsSpan();
        withDefault = name.Length > 4 && name[0] == 'd' && name.StartsWith("def_".AsSpan());
        if (withDefault)
        {
            name = name.Slice(4);
        }

        var type = name.Length == 0 ? KconfigType.Unknown : name[0] switch
        {
            'b' when name.SequenceEqual("bool".AsSpan()) || (!withDefault && name.SequenceEqual("boolean".AsSpan())) => KconfigType.Bool,
            't' when name.SequenceEqual("tristate".AsSpan()) => KconfigType.Tristate,
            's' when name.SequenceEqual("string".AsSpan()) => KconfigType.String,
            'i' when name.SequenceEqual("int".AsSpan()) => KconfigType.Int,
            'h' when name.SequenceEqual("hex".AsSpan()) => KconfigType.Hex,
            _ => KconfigType.Unknown,
        };
        if (type == KconfigType.Unknown)
        {
            withDefault = false;
        }

        return type;
    }

    /// <summary>Attributes that belong to an entry; seen at top level they are KCONF103.</summary>
    public static readonly HashSet<string> Attributes =
    [
        "bool", "boolean", "tristate", "string", "int", "hex",
        "def_bool", "def_tristate", "def_int", "def_hex", "def_string",
        "prompt", "default", "depends", "select", "imply", "range", "help", "---help---",
        "option", "modules", "optional", "visible", "transitional",
    ];

    /// <summary>
    /// <c>help</c>, <c>---help---</c> and the dashed variants old LKC accepted by accident
    /// (<c>-help---</c>, <c>--help--</c>), which Kconfiglib keeps for compatibility.
    /// </summary>
    public static bool IsHelp(string word)
    {
        if (word.Length < 4 || word.IndexOf("help", System.StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var start = 0;
        while (start < word.Length && word[start] == '-')
        {
            start++;
        }

        var end = word.Length;
        while (end > start && word[end - 1] == '-')
        {
            end--;
        }

        return end - start == 4 && string.CompareOrdinal(word, start, "help", 0, 4) == 0;
    }

    /// <summary>True for any entry attribute, including the help spellings.</summary>
    public static bool IsAttribute(string word) => Attributes.Contains(word) || IsHelp(word);

    /// <summary>Words that start an entry or block.</summary>
    public static readonly HashSet<string> EntryStarts =
    [
        "config", "menuconfig", "choice", "endchoice", "comment", "menu", "endmenu", "if", "endif",
        "mainmenu", "source", "rsource", "osource", "orsource", "gsource", "grsource", "include",
    ];
}
