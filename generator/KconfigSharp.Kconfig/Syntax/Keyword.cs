namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// The keyword a word spells, found once per distinct word when the word table interns it and carried by its
/// <see cref="Token"/>: the parser switches on this integer instead of comparing the word's text on every line
/// (<see cref="Keywords.Classify"/>). The attributes (<see cref="Bool"/> to <see cref="Transitional"/>) are one
/// range; the values fit the word table's six bits.
/// </summary>
internal enum Keyword : byte
{
    None,
    Config,
    MenuConfig,
    Choice,
    EndChoice,
    Comment,
    Menu,
    EndMenu,
    If,
    EndIf,
    MainMenu,
    Source,
    RSource,
    OSource,
    ORSource,
    GSource,
    GRSource,
    Include,
    On,

    // Entry attributes from here to Transitional (Keywords.IsAttribute).
    Bool,
    Boolean,
    Tristate,
    String,
    Int,
    Hex,
    DefBool,
    DefTristate,
    DefInt,
    DefHex,
    DefString,
    Prompt,
    Default,
    Depends,
    Select,
    Imply,
    Range,

    /// <summary><c>help</c> itself.</summary>
    Help,

    /// <summary>Any other spelling of help (<c>---help---</c>, <c>-help---</c>, ...; see <see cref="Keywords.IsHelp"/>).</summary>
    HelpVariant,
    Option,
    Modules,
    Optional,
    Visible,
    Transitional,
}
