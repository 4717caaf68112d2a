using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Preprocessing;

/// <summary>
/// The Kconfig macro language (LKC <c>preprocess.c</c>, <c>kconfig-macro-language.rst</c>):
/// <c>$(NAME)</c> references, <c>$(fn,arg,...)</c> calls of user-defined variables and of the builtins
/// <c>info</c>, <c>warning-if</c>, <c>error-if</c>, <c>filename</c>, <c>lineno</c> and <c>shell</c>.
/// Names resolve to Kconfig-file variables first, then builtins, then the caller's
/// <see cref="KconfigParseOptions.Macros"/>; the process environment is never read. Depth, work and
/// output size are bounded so hostile input ends in a KCONF160 diagnostic, never a hang.
/// </summary>
internal sealed class MacroExpander
{
    /// <summary>Most references evaluated for one line; stops exponential recursive variables that produce nothing.</summary>
    public const int MaxSteps = 100_000;

    private readonly Dictionary<string, MacroVariable> _variables = new(StringComparer.Ordinal);
    private readonly KconfigParseOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _unrunThisLine = new(StringComparer.Ordinal);
    private SourceLocation _location;
    private int _steps;
    private bool _aborted;

    public MacroExpander(KconfigParseOptions options, DiagnosticBag diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        MaxDepth = Math.Max(1, options.MaxMacroDepth);
        MaxOutputLength = Math.Max(1, options.MaxMacroOutputLength);
    }

    /// <summary>Deepest nesting of references (<see cref="KconfigParseOptions.MaxMacroDepth"/>).</summary>
    public int MaxDepth { get; }

    /// <summary>Longest text one expansion may produce (<see cref="KconfigParseOptions.MaxMacroOutputLength"/>).</summary>
    public int MaxOutputLength { get; }

    /// <summary>How many <c>$(shell,...)</c> calls so far expanded to nothing because they were not run.</summary>
    public int UnrunShellCalls { get; private set; }

    /// <summary>
    /// How many expansions so far were short of text because of an unrun <c>$(shell,...)</c>: the
    /// calls themselves and references to simple variables that hold one's empty result.
    /// </summary>
    public int ShortExpansions => UnrunShellCalls + _unrunVariableReferences;

    private int _unrunVariableReferences;

    /// <summary>A caller-supplied macro value (<c>option env=</c> and old-style <c>$NAME</c>).</summary>
    public bool TryGetMacro(string name, out string value)
    {
        if (_options.Macros.TryGetValue(name, out var found) && found is not null)
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>
    /// <c>NAME = value</c>, <c>NAME := value</c> or <c>NAME += value</c>. As in LKC, <c>+=</c> keeps the
    /// flavor of an existing variable and makes a new one recursive.
    /// </summary>
    public void Assign(string name, MacroFlavor flavor, string rawValue, SourceLocation location)
    {
        var exists = _variables.TryGetValue(name, out var variable);
        var append = false;
        if (flavor == MacroFlavor.Append)
        {
            append = exists;
            flavor = exists ? variable!.Flavor : MacroFlavor.Recursive;
        }

        var unrunBefore = UnrunShellCalls;
        var value = flavor == MacroFlavor.Simple ? Expand(rawValue, location) : rawValue;
        var holdsUnrunShell = flavor == MacroFlavor.Simple && UnrunShellCalls != unrunBefore;
        if (append)
        {
            var combined = variable!.Value.Length == 0 ? value : variable.Value + " " + value;
            if (combined.Length > MaxOutputLength)
            {
                _diagnostics.Add(KconfigDiagnostics.LimitExceeded, location, $"the value of '{name}' would exceed {MaxOutputLength} characters; the '+=' is ignored");
                return;
            }

            variable.Value = combined;
            variable.HoldsUnrunShell |= holdsUnrunShell;
        }
        else
        {
            _variables[name] = new MacroVariable(name, flavor, value) { HoldsUnrunShell = holdsUnrunShell };
        }
    }

    /// <summary>
    /// Expands a Kconfig line: as <see cref="Expand"/>, except that a reference inside a quoted string
    /// has its result escaped for that string, so <c>default "$(echo,"foo")"</c> is the string
    /// <c>"foo"</c> with its quotes (Kconfiglib expands inside strings; LKC's lexer does the same).
    /// </summary>
    public string ExpandLine(string text, SourceLocation location) => ExpandTopLevel(text, location, quoteAware: true);

    /// <summary>Expands every <c>$(...)</c> in <paramref name="text"/>; <paramref name="location"/> is the line's.</summary>
    public string Expand(string text, SourceLocation location) => ExpandTopLevel(text, location, quoteAware: false);

    private string ExpandTopLevel(string text, SourceLocation location, bool quoteAware)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        _location = location;
        _unrunThisLine.Clear();
        _steps = 0;
        _aborted = false;
        var result = quoteAware ? ExpandQuoteAware(text) : ExpandString(text, null, 0);
        return _aborted ? string.Empty : result;
    }

    private string ExpandQuoteAware(string text)
    {
        var builder = new StringBuilder(text.Length);
        var quote = '\0';
        var i = 0;
        while (i < text.Length && !_aborted)
        {
            var c = text[i];
            if (c == '$' && i + 1 < text.Length && text[i + 1] == '(')
            {
                var close = FindClosingParen(text, i + 2);
                if (close < 0)
                {
                    builder.Append(ExpandString(text.Substring(i), null, 0));
                    break;
                }

                var result = EvaluateClause(text.Substring(i + 2, close - i - 2), null, 1);
                builder.Append(quote == '\0' ? result : EscapeForString(result, quote));
                if (builder.Length > MaxOutputLength)
                {
                    Limit($"macro expansion produces more than {MaxOutputLength} characters");
                    break;
                }

                i = close + 1;
                continue;
            }

            if (quote != '\0' && c == '\\' && i + 1 < text.Length)
            {
                builder.Append(c).Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == '"' || c == '\'')
            {
                quote = quote == '\0' ? c : quote == c ? '\0' : quote;
            }

            builder.Append(c);
            i++;
        }

        return builder.ToString();
    }

    private static string EscapeForString(string text, char quote) =>
        text.IndexOf('\\') < 0 && text.IndexOf(quote) < 0 ? text : text.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote);

    /// <summary>
    /// Old-style <c>$NAME</c> and <c>${NAME}</c> references (Kconfiglib's <c>expandvars</c> on
    /// <c>source</c> paths) from <see cref="KconfigParseOptions.Macros"/>; unknown names stay as
    /// written, with a KCONF133 warning.
    /// </summary>
    public string ExpandEnvironmentReferences(string text, SourceLocation location)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '$' || i + 1 >= text.Length)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var braced = text[i + 1] == '{';
            var start = braced ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && IsNameChar(text[end]))
            {
                end++;
            }

            if (end == start || (braced && (end >= text.Length || text[end] != '}')))
            {
                builder.Append(c);
                i++;
                continue;
            }

            var name = text.Substring(start, end - start);
            var after = braced ? end + 1 : end;
            if (TryGetMacro(name, out var value))
            {
                builder.Append(value);
            }
            else
            {
                _diagnostics.Add(KconfigDiagnostics.UndefinedEnvironmentVariable, location, $"'{name}' is not defined (pass it as a macro value, e.g. --env {name}=...); '{text.Substring(i, after - i)}' is left as written");
                builder.Append(text, i, after - i);
            }

            i = after;
        }

        return builder.ToString();
    }

    private static bool IsNameChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    private string ExpandString(string text, string[]? args, int depth)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length && !_aborted)
        {
            var dollar = text.IndexOf("$(", i, StringComparison.Ordinal);
            if (dollar < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, dollar - i);
            var close = FindClosingParen(text, dollar + 2);
            if (close < 0)
            {
                Error($"unterminated reference '{Shorten(text.Substring(dollar))}': missing ')'");
                builder.Append(text, dollar, text.Length - dollar);
                break;
            }

            builder.Append(EvaluateClause(text.Substring(dollar + 2, close - dollar - 2), args, depth + 1));
            if (builder.Length > MaxOutputLength)
            {
                Limit($"macro expansion produces more than {MaxOutputLength} characters");
                break;
            }

            i = close + 1;
        }

        return _aborted ? string.Empty : builder.ToString();
    }

    /// <summary>The index of the ')' closing a reference whose name starts at <paramref name="start"/>, or -1.</summary>
    private static int FindClosingParen(string text, int start)
    {
        var nesting = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                nesting++;
            }
            else if (c == ')')
            {
                if (nesting == 0)
                {
                    return i;
                }

                nesting--;
            }
        }

        return -1;
    }

    /// <summary>Splits <c>name,arg,...</c> at commas outside parentheses (LKC <c>eval_clause</c>).</summary>
    private static List<string> SplitArguments(string clause)
    {
        var parts = new List<string>();
        var nesting = 0;
        var start = 0;
        for (var i = 0; i < clause.Length; i++)
        {
            var c = clause[i];
            if (c == '(')
            {
                nesting++;
            }
            else if (c == ')')
            {
                nesting--;
            }
            else if (c == ',' && nesting == 0)
            {
                parts.Add(clause.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(clause.Substring(start));
        return parts;
    }

    private string EvaluateClause(string clause, string[]? args, int depth)
    {
        if (depth > MaxDepth)
        {
            Limit($"macro references nested deeper than {MaxDepth}");
            return string.Empty;
        }

        if (++_steps > MaxSteps)
        {
            Limit($"more than {MaxSteps} macro references evaluated for one line");
            return string.Empty;
        }

        var parts = SplitArguments(clause);
        for (var k = 0; k < parts.Count && !_aborted; k++)
        {
            parts[k] = ExpandString(parts[k], args, depth);
        }

        if (_aborted)
        {
            return string.Empty;
        }

        var name = parts[0];
        var callArgs = new string[parts.Count - 1];
        parts.CopyTo(1, callArgs, 0, callArgs.Length);

        // $(1), $(2), ... inside a user-defined function's body are its arguments.
        if (callArgs.Length == 0 && args is not null
            && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index > 0 && index <= args.Length)
        {
            return args[index - 1];
        }

        if (_variables.TryGetValue(name, out var variable))
        {
            return ExpandVariable(variable, callArgs, depth);
        }

        if (TryCallBuiltin(name, callArgs, out var result))
        {
            return result;
        }

        if (callArgs.Length == 0 && TryGetMacro(name, out var macro))
        {
            return macro;
        }

        if (callArgs.Length > 0)
        {
            Error($"'{name}' is neither a builtin function nor a variable; '$({Shorten(clause)})' expands to nothing");
        }

        return string.Empty;
    }

    private string ExpandVariable(MacroVariable variable, string[] callArgs, int depth)
    {
        if (variable.Flavor == MacroFlavor.Simple)
        {
            if (variable.HoldsUnrunShell)
            {
                _unrunVariableReferences++;
            }

            return variable.Value;
        }

        if (variable.IsExpanding)
        {
            // Without conditionals in the language, a variable reaching itself never terminates.
            Error($"recursive variable '{variable.Name}' references itself (eventually)");
            _aborted = true;
            return string.Empty;
        }

        variable.IsExpanding = true;
        try
        {
            return ExpandString(variable.Value, callArgs, depth);
        }
        finally
        {
            variable.IsExpanding = false;
        }
    }

    private bool TryCallBuiltin(string name, string[] args, out string result)
    {
        result = string.Empty;
        switch (name)
        {
            case "info":
                if (CheckArity(name, args, 1))
                {
                    _diagnostics.Add(KconfigDiagnostics.MacroMessage, _location, args[0]);
                }

                return true;
            case "warning-if":
                if (CheckArity(name, args, 2) && args[0] == "y")
                {
                    _diagnostics.Add(KconfigDiagnostics.MacroMessage, _location, args[1]);
                }

                return true;
            case "error-if":
                if (CheckArity(name, args, 2) && args[0] == "y")
                {
                    _diagnostics.Add(KconfigDiagnostics.MacroError, _location, args[1]);
                }

                return true;
            case "filename":
                if (CheckArity(name, args, 0))
                {
                    result = _location.File;
                }

                return true;
            case "lineno":
                if (CheckArity(name, args, 0))
                {
                    result = _location.Line.ToString(CultureInfo.InvariantCulture);
                }

                return true;
            case "shell":
                if (CheckArity(name, args, 1))
                {
                    result = RunShell(args[0]);
                }

                return true;
            default:
                return false;
        }
    }

    private bool CheckArity(string name, string[] args, int expected)
    {
        if (args.Length == expected)
        {
            return true;
        }

        Error($"'{name}' takes {expected} argument{(expected == 1 ? string.Empty : "s")}, found {args.Length}");
        return false;
    }

    /// <summary>SPEC §4 (Shell): recorded result, else the caller's runner, else empty with KCONF132.</summary>
    private string RunShell(string command)
    {
        if (_options.ShellResults.TryGetValue(command, out var recorded) && recorded is not null)
        {
            return NormalizeShellOutput(recorded);
        }

        if (_options.ShellRunner is { } runner)
        {
            string? output;
            try
            {
                output = runner(command);
            }
            catch (Exception exception)
            {
                // The runner is caller code; the core must not throw because of it.
                UnrunShellCalls++;
                _diagnostics.Add(KconfigDiagnostics.ShellNotRun, _location, $"$(shell,{command}) failed: {exception.Message}; it expands to the empty string");
                return string.Empty;
            }

            if (output is not null)
            {
                return NormalizeShellOutput(output);
            }
        }

        UnrunShellCalls++;
        if (!_unrunThisLine.Add(command))
        {
            // One warning per command and line, however often a variable repeats the call.
            return string.Empty;
        }

        _diagnostics.Add(KconfigDiagnostics.ShellNotRun, _location, $"$(shell,{command}) was not run (no recorded result and shell commands are not allowed); it expands to the empty string");
        return string.Empty;
    }

    /// <summary>LKC drops trailing newlines and turns the others into spaces.</summary>
    private static string NormalizeShellOutput(string output)
    {
        var end = output.Length;
        while (end > 0 && (output[end - 1] == '\n' || output[end - 1] == '\r'))
        {
            end--;
        }

        var builder = new StringBuilder(end);
        for (var i = 0; i < end; i++)
        {
            var c = output[i];
            if (c == '\r' && i + 1 < end && output[i + 1] == '\n')
            {
                continue;
            }

            builder.Append(c == '\n' || c == '\r' ? ' ' : c);
        }

        return builder.ToString();
    }

    private void Error(string message) => _diagnostics.Add(KconfigDiagnostics.MacroError, _location, message);

    private void Limit(string message)
    {
        if (!_aborted)
        {
            _diagnostics.Add(KconfigDiagnostics.LimitExceeded, _location, message + "; the line expands to nothing");
        }

        _aborted = true;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
