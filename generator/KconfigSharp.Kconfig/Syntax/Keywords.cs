using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>The words the parser treats specially at the start of a line.</summary>
internal static class Keywords
{
    /// <summary>Type keywords and the type they declare.</summary>
    public static readonly Dictionary<string, KconfigType> Types = new()
    {
        ["bool"] = KconfigType.Bool,
        ["boolean"] = KconfigType.Bool,
        ["tristate"] = KconfigType.Tristate,
        ["string"] = KconfigType.String,
        ["int"] = KconfigType.Int,
        ["hex"] = KconfigType.Hex,
    };

    /// <summary><c>def_*</c> keywords: a type plus a default.</summary>
    public static readonly Dictionary<string, KconfigType> DefaultingTypes = new()
    {
        ["def_bool"] = KconfigType.Bool,
        ["def_tristate"] = KconfigType.Tristate,
        ["def_int"] = KconfigType.Int,
        ["def_hex"] = KconfigType.Hex,
        ["def_string"] = KconfigType.String,
    };

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
