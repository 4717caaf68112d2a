using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Preprocessing;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Recursive-descent parser for one Kconfig file (LKC <c>parser.y</c>, Kconfiglib <c>_parse_block</c>
/// and <c>_parse_props</c>). Blocks must close in the file that opens them. After an error the rest
/// of the line is skipped and parsing resumes at the next line, so one typo does not hide the rest.
/// </summary>
internal sealed class FileParser
{
    private readonly ParserSession _session;
    private readonly Lexer _lexer;
    private int _includeDepth;
    private Token _peeked;
    private bool _hasPeeked;
    private int _expressionDepth;

    // The file's kept help texts (see FileHelpTexts), made at its first help block.
    private FileHelpTexts? _helpTexts;

    public FileParser(ParserSession session, Lexer lexer, KconfigFileBuffer text, int includeDepth)
    {
        _session = session;
        _lexer = lexer;
        Text = text;
        _includeDepth = includeDepth;
    }

    /// <summary>The buffer holding the file's text, which <see cref="_lexer"/> reads; free once the file is parsed.</summary>
    public KconfigFileBuffer Text { get; private set; }

    /// <summary>The lexer, for a parse that keeps it with this parser for its next file.</summary>
    public Lexer Lexer => _lexer;

    /// <summary>
    /// Starts over on another file (its lexer restarted on <paramref name="text"/> already), as a new parser of the same
    /// parse would: a parse keeps the parsers of files it has finished for the next ones (NuttX: 858 files, at most a
    /// few open at once).
    /// </summary>
    public void Restart(KconfigFileBuffer text, int includeDepth)
    {
        Text = text;
        _includeDepth = includeDepth;
        _peeked = default;
        _hasPeeked = false;
        _expressionDepth = 0;
        _helpTexts = null;
    }

    private ConstantSymbols Constants => _session.Constants;

    private bool IsQemu => _session.Dialect == KconfigDialect.Qemu;

    /// <summary>The file is parsed: its kept help texts take no more room than they need.</summary>
    public void EndFile() => _helpTexts?.Seal();

    /// <summary>The frame that parses this file's top level into <paramref name="parent"/>.</summary>
    public ParseFrame FileBody(MenuNode parent) => new(this, parent, endKeyword: null, opener: default, isFileBody: true);

    /// <summary>
    /// Parses input that is one expression and nothing else (an attribute's text, not a file);
    /// anything after the expression is a syntax error.
    /// </summary>
    public Expr ParseWholeExpression()
    {
        var result = ParseExpression();
        var rest = Next();
        if (rest.Kind == TokenKind.EndOfLine)
        {
            rest = Next();
        }

        if (rest.Kind != TokenKind.EndOfFile)
        {
            Report(KconfigDiagnostics.SyntaxError, rest, $"unexpected {rest} after the expression");
        }

        return result;
    }

    // ---- Blocks ----------------------------------------------------------------------------

    /// <summary>
    /// Parses the lines of <paramref name="frame"/>'s block. Returns true when the block is over (its
    /// end keyword or the end of the file), false when a line opened a nested block or sourced a file:
    /// the session has pushed that frame and calls this again, to go on after the line, once it is done.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool ParseBlock(in ParseFrame frame)
    {
        var parent = frame.Parent;
        var endKeyword = frame.EndKeyword;
        var opener = frame.Opener;
        var framesBefore = _session.FrameCount;
        while (_session.FrameCount == framesBefore)
        {
            var token = Next();
            switch (token.Kind)
            {
                case TokenKind.EndOfFile:
                    if (endKeyword is not null)
                    {
                        Report(KconfigDiagnostics.UnbalancedBlock, token, $"missing '{endKeyword}' for '{OpenerOf(endKeyword)}' at {_lexer.File}:{opener.Line}");
                    }

                    return true;
                case TokenKind.EndOfLine:
                    continue;
                case TokenKind.Word:
                    break;
                default:
                    Report(KconfigDiagnostics.SyntaxError, token, $"expected a keyword at the start of the line, found {token}");
                    SkipLine();
                    continue;
            }

            // The word table found each word's keyword once: the line's first word is not compared as text.
            switch (token.Keyword)
            {
                case Keyword.Config:
                case Keyword.MenuConfig:
                    if (_session.SymbolLimitReached || _session.SymbolCount >= _session.Options.MaxSymbols)
                    {
                        if (!_session.SymbolLimitReached)
                        {
                            Report(KconfigDiagnostics.LimitExceeded, token, $"more than {_session.Options.MaxSymbols} symbols; the rest of the tree is not read");
                            _session.SymbolLimitReached = true;
                        }

                        while (Next().Kind != TokenKind.EndOfFile)
                        {
                        }

                        return true;
                    }

                    ParseConfig(parent, token);
                    break;
                case Keyword.Choice:
                    ParseChoice(parent, token);
                    break;
                case Keyword.Comment:
                    ParseComment(parent, token);
                    break;
                case Keyword.Menu:
                    ParseMenu(parent, token);
                    break;
                case Keyword.If:
                    ParseIf(parent, token);
                    break;
                case Keyword.EndChoice:
                case Keyword.EndMenu:
                case Keyword.EndIf:
                    if (token.Text == endKeyword)
                    {
                        ExpectEndOfLine();
                        return true;
                    }

                    Report(KconfigDiagnostics.UnbalancedBlock, token, endKeyword is null
                        ? $"'{token.Text}' without a matching '{OpenerOf(token.Text)}'"
                        : $"'{token.Text}' where '{endKeyword}' (for '{OpenerOf(endKeyword)}' at line {opener.Line}) was expected");
                    SkipLine();
                    break;
                case Keyword.MainMenu:
                    ParseMainMenu(token);
                    break;
                case Keyword.Source:
                case Keyword.RSource:
                case Keyword.OSource:
                case Keyword.ORSource:
                case Keyword.GSource:
                case Keyword.GRSource:
                case Keyword.Include when IsQemu:
                    ParseSource(parent, token);
                    break;
                default:
                    ParseOtherLine(token);
                    break;
            }
        }

        return false;
    }

    private void ParseOtherLine(Token first)
    {
        var next = Peek();
        if (next.Kind is TokenKind.Equal or TokenKind.ColonEqual or TokenKind.PlusEqual)
        {
            Next();
            ParseAssignment(first, next);
            return;
        }

        if (Keywords.IsAttribute(first.Keyword))
        {
            Report(KconfigDiagnostics.AttributeOutsideEntry, first, $"'{first.Text}' must follow a config, choice, menu or comment entry");
            SkipLine();
            if (first.Keyword is Keyword.Help or Keyword.HelpVariant)
            {
                _lexer.SkipHelpText();
            }

            return;
        }

        Report(KconfigDiagnostics.UnknownKeyword, first, IsQemu
            ? $"unknown keyword '{first.Text}'; expected config, menuconfig, choice, comment, menu, if, source, include, mainmenu or CONFIG_X=y|n"
            : $"unknown keyword '{first.Text}'; expected config, menuconfig, choice, comment, menu, if, source, mainmenu or a macro assignment (NAME = value)");
        SkipLine();
    }

    /// <summary><c>NAME = value</c> (macro variable) or, in the QEMU dialect, <c>CONFIG_X=y</c>.</summary>
    private void ParseAssignment(Token name, Token op)
    {
        if (IsQemu)
        {
            var value = Next();
            if (op.Kind != TokenKind.Equal || value.Kind != TokenKind.Word || (value.Text != "y" && value.Text != "n"))
            {
                Report(KconfigDiagnostics.SyntaxError, value, $"expected 'CONFIG_X=y' or 'CONFIG_X=n', found {value}");
                SkipLineAfter(value);
                return;
            }

            var symbolName = name.Text.StartsWith("CONFIG_", System.StringComparison.Ordinal) ? name.Text.Substring(7) : name.Text;
            var symbol = _session.LookupSymbol(symbolName);
            _session.References.Note(symbol, Location(name));
            _session.Assignments.Add(new ConfigAssignment(symbol, value.Text, Location(name)));
            ExpectEndOfLine();
            return;
        }

        var raw = _lexer.ReadRestOfLine(out _).TrimEnd(' ', '\t', '\f', '\v');
        var flavor = op.Kind switch
        {
            TokenKind.ColonEqual => MacroFlavor.Simple,
            TokenKind.PlusEqual => MacroFlavor.Append,
            _ => MacroFlavor.Recursive,
        };
        var variable = _lexer.AssignmentNameLine == name.Line && _lexer.AssignmentName is { } built ? built : name.Text;
        _session.Macros.Assign(variable, flavor, raw, Location(name));
    }

    private void ParseConfig(MenuNode parent, Token keyword)
    {
        var name = Next();
        if (name.Kind != TokenKind.Word)
        {
            Report(KconfigDiagnostics.SyntaxError, name, $"expected a symbol name after '{keyword.Text}', found {name}");
            SkipLineAfter(name);
            return;
        }

        ExpectEndOfLine();
        var symbol = _session.LookupSymbol(name.Text);
        var node = NewNode(MenuNodeKind.Symbol, keyword, parent);
        node.Symbol = symbol;
        node.IsMenuConfig = keyword.Keyword == Keyword.MenuConfig;
        if (symbol.NodeList.Count == 0)
        {
            _session.AddDefined(symbol);
        }

        symbol.AddNode(node);
        if (IsQemu && symbol.Type == KconfigType.Unknown)
        {
            // minikconf: every symbol is a bool, with or without a 'bool' line.
            symbol.Type = KconfigType.Bool;
        }

        var wasTransitional = symbol.IsTransitional;
        ParseProperties(node);
        if (symbol.IsTransitional && !wasTransitional)
        {
            CheckTransitional(node, keyword);
        }
    }

    /// <summary>
    /// LKC 6.18 <c>transitional_check_sanity</c>: a transitional symbol has a type and help only (it
    /// exists to be read from old .config files); anything else is an error at that attribute.
    /// </summary>
    private void CheckTransitional(MenuNode node, Token keyword)
    {
        var (extra, location) = node.Prompt is { } prompt ? ("prompt", prompt.Location)
            : node.DefaultsView.Count > 0 ? ("default", node.DefaultsView[0].Location)
            : node.SelectsView.Count > 0 ? ("select", node.SelectsView[0].Location)
            : node.ImpliesView.Count > 0 ? ("imply", node.ImpliesView[0].Location)
            : node.RangesView.Count > 0 ? ("range", node.RangesView[0].Location)
            : !node.OwnDependency.IsConstant("y") ? ("depends on", Location(keyword))
            : node.VisibleIf is not null ? ("visible if", Location(keyword))
            : ((string?)null, default(SourceLocation));
        if (extra is not null)
        {
            _session.Diagnostics.Add(KconfigDiagnostics.TransitionalWithProperties, location, $"transitional symbols can only have help sections; '{extra}' is not allowed on {node.Symbol!.Name}");
        }
    }

    private void ParseChoice(MenuNode parent, Token keyword)
    {
        string? name = null;
        var next = Peek();
        if (next.Kind == TokenKind.Word)
        {
            name = Next().Text;
        }

        ExpectEndOfLine();
        var choice = _session.LookupChoice(name);
        var node = NewNode(MenuNodeKind.Choice, keyword, parent);
        node.Choice = choice;
        choice.AddNode(node);
        ParseProperties(node);
        ParseNested(node, "endchoice", keyword);
    }

    private void ParseComment(MenuNode parent, Token keyword)
    {
        var text = ExpectString(keyword);
        var node = NewNode(MenuNodeKind.Comment, keyword, parent);
        node.Prompt = new PromptProperty(text ?? string.Empty, Constants.YesExpr, Location(keyword));
        ParseProperties(node);
    }

    private void ParseMenu(MenuNode parent, Token keyword)
    {
        var text = ExpectString(keyword);
        var node = NewNode(MenuNodeKind.Menu, keyword, parent);
        node.Prompt = new PromptProperty(text ?? string.Empty, Constants.YesExpr, Location(keyword));
        node.VisibleIf = Constants.YesExpr;
        ParseProperties(node);
        ParseNested(node, "endmenu", keyword);
    }

    private void ParseIf(MenuNode parent, Token keyword)
    {
        var condition = ParseExpression();
        ExpectEndOfLine();
        var node = NewNode(MenuNodeKind.If, keyword, parent);
        node.OwnDependency = condition;
        ParseNested(node, "endif", keyword);
    }

    private void ParseNested(MenuNode node, string endKeyword, Token opener)
    {
        if (_session.BlockDepth >= _session.Options.MaxNestingDepth)
        {
            Report(KconfigDiagnostics.LimitExceeded, opener, $"blocks nested deeper than {_session.Options.MaxNestingDepth}; the rest of '{_lexer.File}' is skipped");
            while (Next().Kind != TokenKind.EndOfFile)
            {
            }

            return;
        }

        _session.BlockDepth++;
        _session.Push(new ParseFrame(this, node, endKeyword, opener, isFileBody: false));
        _session.OpenBlock(node);
    }

    private void ParseMainMenu(Token keyword)
    {
        var text = ExpectString(keyword);
        if (text is not null)
        {
            _session.Root.Prompt = new PromptProperty(text, Constants.YesExpr, Location(keyword));
        }
    }

    private void ParseSource(MenuNode parent, Token keyword)
    {
        string path;
        var next = Next();
        if (next.Kind == TokenKind.String || (next.Kind == TokenKind.Word && next.Keyword != Keyword.If))
        {
            // QEMU writes 'source path' unquoted; paths are made of word characters.
            path = next.Text;
            ExpectEndOfLine();
        }
        else
        {
            Report(KconfigDiagnostics.SyntaxError, next, $"expected a path after '{keyword.Text}', found {next}");
            SkipLineAfter(next);
            return;
        }

        var location = Location(keyword);
        if (!IsQemu)
        {
            // Kconfiglib runs expandvars on source paths: old-style $NAME from the macro values.
            path = _session.Macros.ExpandEnvironmentReferences(path, Location(next));
        }

        var relativeToFile = IsQemu || keyword.Keyword is Keyword.RSource or Keyword.ORSource or Keyword.GRSource;

        // gsource/grsource are Kconfiglib aliases of osource/orsource.
        var optional = keyword.Keyword is Keyword.OSource or Keyword.ORSource or Keyword.GSource or Keyword.GRSource;
        var resolved = relativeToFile ? KconfigPath.Combine(KconfigPath.GetDirectory(_lexer.File), path) : KconfigPath.Normalize(path);
        if (!IsQemu && KconfigGlob.IsPattern(resolved) && _session.FileProvider is IKconfigGlobProvider globber)
        {
            var matches = new List<string>(globber.Glob(resolved));
            matches.Sort(System.StringComparer.Ordinal);
            if (matches.Count == 0 && !optional)
            {
                Report(KconfigDiagnostics.MissingSourcedFile, keyword, $"no file matches '{resolved}' (in '{keyword.Text} \"{path}\"')");
            }

            // Pushed last first, so the files are read in sorted order, each with what it sources.
            for (var i = matches.Count - 1; i >= 0; i--)
            {
                _session.Push(new ParseFrame(KconfigPath.Normalize(matches[i]), parent, location, optional, _includeDepth + 1));
            }

            return;
        }

        _session.Push(new ParseFrame(resolved, parent, location, optional, _includeDepth + 1));
    }

    // ---- Properties ------------------------------------------------------------------------

    [MethodImpl(HotPath.Optimized)]
    private void ParseProperties(MenuNode node)
    {
        while (true)
        {
            // Taken, and given back only when it ends the entry: a property line's first word is not stored as the
            // peeked token first (a 24-byte copy with a write barrier; QEMU's parse 9-11 % faster).
            var token = Next();
            if (token.Kind == TokenKind.EndOfLine)
            {
                continue;
            }

            // Only words carry a keyword: a string or an operator is no attribute.
            if (!Keywords.IsAttribute(token.Keyword))
            {
                GiveBack(token);
                _session.EntryProperties.MoveTo(node);
                return;
            }

            ParseProperty(node, token);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void ParseProperty(MenuNode node, Token keyword)
    {
        var word = keyword.Keyword;
        if (word == Keyword.HelpVariant)
        {
            // '---help---' left LKC in 5.x: the tree is written for Kconfiglib-era tools.
            _session.NoteLegacySyntax(Location(keyword));
        }

        var type = Keywords.TypeOf(word, out var withDefault);
        if (type != KconfigType.Unknown && !withDefault)
        {
            SetType(node, type, keyword);
            if (Peek().Kind == TokenKind.String)
            {
                ParsePrompt(node, keyword);
            }
            else
            {
                ExpectEndOfLine();
            }

            return;
        }

        if (type != KconfigType.Unknown)
        {
            SetType(node, type, keyword);
            ParseDefault(node, keyword);
            return;
        }

        switch (word)
        {
            case Keyword.Prompt:
                if (Peek().Kind != TokenKind.String)
                {
                    Report(KconfigDiagnostics.SyntaxError, Peek(), $"expected a quoted prompt after 'prompt', found {Peek()}");
                    SkipLine();
                    return;
                }

                ParsePrompt(node, keyword);
                return;
            case Keyword.Default:
                ParseDefault(node, keyword);
                return;
            case Keyword.Depends:
                ParseDependsOn(node, keyword);
                return;
            case Keyword.Select:
            case Keyword.Imply:
                ParseRelation(node, keyword);
                return;
            case Keyword.Range:
                ParseRange(node, keyword);
                return;
            case Keyword.Help:
            case Keyword.HelpVariant:
                ExpectEndOfLine();
                if (!_session.Options.ReadsHelpText)
                {
                    _lexer.SkipHelpText();
                    return;
                }

                var help = _lexer.ReadHelpText(out var start, out var end);
                if (node.Kind is MenuNodeKind.Symbol or MenuNodeKind.Choice or MenuNodeKind.Menu or MenuNodeKind.Comment)
                {
                    var location = node.Location;
                    if (!node.HasHelp)
                    {
                        var texts = _helpTexts ??= new FileHelpTexts(_lexer.File, _lexer.HelpSource, _session.HelpSpans);
                        if (help is null ? texts.TryAdd(location.Line, start, end) : texts.TryAdd(location.Line, help))
                        {
                            node.SetHelp(texts);
                            return;
                        }
                    }

                    // A second help block, an entry on a line before one with help (not from a file), or a text decoded after
                    // a macro expansion outgrew the file's buffer: a table of its own.
                    var text = help ?? FileHelpTexts.Dedent(_lexer.HelpSource!, start, end);
                    node.SetHelp(FileHelpTexts.Single(location.File, location.Line, node.HasHelp ? node.Help + "\n" + text : text));
                }

                return;
            case Keyword.Option:
                // Every 'option' form is gone from LKC 7.x (env, modules, defconfig_list, allnoconfig_y).
                _session.NoteLegacySyntax(Location(keyword));
                ParseOption(node, keyword);
                return;
            case Keyword.Modules:
                ExpectEndOfLine();
                MarkModules(node, keyword);
                return;
            case Keyword.Optional:
                ExpectEndOfLine();
                _session.NoteLegacySyntax(Location(keyword));
                if (node.Choice is { } choice)
                {
                    choice.IsOptional = true;
                }
                else
                {
                    // LKC's grammar has 'optional' only among a choice's options: elsewhere a syntax error.
                    Report(KconfigDiagnostics.SyntaxError, keyword, $"'optional' is only allowed in a choice, not in a {node.Kind.ToString().ToLowerInvariant()} entry");
                }

                return;
            case Keyword.Visible:
                ParseVisibleIf(node, keyword);
                return;
            case Keyword.Transitional:
                ExpectEndOfLine();
                if (node.Symbol is { } symbol)
                {
                    symbol.IsTransitional = true;
                }
                else
                {
                    NotAllowed(keyword, node);
                }

                return;
        }
    }

    private void SetType(MenuNode node, KconfigType type, Token keyword)
    {
        if (node.Symbol is { } symbol)
        {
            if (IsQemu && type != KconfigType.Bool)
            {
                Report(KconfigDiagnostics.SyntaxError, keyword, $"the qemu dialect has only bool symbols; '{keyword.Text}' is not supported");
                return;
            }

            if (symbol.Type != KconfigType.Unknown && symbol.Type != type && !(IsQemu && symbol.Type == KconfigType.Bool))
            {
                Report(KconfigDiagnostics.TypeRedefinition, keyword, $"{symbol.Name} redefined from {symbol.Type.ToKeyword()} to {type.ToKeyword()}");
            }

            symbol.Type = type;
        }
        else if (node.Choice is { } choice)
        {
            if (type is not (KconfigType.Bool or KconfigType.Tristate))
            {
                Report(KconfigDiagnostics.ChoiceProblem, keyword, $"a choice must be bool or tristate, not {type.ToKeyword()}");
                return;
            }

            if (type == KconfigType.Tristate)
            {
                // Tristate choices left LKC with the 6.11 choice rework.
                _session.NoteLegacySyntax(Location(keyword));
            }

            choice.Type = type;
        }
        else
        {
            NotAllowed(keyword, node);
        }
    }

    private void ParsePrompt(MenuNode node, Token keyword)
    {
        var text = Next().Text;
        var condition = ParseOptionalIf();
        ExpectEndOfLine();
        if (node.Kind is not (MenuNodeKind.Symbol or MenuNodeKind.Choice))
        {
            NotAllowed(keyword, node);
            return;
        }

        if (node.Prompt is not null)
        {
            Report(KconfigDiagnostics.AttributeNotAllowed, keyword, "this definition already has a prompt; the new one replaces it");
        }

        node.Prompt = new PromptProperty(text, condition, Location(keyword));
    }

    private void ParseDefault(MenuNode node, Token keyword)
    {
        var value = ParseExpression();
        var condition = ParseOptionalIf();
        ExpectEndOfLine();
        if (node.Kind is not (MenuNodeKind.Symbol or MenuNodeKind.Choice))
        {
            NotAllowed(keyword, node);
            return;
        }

        if (IsQemu && !value.IsConstant("y") && !value.IsConstant("n"))
        {
            // minikconf parse_y_or_n: a default is y or n, anything else stops the parse.
            Report(KconfigDiagnostics.SyntaxError, keyword, $"expected y or n after 'default', found '{value}'; the default is ignored");
            return;
        }

        _session.EntryProperties.Defaults.Add(new DefaultProperty(value, condition, Location(keyword)));
    }

    private void ParseDependsOn(MenuNode node, Token keyword)
    {
        var on = Next();
        if (!on.Is(Keyword.On))
        {
            Report(KconfigDiagnostics.SyntaxError, on, $"expected 'on' after 'depends', found {on}");
            SkipLineAfter(on);
            return;
        }

        var dependency = ParseExpression();
        if (Peek().Is(Keyword.If))
        {
            // Linux 7.x 'depends on X if Y': the dependency applies only where Y holds.
            Next();
            var guard = ParseExpression();
            dependency = Expr.Or(dependency, new NotExpr(guard));
        }

        ExpectEndOfLine();
        if (node.Kind == MenuNodeKind.Root || node.Kind == MenuNodeKind.If)
        {
            NotAllowed(keyword, node);
            return;
        }

        node.OwnDependency = Expr.And(node.OwnDependency, dependency);
    }

    private void ParseRelation(MenuNode node, Token keyword)
    {
        var target = Next();
        if (target.Kind != TokenKind.Word)
        {
            Report(KconfigDiagnostics.SyntaxError, target, $"expected a symbol name after '{keyword.Text}', found {target}");
            SkipLineAfter(target);
            return;
        }

        var condition = ParseOptionalIf();
        ExpectEndOfLine();
        if (node.Symbol is not { } source)
        {
            NotAllowed(keyword, node);
            return;
        }

        var targetSymbol = _session.LookupSymbol(target.Text);
        _session.References.Note(targetSymbol, Location(target));
        var relation = new RelationProperty(source, targetSymbol, condition, Location(keyword));
        if (keyword.Keyword == Keyword.Select)
        {
            _session.EntryProperties.Selects.Add(relation);
        }
        else
        {
            _session.EntryProperties.Implies.Add(relation);
        }
    }

    private void ParseRange(MenuNode node, Token keyword)
    {
        var low = ParseOperand();
        var high = ParseOperand();
        var condition = ParseOptionalIf();
        ExpectEndOfLine();
        if (node.Symbol is null)
        {
            NotAllowed(keyword, node);
            return;
        }

        if (low is not null && high is not null)
        {
            _session.EntryProperties.Ranges.Add(new RangeProperty(low, high, condition, Location(keyword)));
        }
    }

    private void ParseVisibleIf(MenuNode node, Token keyword)
    {
        var ifToken = Next();
        if (!ifToken.Is(Keyword.If))
        {
            Report(KconfigDiagnostics.SyntaxError, ifToken, $"expected 'if' after 'visible', found {ifToken}");
            SkipLineAfter(ifToken);
            return;
        }

        var condition = ParseExpression();
        ExpectEndOfLine();
        if (node.Kind != MenuNodeKind.Menu)
        {
            NotAllowed(keyword, node);
            return;
        }

        node.VisibleIf = Expr.And(node.VisibleIf ?? Constants.YesExpr, condition);
    }

    private void ParseOption(MenuNode node, Token keyword)
    {
        var name = Next();
        if (name.Kind != TokenKind.Word)
        {
            Report(KconfigDiagnostics.SyntaxError, name, $"expected an option name after 'option', found {name}");
            SkipLineAfter(name);
            return;
        }

        string? value = null;
        if (Peek().Kind == TokenKind.Equal)
        {
            Next();
            var valueToken = Next();
            if (valueToken.Kind is not (TokenKind.String or TokenKind.Word))
            {
                Report(KconfigDiagnostics.SyntaxError, valueToken, $"expected a value after 'option {name.Text}=', found {valueToken}");
                SkipLineAfter(valueToken);
                return;
            }

            value = valueToken.Text;
        }

        ExpectEndOfLine();
        var symbol = node.Symbol;
        switch (name.Text)
        {
            case "env" when symbol is not null && value is not null:
                SetEnvironmentVariable(node, symbol, value, name);
                break;
            case "defconfig_list" when symbol is not null:
                symbol.IsDefconfigList = true;
                break;
            case "modules":
                MarkModules(node, keyword);
                break;
            case "allnoconfig_y" when symbol is not null:
                symbol.IsAllNoConfigY = true;
                break;
            default:
                Report(KconfigDiagnostics.AttributeNotAllowed, name, $"unknown or misplaced option '{name.Text}'");
                break;
        }
    }

    /// <summary><c>option env="X"</c>: Kconfiglib adds the value of X as a default, and warns when X is unset.</summary>
    private void SetEnvironmentVariable(MenuNode node, Symbol symbol, string variable, Token at)
    {
        symbol.EnvironmentVariable = variable;
        if (_session.Macros.TryGetMacro(variable, out var value))
        {
            var constant = new SymbolExpr(_session.LookupConstant(value, quoted: true));
            _session.EntryProperties.Defaults.Add(new DefaultProperty(constant, Constants.YesExpr, Location(at)));
        }
        else
        {
            Report(KconfigDiagnostics.UndefinedEnvironmentVariable, at, $"{symbol.Name} has 'option env=\"{variable}\"', but the macro value {variable} is not set (pass it with --env {variable}=...)");
        }
    }

    private void MarkModules(MenuNode node, Token keyword)
    {
        if (node.Symbol is { } symbol)
        {
            _session.ModulesSymbol = symbol;
        }
        else
        {
            NotAllowed(keyword, node);
        }
    }

    private void NotAllowed(Token keyword, MenuNode node) =>
        Report(KconfigDiagnostics.AttributeNotAllowed, keyword, $"'{keyword.Text}' is not allowed in a {node.Kind.ToString().ToLowerInvariant()} entry");

    // ---- Expressions -----------------------------------------------------------------------

    private Expr ParseOptionalIf()
    {
        if (Peek().Is(Keyword.If))
        {
            Next();
            return ParseExpression();
        }

        return Constants.YesExpr;
    }

    /// <summary>
    /// expr: LKC precedence is <c>!</c> &gt; relations &gt; <c>&amp;&amp;</c> &gt; <c>||</c>; minikconf
    /// parses <c>||</c> tighter than <c>&amp;&amp;</c>.
    /// </summary>
    private Expr ParseExpression()
    {
        if (++_expressionDepth > _session.Options.MaxExpressionDepth)
        {
            _expressionDepth--;
            Report(KconfigDiagnostics.LimitExceeded, Peek(), $"expression nested deeper than {_session.Options.MaxExpressionDepth}");
            SkipLine();
            return Constants.NoExpr;
        }

        var result = IsQemu ? ParseBinary(TokenKind.And, TokenKind.Or) : ParseBinary(TokenKind.Or, TokenKind.And);
        _expressionDepth--;
        return result;
    }

    [MethodImpl(HotPath.Optimized)]
    private Expr ParseBinary(TokenKind looser, TokenKind tighter)
    {
        var left = ParseTighter(tighter);
        while (Peek().Kind == looser)
        {
            Next();
            var right = ParseTighter(tighter);
            left = looser == TokenKind.Or ? new OrExpr(left, right) : new AndExpr(left, right);
        }

        return left;
    }

    [MethodImpl(HotPath.Optimized)]
    private Expr ParseTighter(TokenKind tighter)
    {
        var left = ParseUnary();
        while (Peek().Kind == tighter)
        {
            Next();
            var right = ParseUnary();
            left = tighter == TokenKind.Or ? new OrExpr(left, right) : new AndExpr(left, right);
        }

        return left;
    }

    [MethodImpl(HotPath.Optimized)]
    private Expr ParseUnary()
    {
        // Taken, not peeked (see ParseOperand): an operand is not stored as the peeked token first.
        var token = Next();
        if (token.Kind == TokenKind.Not)
        {
            if (++_expressionDepth > _session.Options.MaxExpressionDepth)
            {
                _expressionDepth--;
                Report(KconfigDiagnostics.LimitExceeded, token, $"expression nested deeper than {_session.Options.MaxExpressionDepth}");
                SkipLine();
                return Constants.NoExpr;
            }

            var operand = ParseUnary();
            _expressionDepth--;
            return new NotExpr(operand);
        }

        if (token.Kind == TokenKind.OpenParen)
        {
            var inner = ParseExpression();
            var close = Peek();
            if (close.Kind == TokenKind.CloseParen)
            {
                Next();
            }
            else
            {
                Report(KconfigDiagnostics.SyntaxError, close, $"expected ')', found {close}");
            }

            return inner;
        }

        var left = ParseOperand(token);
        if (left is null)
        {
            return Constants.NoExpr;
        }

        var op = Peek().Kind switch
        {
            TokenKind.Equal => ComparisonOperator.Equal,
            TokenKind.NotEqual => ComparisonOperator.NotEqual,
            TokenKind.Less => ComparisonOperator.Less,
            TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
            TokenKind.Greater => ComparisonOperator.Greater,
            TokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
            _ => (ComparisonOperator?)null,
        };
        if (op is null)
        {
            return _session.Leaves.Of(left);
        }

        var opToken = Next();
        if (IsQemu)
        {
            Report(KconfigDiagnostics.SyntaxError, opToken, "the qemu dialect has no comparison operators");
        }

        var right = ParseOperand();
        return right is null ? Constants.NoExpr : new ComparisonExpr(op.Value, left, right);
    }

    private Symbol? ParseOperand() => ParseOperand(Next());

    /// <summary>The operand <paramref name="token"/> (taken already) starts; a token that starts none is given back.</summary>
    private Symbol? ParseOperand(in Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Word when token.Keyword != Keyword.If:
                return _session.LookupOperand(token.Text, Location(token));
            case TokenKind.String:
                return _session.LookupConstant(token.Text, quoted: true);
        }

        GiveBack(token);
        switch (token.Kind)
        {
            case not (TokenKind.Not or TokenKind.OpenParen) when token.Line == _lexer.UnrunShellLine:
                // SPEC §4 (Shell): an operand emptied by a $(shell,...) that was not run reads as n
                // ('default $(cc-version) if CC_IS_GCC', 'def_bool !$(cc-option,-m64) && 64BIT');
                // the KCONF132 warning already says why.
                return Constants.No;
            default:
                Report(KconfigDiagnostics.SyntaxError, token, $"expected a symbol or constant, found {token}");
                return null;
        }
    }

    // ---- Tokens ----------------------------------------------------------------------------

    private Token Next()
    {
        if (_hasPeeked)
        {
            _hasPeeked = false;
            return _peeked;
        }

        return _lexer.Next();
    }

    // The token Next just returned is read again by the next Peek or Next.
    private void GiveBack(in Token token)
    {
        _peeked = token;
        _hasPeeked = true;
    }

    private Token Peek()
    {
        if (!_hasPeeked)
        {
            _peeked = _lexer.Next();
            _hasPeeked = true;
        }

        return _peeked;
    }

    private string? ExpectString(Token keyword)
    {
        var token = Next();
        if (token.Kind != TokenKind.String)
        {
            Report(KconfigDiagnostics.SyntaxError, token, $"expected a quoted string after '{keyword.Text}', found {token}");
            SkipLineAfter(token);
            return null;
        }

        ExpectEndOfLine();
        return token.Text;
    }

    /// <summary>Consumes the end of the line; anything else left on it is an error and skipped.</summary>
    private void ExpectEndOfLine()
    {
        var token = Next();
        if (token.Kind is TokenKind.EndOfLine or TokenKind.EndOfFile)
        {
            if (token.Kind == TokenKind.EndOfFile)
            {
                _peeked = token;
                _hasPeeked = true;
            }

            return;
        }

        Report(KconfigDiagnostics.SyntaxError, token, $"unexpected {token}; expected end of line");
        SkipLineAfter(token);
    }

    private void SkipLine() => SkipLineAfter(Next());

    private void SkipLineAfter(Token token)
    {
        while (token.Kind is not (TokenKind.EndOfLine or TokenKind.EndOfFile))
        {
            token = Next();
        }

        if (token.Kind == TokenKind.EndOfFile)
        {
            _peeked = token;
            _hasPeeked = true;
        }
    }

    private MenuNode NewNode(MenuNodeKind kind, Token keyword, MenuNode parent)
    {
        var node = new MenuNode(kind, Location(keyword)) { OwnDependency = Constants.YesExpr, Parent = parent };
        _session.AddChild(parent, node);
        return node;
    }

    private SourceLocation Location(Token token) => new(_lexer.File, token.Line, token.Column);

    private void Report(KconfigDiagnosticDescriptor descriptor, Token at, string message) =>
        _session.Diagnostics.Add(descriptor, Location(at), message);

    private static string OpenerOf(string endKeyword) => endKeyword switch
    {
        "endchoice" => "choice",
        "endmenu" => "menu",
        _ => "if",
    };
}
