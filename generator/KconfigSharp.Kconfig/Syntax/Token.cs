namespace KconfigSharp.Kconfig.Syntax;

/// <summary>A token with its text (words and strings only) and 1-based position.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, string text, int line, int column, Keyword keyword = Keyword.None)
    {
        Kind = kind;
        Text = text;
        Line = line;
        Column = column;
        Keyword = keyword;
    }

    public TokenKind Kind { get; }

    /// <summary>The word, or the string's unescaped contents; empty for other kinds.</summary>
    public string Text { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The keyword a <see cref="TokenKind.Word"/> spells (from the word table); <see cref="Syntax.Keyword.None"/> for any other kind.</summary>
    public Keyword Keyword { get; }

    /// <summary>Whether this is the word that spells <paramref name="keyword"/>.</summary>
    public bool Is(Keyword keyword) => Kind == TokenKind.Word && Keyword == keyword;

    public override string ToString() => Kind switch
    {
        TokenKind.Word => $"'{Text}'",
        TokenKind.String => $"\"{Text}\"",
        TokenKind.EndOfLine => "end of line",
        TokenKind.EndOfFile => "end of file",
        _ => $"'{Lexer.OperatorText(Kind)}'",
    };
}
