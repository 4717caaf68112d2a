using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Finalization;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Preprocessing;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// State shared by every file of one parse: the symbol table, choices, include stack and
/// diagnostics. <see cref="FileParser"/> parses one file against it.
/// </summary>
internal sealed class ParserSession
{
    // Every non-constant symbol at its id (first-seen order), rented; the word table maps a name to its
    // symbol (WordTable.ValueOf holds id + 1), so the parse keeps no name dictionary.
    private Symbol[] _symbols;
    private int _symbolCount;

    // The constants (quoted apart from unquoted, so no key is built per look-up) and the files seen: a tree's
    // come from the thread's last parse and go back when this one ends.
    private readonly ParseLookups _lookups;
    private readonly Dictionary<string, Choice> _namedChoices = new(StringComparer.Ordinal);
    private readonly List<string> _includeStack = [];
    private readonly HashSet<string> _includeSet = new(StringComparer.Ordinal);
    private readonly Stack<ParseFrame> _frames = new();

    // The children of the blocks open now (the root, menus, choices, ifs), innermost last: a block's
    // children gather here and get a list of exactly their count when it closes. Lists grown by
    // doubling cost NuttX ≈ 0.8 MB of arrays per parse, most of them discarded. The list is the
    // thread's (ParseLookups), reused by its next parse.
    private List<MenuNode> PendingChildren => _lookups.PendingChildren;
    private readonly Stack<(MenuNode Node, int Start)> _openBlocks = new();

    /// <summary>
    /// A session for a tree; <paramref name="wordCapacity"/> sizes the word table (small for one expression,
    /// a power of two), <paramref name="symbolCapacity"/> the symbol table.
    /// </summary>
    public ParserSession(IKconfigFileProvider files, KconfigParseOptions options, int wordCapacity = 4096, int symbolCapacity = 0)
    {
        WordCache = new WordTable(wordCapacity);
        SymbolCapacity = symbolCapacity;
        References = new FirstReferences(symbolCapacity);
        _symbols = NewSymbolTable(symbolCapacity);
        _defined = NewSymbolTable(symbolCapacity);
        FileProvider = files;
        Options = options;
        Constants = ConstantSymbols.Shared;
        _lookups = wordCapacity >= PooledLookupsFrom ? ParseLookups.Take() : ParseLookups.Unpooled();
        Leaves = new SymbolLeaves(symbolCapacity, _lookups.ConstantLeaves);
        _lookups.Constants.Add("y", Constants.Yes);
        _lookups.Constants.Add("m", Constants.Module);
        _lookups.Constants.Add("n", Constants.No);
        Root = new MenuNode(MenuNodeKind.Root, SourceLocation.None) { OwnDependency = Constants.YesExpr };
        Macros = new MacroExpander(options, Diagnostics);
    }

    // A tree's session (the default word capacity or more) reuses the thread's lookups; one expression's does not.
    private const int PooledLookupsFrom = 4096;

    /// <summary>
    /// A session for a whole tree, its tables sized from the texts when the provider holds them all
    /// (the generator's, in-memory): growing them by doubling allocated NuttX's word and symbol tables
    /// about twice (≈ 1.8 MB). NuttX has one distinct word per ≈ 95 characters and one symbol per ≈ 200;
    /// the estimates leave room (a table that grows anyway costs more than a little slack). The word table
    /// keeps its pooled default below that size; the symbol table is sized at every size: QEMU's (777 symbols
    /// in 68 KB, one per ≈ 90 characters) grows once from the estimate instead of nine times from empty.
    /// </summary>
    public static ParserSession ForTree(IKconfigFileProvider files, KconfigParseOptions options)
    {
        if (files is not InMemoryFileProvider { TextLength: var characters })
        {
            return new ParserSession(files, options);
        }

        var words = 4096;
        while (words < characters / 72 && words < 1 << 24)
        {
            words *= 2;
        }

        return new ParserSession(files, options, words, (int)Math.Min(characters / 160, options.MaxSymbols));
    }

    public IKconfigFileProvider FileProvider { get; }

    /// <summary>Symbols the tables were sized for (tests: the sizing of a parse).</summary>
    internal int SymbolCapacity { get; }

    /// <summary>Where each symbol is first referenced, until the finalizer gives the undefined ones theirs.</summary>
    public FirstReferences References { get; }

    /// <summary>The operands' shared expression leaves, for the parse.</summary>
    public SymbolLeaves Leaves { get; }

    public KconfigParseOptions Options { get; }

    public KconfigDialect Dialect => Options.Dialect;

    public ConstantSymbols Constants { get; }


    public MenuNode Root { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Symbols with a <c>config</c> entry, in definition order.</summary>
    public ReadOnlySpan<Symbol> DefinedSymbols => new(_defined, 0, _definedCount);

    // Rented and sized like the symbol table (most symbols are defined); the model gets them at their exact count.
    // A list sized from the estimate kept NuttX's 6,000 unused slots (48 KB) in the model.
    private Symbol[] _defined;
    private int _definedCount;

    /// <summary>Records the first definition of <paramref name="symbol"/>.</summary>
    public void AddDefined(Symbol symbol)
    {
        if (_definedCount == _defined.Length)
        {
            GrowSymbolTable(ref _defined, _definedCount);
        }

        _defined[_definedCount++] = symbol;
    }

    public List<Choice> Choices { get; } = [];

    public List<ConfigAssignment> Assignments { get; } = [];

    public List<string> Files { get; } = [];

    /// <summary>The macro language: variables assigned in the Kconfig files and <c>$(...)</c> expansion.</summary>
    public MacroExpander Macros { get; }

    /// <summary>Interned words, so repeated names share one string.</summary>
    public WordTable WordCache { get; }

    /// <summary>
    /// Scratch space every file's lexer builds help text in (one help text at a time, turned into its
    /// string before the lexer returns): a builder per file grew and re-grew in each of NuttX's 858 files.
    /// </summary>
    public TextBuffer HelpScratch => _helpScratch ??= new TextBuffer(capacity: 4096);

    private TextBuffer? _helpScratch;

    // Parsers (with their lexers) of files parsed to their end, for the next files.
    private readonly Stack<FileParser> _freeParsers = new();

    /// <summary>Where the kept help blocks of the files being parsed gather (<see cref="FileHelpTexts"/>).</summary>
    public HelpSpanScratch HelpSpans { get; } = new();

    /// <summary>Whether a file's help texts were built in <see cref="HelpScratch"/> (tests: a provider's strings never need it).</summary>
    internal bool HelpScratchTaken => _helpScratch is not null;

    /// <summary>The properties of the entry being parsed (see <see cref="Syntax.EntryProperties"/>).</summary>
    public EntryProperties EntryProperties { get; } = new();

    public Symbol? ModulesSymbol { get; set; }

    /// <summary>Blocks (menu/if/choice) open across the whole <c>source</c> chain, bounded by <see cref="KconfigParseOptions.MaxNestingDepth"/>.</summary>
    public int BlockDepth { get; set; }

    /// <summary>Symbols in the table (defined or referenced), bounded by <see cref="KconfigParseOptions.MaxSymbols"/>.</summary>
    public int SymbolCount => _symbolCount;

    /// <summary>Where the tree first uses syntax LKC 7.x rejects (see <see cref="KconfigModel.LegacySyntax"/>), or null.</summary>
    public SourceLocation? LegacySyntax { get; private set; }

    /// <summary>Records a construct that LKC 7.x no longer accepts; the first one is kept.</summary>
    public void NoteLegacySyntax(SourceLocation location) => LegacySyntax ??= location;

    /// <summary>Set once <see cref="KconfigParseOptions.MaxSymbols"/> is reached: no further input is read.</summary>
    public bool SymbolLimitReached { get; set; }

    public KconfigModel Run(IReadOnlyList<string> rootFiles)
    {
        OpenBlock(Root);
        foreach (var root in rootFiles)
        {
            Push(new ParseFrame(KconfigPath.Normalize(root), Root, SourceLocation.None, optional: false, includeDepth: 0));
            ParseFrames();
        }

        while (_openBlocks.Count > 0)
        {
            CloseBlock();
        }

        ReleaseFileBuffers();
        HelpSpans.Release();
        WordCache.Release();
        var dependencyIdCount = MenuFinalizer.Finalize(this);
        References.Release();
        // The qemu resolver makes a clause per select and imply on every resolve, each using its source's leaf.
        var leaves = Dialect == KconfigDialect.Qemu ? Leaves.TakeExact(_symbolCount) : null;
        Leaves.Release();
        _lookups.Release();
        var hasPrompts = HasPrompts();
        return new KconfigModel(Dialect, Root, TakeSymbols(), TakeDefined(), Choices, Constants, Assignments, Files, Diagnostics.Items)
        {
            ModulesSymbol = ModulesSymbol,
            HasPrompts = hasPrompts,
            LegacySyntax = LegacySyntax,
            DependencyIdCount = dependencyIdCount,
            Leaves = leaves,
        };
    }

    /// <summary>Frames on the parser's stack; a parser that pushes one returns to let <see cref="ParseFrames"/> run it.</summary>
    public int FrameCount => _frames.Count;

    /// <summary>Pushes a nested block or a sourced file, parsed before the rest of the current block.</summary>
    public void Push(ParseFrame frame) => _frames.Push(frame);

    // The parse loop: an explicit stack of blocks and files instead of recursion, so the depth of
    // source chains and nesting costs heap, not call stack (docs/robustness.md).
    [MethodImpl(HotPath.Optimized)]
    private void ParseFrames()
    {
        while (_frames.Count > 0)
        {
            var frame = _frames.Peek();
            if (frame.Parser is null)
            {
                _frames.Pop();
                OpenFile(frame.Path, frame.Parent, frame.SourcedFrom, frame.Optional, frame.IncludeDepth);
                continue;
            }

            if (!frame.Parser.ParseBlock(frame))
            {
                continue;
            }

            _frames.Pop();
            if (frame.IsFileBody)
            {
                _includeSet.Remove(_includeStack[_includeStack.Count - 1]);
                _includeStack.RemoveAt(_includeStack.Count - 1);
                ReturnFileBuffer(frame.Parser.Text);
                frame.Parser.EndFile();
                _freeParsers.Push(frame.Parser);
            }
            else
            {
                CloseBlock();
                BlockDepth--;
            }
        }
    }

    /// <summary>Starts collecting the children of <paramref name="node"/>, whose block the parser has just pushed.</summary>
    public void OpenBlock(MenuNode node) => _openBlocks.Push((node, PendingChildren.Count));

    /// <summary>
    /// Adds <paramref name="child"/> to <paramref name="parent"/>'s children. The parser adds only to the
    /// innermost open block (a sourced file's entries belong to the block around the <c>source</c>);
    /// any other parent gets the child in its list at once.
    /// </summary>
    public void AddChild(MenuNode parent, MenuNode child)
    {
        if (_openBlocks.Count > 0 && ReferenceEquals(_openBlocks.Peek().Node, parent))
        {
            PendingChildren.Add(child);
        }
        else
        {
            parent.ChildItems.Add(child);
        }
    }

    // The innermost open block has ended: its gathered children become its list. An 'if' block's stay
    // where they are, after the 'if' node in its parent's gathered list (their Parent is the 'if' node):
    // the finalizer takes their dependencies from it and then removes it, with no list of its own to
    // build and none to flatten (NuttX: 3,500 'if' blocks, ≈ 0.39 MB of arrays).
    private void CloseBlock()
    {
        var (node, start) = _openBlocks.Pop();
        var count = PendingChildren.Count - start;
        if (count == 0)
        {
            return;
        }

        if (node.Kind == MenuNodeKind.If && start > 0 && ReferenceEquals(PendingChildren[start - 1], node) && _openBlocks.Count > 0)
        {
            return;
        }

        node.ChildItems.AddExact(PendingChildren, start, count);

        PendingChildren.RemoveRange(start, count);
    }

    /// <summary>Reads one file and pushes its top level, diagnosing missing, recursive and repeated inclusion.</summary>
    private void OpenFile(string path, MenuNode parent, SourceLocation sourcedFrom, bool optional, int depth)
    {
        if (_includeSet.Contains(path))
        {
            var chain = string.Join(" -> ", _includeStack) + " -> " + path;
            Diagnostics.Add(KconfigDiagnostics.RecursiveSource, sourcedFrom, $"recursive 'source' of '{path}' detected: {chain}");
            return;
        }

        if (depth > Options.MaxIncludeDepth)
        {
            Diagnostics.Add(KconfigDiagnostics.LimitExceeded, sourcedFrom, $"'source' nested deeper than {Options.MaxIncludeDepth} files at '{path}'");
            return;
        }

        if (SymbolLimitReached)
        {
            return;
        }

        var text = TakeFileBuffer();
        int length;
        try
        {
            if (!ReadInto(path, text, out length))
            {
                ReturnFileBuffer(text);
                if (!optional)
                {
                    Diagnostics.Add(KconfigDiagnostics.MissingSourcedFile, sourcedFrom, Dialect == KconfigDialect.Qemu || !sourcedFrom.IsInFile ? $"'{path}' not found" : $"'{path}' not found (osource makes a missing file optional)");
                }

                return;
            }
        }
        catch (KconfigFileRefusedException refused)
        {
            ReturnFileBuffer(text);
            var at = sourcedFrom.IsInFile ? sourcedFrom : new SourceLocation(path, 1);
            Diagnostics.Add(refused.IsSizeLimit ? KconfigDiagnostics.LimitExceeded : KconfigDiagnostics.UnreadableSourcedFile, at, $"'{path}' {refused.Reason}; it is not read");
            return;
        }

        if (length > Options.MaxFileSize)
        {
            ReturnFileBuffer(text);
            var at = sourcedFrom.IsInFile ? sourcedFrom : new SourceLocation(path, 1);
            Diagnostics.Add(KconfigDiagnostics.LimitExceeded, at, $"'{path}' is {length} characters, more than the limit of {Options.MaxFileSize}; it is not read");
            return;
        }

        if (!_lookups.FilesSeen.Add(path))
        {
            if (Dialect == KconfigDialect.Qemu)
            {
                // minikconf skips a file it has already read.
                ReturnFileBuffer(text);
                return;
            }

            Diagnostics.Add(KconfigDiagnostics.RepeatedSource, sourcedFrom, $"'{path}' is sourced more than once");
        }

        Files.Add(path);
        _includeStack.Add(path);
        _includeSet.Add(path);
        // A provider's string defers its help texts (no scratch): its 8 KB is taken only by a parser that decodes files.
        var helpScratch = text.Source is null ? HelpScratch : null;
        FileParser parser;
        if (_freeParsers.Count > 0)
        {
            parser = _freeParsers.Pop();
            parser.Lexer.Restart(text, path, helpScratch);
            parser.Restart(text, depth);
        }
        else
        {
            parser = new FileParser(this, new Lexer(text, path, Diagnostics, WordCache, Dialect == KconfigDialect.Qemu ? null : Macros, helpScratch), text, depth);
        }

        Push(parser.FileBody(parent));
    }

    /// <summary>
    /// Reads <paramref name="path"/> into <paramref name="text"/>: straight in from a provider that can
    /// (the CLI's decodes into it), else its string, copied in unless it is over the size limit.
    /// <paramref name="length"/> is the text's length in characters either way.
    /// </summary>
    private bool ReadInto(string path, KconfigFileBuffer text, out int length)
    {
        if (FileProvider is IKconfigBufferedFileProvider buffered)
        {
            var found = buffered.TryReadFile(path, text);
            length = text.Length;
            return found;
        }

        if (!FileProvider.TryReadFile(path, out var whole))
        {
            length = 0;
            return false;
        }

        length = whole.Length;
        if (length <= Options.MaxFileSize)
        {
            text.SetText(whole);
        }

        return true;
    }

    // Texts of the files open at once (one per 'source' level): a file's buffer serves the next file
    // read at its level once it is parsed, and the arrays go back to the shared pool when the parse ends.
    private readonly Stack<KconfigFileBuffer> _freeFileBuffers = new();
    private readonly List<KconfigFileBuffer> _fileBuffers = [];

    private KconfigFileBuffer TakeFileBuffer()
    {
        if (_freeFileBuffers.Count > 0)
        {
            return _freeFileBuffers.Pop();
        }

        var buffer = new KconfigFileBuffer();
        _fileBuffers.Add(buffer);
        return buffer;
    }

    /// <summary>A file is parsed: its text buffer serves the next file.</summary>
    private void ReturnFileBuffer(KconfigFileBuffer buffer) => _freeFileBuffers.Push(buffer);

    private void ReleaseFileBuffers()
    {
        foreach (var buffer in _fileBuffers)
        {
            buffer.Release();
        }

        _fileBuffers.Clear();
        _freeFileBuffers.Clear();
    }

    /// <summary>The symbol named <paramref name="name"/>, created (undefined) on first use.</summary>
    [MethodImpl(HotPath.Optimized)]
    public Symbol LookupSymbol(string name)
    {
        ref var idPlusOne = ref WordCache.ValueOf(name);
        if (idPlusOne != 0)
        {
            return _symbols[idPlusOne - 1];
        }

        // Its id is its place in the table, as the model numbers them: the finalizer counts per symbol in arrays.
        var id = _symbolCount;
        var symbol = new Symbol(name, isConstant: false) { Id = id };
        idPlusOne = id + 1;
        if (id == _symbols.Length)
        {
            GrowSymbolTable(ref _symbols, id);
        }

        _symbols[id] = symbol;
        _symbolCount = id + 1;
        return symbol;
    }

    private Symbol[] TakeSymbols() => TakeExact(ref _symbols, _symbolCount);

    private Symbol[] TakeDefined() => TakeExact(ref _defined, _definedCount);

    // A full table twice as large, its first count symbols kept; the old one goes back to the pool.
    private static void GrowSymbolTable(ref Symbol[] table, int count)
    {
        var larger = NewSymbolTable(count * 2);
        Array.Copy(table, larger, count);
        ReturnSymbolTable(table);
        table = larger;
    }

    // The table's first count symbols at their exact size for the model; the rented one goes back to the pool.
    private static Symbol[] TakeExact(ref Symbol[] table, int count)
    {
        var exact = count == 0 ? [] : new Symbol[count];
        Array.Copy(table, exact, count);
        ReturnSymbolTable(table);
        table = [];
        return exact;
    }

    // A tree's table comes from the shared pool; a small one (one expression's session) is a plain array.
    private const int PooledSymbolTable = 256;

    private static Symbol[] NewSymbolTable(int capacity) => RentedArray.ClearedTable<Symbol>(Math.Max(capacity, 8), PooledSymbolTable);

    private static void ReturnSymbolTable(Symbol[] symbols) => RentedArray.ReturnTable(symbols, PooledSymbolTable);

    /// <summary>
    /// The operand for a word in an expression: y/m/n and numbers are constants, anything else a symbol.
    /// </summary>
    public Symbol LookupOperand(string word, SourceLocation location)
    {
        // The constants table holds y/m/n and numbers only (LooksNumeric words, below): y, m and n are
        // answered without a look-up (`default y`, `depends on X != n`), and a longer word needs none there.
        if (word.Length == 1)
        {
            switch (word[0])
            {
                case 'y':
                    return Constants.Yes;
                case 'm':
                    return Constants.Module;
                case 'n':
                    return Constants.No;
            }
        }

        if (LooksNumeric(word))
        {
            return LookupConstant(word, quoted: false);
        }

        var symbol = LookupSymbol(word);
        References.Note(symbol, location);
        return symbol;
    }

    /// <summary>A constant symbol for a quoted string or number.</summary>
    public Symbol LookupConstant(string text, bool quoted)
    {
        if (quoted && (text == "y" || text == "m" || text == "n"))
        {
            return _lookups.Constants[text];
        }

        var constants = quoted ? _lookups.QuotedConstants : _lookups.Constants;
        if (!constants.TryGetValue(text, out var constant))
        {
            constant = new Symbol(text, isConstant: true) { IsQuoted = quoted };
            constants.Add(text, constant);
        }

        return constant;
    }

    /// <summary>Every non-constant symbol, defined or referenced, in first-seen order.</summary>
    public ReadOnlySpan<Symbol> SymbolsInTable() => new(_symbols, 0, _symbolCount);

    /// <summary>The named choice (merged across definitions), or a new anonymous one.</summary>
    public Choice LookupChoice(string? name)
    {
        if (name is not null && _namedChoices.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var choice = new Choice(name);
        Choices.Add(choice);
        if (name is not null)
        {
            _namedChoices.Add(name, choice);
        }

        return choice;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool LooksNumeric(string word)
    {
        if (word.Length > 2 && word[0] == '0' && (word[1] == 'x' || word[1] == 'X'))
        {
            // What ulong.TryParse(hex) accepts, without the substring: 1 to 16 digits once leading zeros are dropped.
            var first = 2;
            while (first < word.Length - 1 && word[first] == '0')
            {
                first++;
            }

            if (word.Length - first > 16)
            {
                return false;
            }

            for (var i = first; i < word.Length; i++)
            {
                if (!IsHexDigit(word[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
    }

    private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private bool HasPrompts()
    {
        foreach (var symbol in DefinedSymbols)
        {
            if (symbol.PromptsView.Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
