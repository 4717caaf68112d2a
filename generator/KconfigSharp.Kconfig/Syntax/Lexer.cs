using System;
using System.Runtime.CompilerServices;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Preprocessing;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Hand-written Kconfig tokenizer (LKC <c>lexer.l</c>, Kconfiglib <c>_tokenize</c>). Kconfig is line
/// oriented: every line ends in <see cref="TokenKind.EndOfLine"/>; <c>#</c> starts a comment;
/// a backslash before the newline joins lines. Help text is read raw through <see cref="ReadHelpText"/>.
/// </summary>
internal sealed class Lexer
{
    /// <summary>After this many errors in one file the rest of it is skipped (binary input).</summary>
    private const int MaxErrorsPerFile = 25;

    private readonly MacroExpander? _macros;

    // The file's text: the buffer's array and length, cached (a macro expansion splices the buffer).
    private KconfigFileBuffer _buffer;
    private char[] _text;
    private int _length;
    private string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly WordTable _words;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _errors;
    private TextBuffer? _helpBuffer;
    private int _expandedLine;

    // The first '$' at or after where it was last searched from (int.MaxValue: none in the rest of the
    // text; -1: search again). Most lines, and most files, have none: a line start then costs no scan.
    private int _nextDollar = -1;

    /// <summary>
    /// A lexer over <paramref name="text"/>'s text, which it reads (and splices, for macro expansion) but
    /// does not keep: tokens and help texts are strings of their own.
    /// </summary>
    public Lexer(KconfigFileBuffer text, string file, DiagnosticBag diagnostics, WordTable words, MacroExpander? macros = null, TextBuffer? helpScratch = null)
    {
        _macros = macros;
        _diagnostics = diagnostics;
        _words = words;
        _buffer = text;
        _text = text.Chars;
        _file = file;
        Start(text, file, helpScratch);
    }

    /// <summary>
    /// Starts over on another file's <paramref name="text"/>, as a new lexer of the same parse would (same
    /// diagnostics, words and macros): a parse keeps the lexers of files it has finished for the next ones.
    /// </summary>
    public void Restart(KconfigFileBuffer text, string file, TextBuffer? helpScratch)
    {
        _line = 1;
        _errors = 0;
        _expandedLine = 0;
        _nextDollar = -1;
        UnrunShellLine = 0;
        AssignmentName = null;
        AssignmentNameLine = 0;
        Start(text, file, helpScratch);
    }

    private void Start(KconfigFileBuffer text, string file, TextBuffer? helpScratch)
    {
        _helpBuffer = helpScratch;
        _buffer = text;
        _text = text.Chars;
        _length = text.Length;
        _file = file;
        _position = 0;
        _lineStart = 0;
        if (_length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
            _lineStart = 1;
        }
    }

    public string File => _file;

    /// <summary>
    /// The last line whose expansion was short of text because of a <c>$(shell,...)</c> that was not
    /// run, directly or through a <c>:=</c> variable holding its empty result (0 if none).
    /// </summary>
    public int UnrunShellLine { get; private set; }

    /// <summary>The line the lexer is on (1-based).</summary>
    public int Line => _line;

    [MethodImpl(HotPath.Optimized)]
    public Token Next()
    {
        while (_position < _length)
        {
            if (_position == _lineStart && _expandedLine != _line && _macros is not null)
            {
                ExpandCurrentLine();
                if (_position >= _length)
                {
                    break;
                }
            }

            var c = _text[_position];
            var column = _position - _lineStart + 1;
            switch (c)
            {
                case ' ':
                case '\t':
                case '\f':
                case '\v':
                    _position++;
                    continue;
                case '\\' when IsLineBreakAt(_position + 1):
                    _position++;
                    ConsumeLineBreak();
                    continue;
                case '\r':
                case '\n':
                {
                    var line = _line;
                    ConsumeLineBreak();
                    return new Token(TokenKind.EndOfLine, string.Empty, line, column);
                }

                case '#':
                    _position = LineEnd(_position);
                    continue;
                case '"':
                case '\'':
                    return ReadString(c, column);
                case '!':
                    return Operator(TokenKind.Not, TokenKind.NotEqual, '=', column);
                case '=':
                    _position++;
                    return new Token(TokenKind.Equal, string.Empty, _line, column);
                case '<':
                    return Operator(TokenKind.Less, TokenKind.LessOrEqual, '=', column);
                case '>':
                    return Operator(TokenKind.Greater, TokenKind.GreaterOrEqual, '=', column);
                case '(':
                    _position++;
                    return new Token(TokenKind.OpenParen, string.Empty, _line, column);
                case ')':
                    _position++;
                    return new Token(TokenKind.CloseParen, string.Empty, _line, column);
                case '&' when Peek(1) == '&':
                    _position += 2;
                    return new Token(TokenKind.And, string.Empty, _line, column);
                case '|' when Peek(1) == '|':
                    _position += 2;
                    return new Token(TokenKind.Or, string.Empty, _line, column);
                case ':' when Peek(1) == '=':
                    _position += 2;
                    return new Token(TokenKind.ColonEqual, string.Empty, _line, column);
                case '+' when Peek(1) == '=':
                    _position += 2;
                    return new Token(TokenKind.PlusEqual, string.Empty, _line, column);
                default:
                    if (IsWordChar(c))
                    {
                        return ReadWord(column);
                    }

                    Error(column, $"unexpected character '{Describe(c)}'");
                    _position++;
                    if (_errors >= MaxErrorsPerFile)
                    {
                        return TooManyErrors(column);
                    }

                    continue;
            }
        }

        return new Token(TokenKind.EndOfFile, string.Empty, _line, _position - _lineStart + 1);
    }

    /// <summary>
    /// Reads the rest of the current line raw (without its line break), for QEMU's unquoted
    /// <c>source path</c> and macro assignment values. Leading blanks are skipped, trailing kept.
    /// </summary>
    public string ReadRestOfLine(out int column)
    {
        while (_position < _length && (_text[_position] == ' ' || _text[_position] == '\t'))
        {
            _position++;
        }

        column = _position - _lineStart + 1;
        var start = _position;
        _position = LineEnd(_position);
        return new string(_text, start, _position - start);
    }

    /// <summary>
    /// Reads help text (<see cref="HelpTextReader"/>). The lexer must be at the start of the line after
    /// <c>help</c>. Returns the dedented text; or, when the file's text is a string the provider holds
    /// (<see cref="HelpSource"/>), null, with where the block lies in that string, to be dedented on first read
    /// (<see cref="FileHelpTexts"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public string? ReadHelpText(out int sourceStart, out int sourceEnd)
    {
        var start = _position;
        if (_buffer.Source is not null)
        {
            var end = ReadHelpBlock(dedented: null);

            // Help lines are never macro-expanded: the block lies after the last splice, shifted by it.
            var shift = _buffer.SourceShift;
            sourceStart = start - shift;
            sourceEnd = end - shift;
            return null;
        }

        // One reused buffer (the session's, shared by every file) and one interned string per text:
        // NuttX has 13,600 help texts, 5,400 of them repeats of another.
        var builder = _helpBuffer ??= new TextBuffer(4096);
        ReadHelpBlock(builder);
        sourceStart = sourceEnd = 0;
        return _words.Intern(builder.Slice(HelpTextReader.TrimmedLength(builder)));
    }

    /// <summary>The provider's string of the file's text, which help blocks are kept as ranges of; null when the parser decoded the file itself.</summary>
    public string? HelpSource => _buffer.Source;

    /// <summary>
    /// Moves past help text without keeping it (<see cref="KconfigParseOptions.ReadsHelpText"/> off):
    /// its end is found exactly as <see cref="ReadHelpText"/> finds it, nothing is copied.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public void SkipHelpText() => ReadHelpBlock(dedented: null);

    private int ReadHelpBlock(TextBuffer? dedented)
    {
        var end = HelpTextReader.Read(new ReadOnlySpan<char>(_text, 0, _length), _position, dedented, out var lineBreaks, out var lineStart);
        _position = end;
        if (lineBreaks > 0)
        {
            _line += lineBreaks;
            _lineStart = lineStart;
        }

        return end;
    }

    /// <summary>
    /// Expands <c>$(...)</c> in the line about to be tokenized (LKC expands before tokenizing). Help
    /// text is read raw and never reaches here; comment lines, trailing comments and macro
    /// assignments (whose right-hand side the parser stores by flavor) are left alone. Only lines
    /// containing '$' are examined further, so plain Kconfig pays one IndexOf per line.
    /// </summary>
    private void ExpandCurrentLine()
    {
        _expandedLine = _line;
        if (_nextDollar < _position)
        {
            var found = new ReadOnlySpan<char>(_text, _position, _length - _position).IndexOf('$');
            _nextDollar = found < 0 ? int.MaxValue : _position + found;
        }

        if (_nextDollar == int.MaxValue)
        {
            return;
        }

        var end = LineEnd(_position);
        var dollar = _nextDollar;
        if (dollar >= end)
        {
            return;
        }

        var i = _position;
        while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
        {
            i++;
        }

        if (i < end && _text[i] == '#')
        {
            return;
        }

        if (IsAssignment(i, end))
        {
            return;
        }

        if (ExpandAssignmentName(i, end))
        {
            return;
        }

        var cut = FindComment(i, end);
        if (dollar >= cut)
        {
            return;
        }

        var segment = new string(_text, _position, cut - _position);
        var unrunBefore = _macros!.ShortExpansions;
        var expanded = _macros.ExpandLine(segment, new SourceLocation(_file, _line, dollar - _lineStart + 1));
        if (_macros.ShortExpansions != unrunBefore)
        {
            UnrunShellLine = _line;
        }

        if (string.Equals(expanded, segment, System.StringComparison.Ordinal))
        {
            return;
        }

        // The expansion stays on this line so later line numbers keep matching the file.
        expanded = expanded.Replace('\r', ' ').Replace('\n', ' ');
        Splice(_position, cut, expanded);
    }

    /// <summary>
    /// The name of a macro assignment whose left-hand side was built by expansion, for the line
    /// <see cref="AssignmentNameLine"/> (LKC and Kconfiglib expand the left-hand side only).
    /// </summary>
    public string? AssignmentName { get; private set; }

    /// <summary>The line <see cref="AssignmentName"/> belongs to (0 if none).</summary>
    public int AssignmentNameLine { get; private set; }

    /// <summary>
    /// For <c>foo$(space)bar = value</c>: expands the left-hand side alone (the value stays raw, as
    /// the assignment's flavor requires), keeps the result in <see cref="AssignmentName"/> and leaves
    /// one placeholder word before the operator, so a name with blanks still reads as one.
    /// </summary>
    private bool ExpandAssignmentName(int start, int end)
    {
        // A line that starts with a keyword is never an assignment ('def_bool $(ARCH) = x86').
        var word = start;
        while (word < end && IsWordChar(_text[word]) && _text[word] != '$')
        {
            word++;
        }

        var first = new string(_text, start, word - start);
        var keyword = Keywords.Classify(first);
        if (Keywords.IsEntryStart(keyword) || Keywords.IsAttribute(keyword))
        {
            return false;
        }

        var i = start;
        var hasReference = false;
        while (i < end)
        {
            var c = _text[i];
            if (c == '$' && i + 1 < end && _text[i + 1] == '(')
            {
                var nesting = 0;
                var j = i + 2;
                for (; j < end; j++)
                {
                    if (_text[j] == '(')
                    {
                        nesting++;
                    }
                    else if (_text[j] == ')')
                    {
                        if (nesting == 0)
                        {
                            break;
                        }

                        nesting--;
                    }
                }

                if (j >= end)
                {
                    return false;
                }

                hasReference = true;
                i = j + 1;
            }
            else if (IsWordChar(c) || c == ' ' || c == '\t')
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var isOperator = i < end && (_text[i] == '=' || (i + 1 < end && (_text[i] == ':' || _text[i] == '+') && _text[i + 1] == '='));
        if (!hasReference || !isOperator)
        {
            return false;
        }

        var name = _macros!.Expand(new string(_text, start, i - start), new SourceLocation(_file, _line, start - _lineStart + 1)).Trim(' ', '\t');
        if (name.Length == 0)
        {
            return false;
        }

        AssignmentName = name;
        AssignmentNameLine = _line;
        Splice(start, i, "_ ");
        return true;
    }

    /// <summary>True for <c>NAME =</c>, <c>NAME :=</c> and <c>NAME +=</c> lines.</summary>
    private bool IsAssignment(int start, int end)
    {
        var i = start;
        while (i < end && IsWordChar(_text[i]) && _text[i] != '$')
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
        {
            i++;
        }

        return i < end && (_text[i] == '=' || (i + 1 < end && (_text[i] == ':' || _text[i] == '+') && _text[i + 1] == '='));
    }

    /// <summary>The index of a '#' that starts a comment (outside quotes and references), or <paramref name="end"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private int FindComment(int start, int end)
    {
        var quote = '\0';
        var nesting = 0;
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '"' || c == '\'')
            {
                quote = c;
            }
            else if (c == '(')
            {
                nesting++;
            }
            else if (c == ')' && nesting > 0)
            {
                nesting--;
            }
            else if (c == '#' && nesting == 0)
            {
                return i;
            }
        }

        return end;
    }

    internal static string OperatorText(TokenKind kind) => kind switch
    {
        TokenKind.Not => "!",
        TokenKind.And => "&&",
        TokenKind.Or => "||",
        TokenKind.OpenParen => "(",
        TokenKind.CloseParen => ")",
        TokenKind.Equal => "=",
        TokenKind.NotEqual => "!=",
        TokenKind.Less => "<",
        TokenKind.LessOrEqual => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterOrEqual => ">=",
        TokenKind.ColonEqual => ":=",
        TokenKind.PlusEqual => "+=",
        _ => kind.ToString(),
    };

    // Letters, digits and _ - . / $ (a table of the ASCII range: the chain of comparisons was not inlined).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) => c < 128 && WordChars[c] != 0;

    private static ReadOnlySpan<byte> WordChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // control characters
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, // ' ' to '/': '$', '-', '.', '/'
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // digits
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // '@', A to O
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // P to Z, '_'
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // '`', a to o
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // p to z
    ];

    private Token Operator(TokenKind single, TokenKind withNext, char next, int column)
    {
        if (Peek(1) == next)
        {
            _position += 2;
            return new Token(withNext, string.Empty, _line, column);
        }

        _position++;
        return new Token(single, string.Empty, _line, column);
    }

    [MethodImpl(HotPath.Optimized)]
    private Token ReadWord(int column)
    {
        // The word's hash is folded in as it is scanned (no second pass over it in the word table);
        // the scan runs on locals (fields would be stored back on every character).
        var text = _text;
        var length = _length;
        var start = _position;
        var position = start;
        var hash = WordTable.HashSeed;
        while (position < length && text[position] is var c && IsWordChar(c))
        {
            hash = WordTable.HashStep(hash, c);
            position++;
        }

        _position = position;
        var word = _words.Intern(text, start, position - start, hash, out var keyword);
        return new Token(TokenKind.Word, word, _line, column, keyword);
    }

    [MethodImpl(HotPath.Optimized)]
    private Token ReadString(char quote, int column)
    {
        _position++;
        StringBuilder? builder = null;
        var start = _position;
        var hash = WordTable.HashSeed;
        while (_position < _length)
        {
            // Plain characters, scanned on locals (fields would be stored back on every character).
            var chars = _text;
            var length = _length;
            var position = _position;
            while (position < length && chars[position] is var plain && plain != quote && plain != '\\' && plain != '\r' && plain != '\n')
            {
                hash = WordTable.HashStep(hash, plain);
                position++;
            }

            _position = position;
            if (position >= length)
            {
                break;
            }

            var c = chars[position];
            if (c == quote)
            {
                // Interned: a tree repeats prompts and string defaults (NuttX: 11,000 of 26,000 prompts),
                // hashed as scanned (no second pass over the text).
                var text = builder is null ? _words.Intern(_text, start, _position - start, hash) : builder.Append(_text, start, _position - start).ToString();
                _position++;
                return new Token(TokenKind.String, text, _line, column);
            }

            if (c == '\\' && _position + 1 < _length && !IsLineBreakAt(_position + 1))
            {
                builder ??= new StringBuilder();
                builder.Append(_text, start, _position - start).Append(_text[_position + 1]);
                _position += 2;
                start = _position;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                break;
            }

            hash = WordTable.HashStep(hash, c);
            _position++;
        }

        var partial = builder is null ? new string(_text, start, _position - start) : builder.Append(_text, start, _position - start).ToString();
        _diagnostics.Add(KconfigDiagnostics.UnterminatedString, new SourceLocation(_file, _line, column), $"unterminated string: missing closing {quote}");
        _errors++;
        return new Token(TokenKind.String, partial, _line, column);
    }

    private Token TooManyErrors(int column)
    {
        _diagnostics.Add(KconfigDiagnostics.SyntaxError, new SourceLocation(_file, _line, column), $"too many errors in '{_file}' (is it a Kconfig file?); the rest of the file is skipped");
        _position = _length;
        return new Token(TokenKind.EndOfFile, string.Empty, _line, column);
    }

    private void Error(int column, string message)
    {
        _errors++;
        _diagnostics.Add(KconfigDiagnostics.SyntaxError, new SourceLocation(_file, _line, column), message);
    }

    private static string Describe(char c) => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString();

    private char Peek(int offset) => _position + offset < _length ? _text[_position + offset] : '\0';

    /// <summary>The index of the first line break at or after <paramref name="start"/>, or the text's length (a vectorized search).</summary>
    [MethodImpl(HotPath.Optimized)]
    private int LineEnd(int start)
    {
        var end = new ReadOnlySpan<char>(_text, start, _length - start).IndexOfAny('\n', '\r');
        return end < 0 ? _length : start + end;
    }

    /// <summary>Replaces <c>[start, end)</c> of the text (a line's macro expansion), positions before <paramref name="start"/> unchanged.</summary>
    private void Splice(int start, int end, string replacement)
    {
        _buffer.Splice(start, end, replacement);
        _text = _buffer.Chars;
        _length = _buffer.Length;
        _nextDollar = -1;
    }

    private bool IsLineBreakAt(int index) => index < _length && (_text[index] == '\n' || _text[index] == '\r');

    private void ConsumeLineBreak()
    {
        if (_text[_position] == '\r' && Peek(1) == '\n')
        {
            _position++;
        }

        _position++;
        _line++;
        _lineStart = _position;
    }
}
