namespace KconfigSharp.Kconfig.Syntax;

/// <summary>Kinds of Kconfig tokens. Keywords are <see cref="Word"/>s; the parser decides by position.</summary>
internal enum TokenKind
{
    EndOfFile,
    EndOfLine,
    Word,
    String,
    Not,
    And,
    Or,
    OpenParen,
    CloseParen,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    ColonEqual,
    PlusEqual,
}
