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

    /// <summary>Words that start an entry or block.</summary>
    public static readonly HashSet<string> EntryStarts =
    [
        "config", "menuconfig", "choice", "endchoice", "comment", "menu", "endmenu", "if", "endif",
        "mainmenu", "source", "rsource", "osource", "orsource", "gsource", "grsource", "include",
    ];
}
