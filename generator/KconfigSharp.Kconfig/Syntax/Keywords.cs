using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>The words the parser treats specially at the start of a line.</summary>
internal static class Keywords
{
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

    /// <summary>
    /// The keyword <paramref name="word"/> spells, or <see cref="Keyword.None"/>. Asked once per distinct word (the word
    /// table keeps the answer beside the word), so it may be plain; every help spelling <see cref="IsHelp"/> accepts is
    /// <see cref="Keyword.Help"/> or <see cref="Keyword.HelpVariant"/>.
    /// </summary>
    public static Keyword Classify(string word)
    {
        if (word.Length == 0 || word.Length > 12 && word[0] is not ('-' or 'h'))
        {
            return Keyword.None;
        }

        if (word[0] is '-' or 'h' && IsHelp(word))
        {
            return word == "help" ? Keyword.Help : Keyword.HelpVariant;
        }

        return word switch
        {
            "config" => Keyword.Config,
            "menuconfig" => Keyword.MenuConfig,
            "choice" => Keyword.Choice,
            "endchoice" => Keyword.EndChoice,
            "comment" => Keyword.Comment,
            "menu" => Keyword.Menu,
            "endmenu" => Keyword.EndMenu,
            "if" => Keyword.If,
            "endif" => Keyword.EndIf,
            "mainmenu" => Keyword.MainMenu,
            "source" => Keyword.Source,
            "rsource" => Keyword.RSource,
            "osource" => Keyword.OSource,
            "orsource" => Keyword.ORSource,
            "gsource" => Keyword.GSource,
            "grsource" => Keyword.GRSource,
            "include" => Keyword.Include,
            "on" => Keyword.On,
            "bool" => Keyword.Bool,
            "boolean" => Keyword.Boolean,
            "tristate" => Keyword.Tristate,
            "string" => Keyword.String,
            "int" => Keyword.Int,
            "hex" => Keyword.Hex,
            "def_bool" => Keyword.DefBool,
            "def_tristate" => Keyword.DefTristate,
            "def_int" => Keyword.DefInt,
            "def_hex" => Keyword.DefHex,
            "def_string" => Keyword.DefString,
            "prompt" => Keyword.Prompt,
            "default" => Keyword.Default,
            "depends" => Keyword.Depends,
            "select" => Keyword.Select,
            "imply" => Keyword.Imply,
            "range" => Keyword.Range,
            "option" => Keyword.Option,
            "modules" => Keyword.Modules,
            "optional" => Keyword.Optional,
            "visible" => Keyword.Visible,
            "transitional" => Keyword.Transitional,
            _ => Keyword.None,
        };
    }

    /// <summary>True for any entry attribute, the help spellings included; seen at top level they are KCONF103.</summary>
    public static bool IsAttribute(Keyword keyword) => keyword is >= Keyword.Bool and <= Keyword.Transitional;

    /// <summary>
    /// The type a type keyword declares (<c>bool</c>, <c>boolean</c>, <c>tristate</c>, <c>string</c>, <c>int</c>,
    /// <c>hex</c>) or a <c>def_*</c> keyword declares with its default (<paramref name="withDefault"/>);
    /// <see cref="KconfigType.Unknown"/> for any other keyword.
    /// </summary>
    public static KconfigType TypeOf(Keyword keyword, out bool withDefault)
    {
        withDefault = keyword is >= Keyword.DefBool and <= Keyword.DefString;
        return keyword switch
        {
            Keyword.Bool or Keyword.Boolean or Keyword.DefBool => KconfigType.Bool,
            Keyword.Tristate or Keyword.DefTristate => KconfigType.Tristate,
            Keyword.String or Keyword.DefString => KconfigType.String,
            Keyword.Int or Keyword.DefInt => KconfigType.Int,
            Keyword.Hex or Keyword.DefHex => KconfigType.Hex,
            _ => KconfigType.Unknown,
        };
    }

    /// <summary>True for a word that starts an entry or block (<c>config</c> to <c>include</c>).</summary>
    public static bool IsEntryStart(Keyword keyword) => keyword is >= Keyword.Config and <= Keyword.Include;
}
