using System;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// Parses the small Kconfig expression language of the attribute strings: symbols, <c>y</c>/<c>n</c>/<c>m</c>,
/// <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>=</c>, <c>!=</c> and parentheses, with Kconfig precedence
/// (<c>!</c> over <c>=</c> over <c>&amp;&amp;</c> over <c>||</c>). Written here rather than taken from the
/// Kconfig core because the analyzers must not depend on it (SPEC §2).
/// </summary>
internal sealed class KconfigExpressionParser
{
    private readonly string _text;
    private int _pos;

    private KconfigExpressionParser(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; returns null and an error message when it does not parse.</summary>
    public static KconfigExpression? TryParse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the expression is empty";
            return null;
        }

        var parser = new KconfigExpressionParser(text!);
        try
        {
            var result = parser.ParseOr();
            parser.SkipSpace();
            if (parser._pos != parser._text.Length)
            {
                error = $"unexpected '{parser._text[parser._pos]}' at position {parser._pos + 1}";
                return null;
            }

            return result;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private KconfigExpression ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            left = KconfigExpression.Or(left, ParseAnd());
        }

        return left;
    }

    private KconfigExpression ParseAnd()
    {
        var left = ParseComparison();
        while (Accept("&&"))
        {
            left = KconfigExpression.And(left, ParseComparison());
        }

        return left;
    }

    private KconfigExpression ParseComparison()
    {
        var left = ParseUnary();
        bool equal;
        if (Accept("!="))
        {
            equal = false;
        }
        else if (Accept("="))
        {
            equal = true;
        }
        else
        {
            return left;
        }

        var right = ParseUnary();
        return Compare(left, right, equal);
    }

    private static KconfigExpression Compare(KconfigExpression left, KconfigExpression right, bool equal)
    {
        // SYM = y|m|n and y|m|n = SYM reduce to on/off facts; SYM = SYM2 is "both on or both off".
        if (right.Kind == KconfigExpressionKind.Constant)
        {
            var on = right.Value == equal ? left : KconfigExpression.Not(left);
            return on;
        }

        if (left.Kind == KconfigExpressionKind.Constant)
        {
            return Compare(right, left, equal);
        }

        var same = KconfigExpression.Or(KconfigExpression.And(left, right), KconfigExpression.And(KconfigExpression.Not(left), KconfigExpression.Not(right)));
        return equal ? same : KconfigExpression.Not(same);
    }

    private KconfigExpression ParseUnary()
    {
        SkipSpace();
        if (Peek("!=") is false && Accept("!"))
        {
            return KconfigExpression.Not(ParseUnary());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            if (!Accept(")"))
            {
                throw new FormatException("missing ')'");
            }

            return inner;
        }

        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '"')
        {
            var end = _text.IndexOf('"', _pos + 1);
            if (end < 0)
            {
                throw new FormatException("unterminated string");
            }

            var word = _text.Substring(_pos + 1, end - _pos - 1);
            _pos = end + 1;
            return Word(word);
        }

        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (start == _pos)
        {
            throw new FormatException(_pos < _text.Length ? $"unexpected '{_text[_pos]}' at position {_pos + 1}" : "unexpected end of expression");
        }

        return Word(_text.Substring(start, _pos - start));
    }

    private static KconfigExpression Word(string word) => word switch
    {
        "y" or "m" => KconfigExpression.Const(true),
        "n" => KconfigExpression.Const(false),
        _ => KconfigExpression.Sym(word.StartsWith("CONFIG_", StringComparison.Ordinal) ? word.Substring(7) : word),
    };

    private bool Peek(string token)
    {
        SkipSpace();
        return string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0;
    }

    private bool Accept(string token)
    {
        if (!Peek(token))
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}
