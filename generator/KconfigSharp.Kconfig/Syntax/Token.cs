namespace KconfigSharp.Kconfig.Syntax;

/// <summary>A token with its text (words and strings only) and 1-based position.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, string text, int line, int column)
    {
        Kind = kind;
        Text = text;
        Line = line;
        Column = column;
    }

    public TokenKind Kind { get; }

    /// <summary>The word, or the string's unescaped contents; empty for other kinds.</summary>
    public string Text { get; }

    public int Line { get; }

    public int Column { get; }

    public bool IsWord(string text) => Kind == TokenKind.Word && Text == text;

    public override string ToString() => Kind switch
    {
        TokenKind.Word => $"'{Text}'",
        TokenKind.String => $"\"{Text}\"",
        TokenKind.EndOfLine => "end of line",
        TokenKind.EndOfFile => "end of file",
        _ => $"'{Lexer.OperatorText(Kind)}'",
    };
}
