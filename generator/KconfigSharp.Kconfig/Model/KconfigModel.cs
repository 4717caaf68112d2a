using System.Collections.Generic;
using System.Threading;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A parsed and finalized Kconfig tree: the menu tree, every symbol and choice with their merged
/// definitions, and the diagnostics found while reading it. Produced by <see cref="Syntax.KconfigParser"/>.
/// </summary>
/// <remarks>
/// The engine reads a model without changing it, from any thread. The public lists (a symbol's or node's
/// <c>Selects</c>, <c>Ranges</c>, <c>Implies</c>, a choice's <c>Nodes</c>, ...) are made on their first read, and that
/// read changes how the symbol, node or choice keeps its items: make those first reads where no other thread is
/// reading the same model (a resolve or a description being written included).
/// </remarks>
public sealed class KconfigModel
{
    private readonly SymbolTable _symbols;
    private readonly Symbol[] _symbolsById;

    internal KconfigModel(
        KconfigDialect dialect,
        MenuNode root,
        Symbol[] symbolsById,
        Symbol[] definedSymbols,
        List<Choice> choices,
        ConstantSymbols constants,
        List<ConfigAssignment> assignments,
        List<string> files,
        IReadOnlyList<KconfigDiagnostic> diagnostics)
    {
        Dialect = dialect;
        Root = root;
        // The parse numbered the symbols as it met them (each one's id is its place here).
        _symbolsById = symbolsById;
        _symbols = new SymbolTable(symbolsById);

        for (var i = 0; i < choices.Count; i++)
        {
            choices[i].Id = i;
        }

        DefinedSymbols = definedSymbols;
        Choices = choices;
        Constants = constants;
        Assignments = assignments;
        Files = files;
        Diagnostics = diagnostics;
    }

    /// <summary>The dialect the tree was parsed with.</summary>
    public KconfigDialect Dialect { get; }

    /// <summary>The root of the menu tree; its prompt is the <c>mainmenu</c> title when there is one.</summary>
    public MenuNode Root { get; }

    /// <summary>Every non-constant symbol, defined or only referenced, by name.</summary>
    public IReadOnlyDictionary<string, Symbol> Symbols => _symbols;

    /// <summary>Defined symbols in the order of their first definition.</summary>
    public IReadOnlyList<Symbol> DefinedSymbols { get; }

    /// <summary>Every choice, in definition order.</summary>
    public IReadOnlyList<Choice> Choices { get; }

    /// <summary>The constant symbols y, m and n.</summary>
    public ConstantSymbols Constants { get; }

    /// <summary>The symbol marked <c>modules</c> (<c>option modules</c>), or null; m is n without it.</summary>
    public Symbol? ModulesSymbol { get; internal set; }

    /// <summary><c>CONFIG_X=value</c> lines read by the parser (QEMU dialect), in order.</summary>
    public IReadOnlyList<ConfigAssignment> Assignments { get; }

    /// <summary>Every file read, in the order it was read, as the tree names it.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Parse diagnostics, in the order they were found.</summary>
    public IReadOnlyList<KconfigDiagnostic> Diagnostics { get; }

    /// <summary>True when any parse diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == KconfigSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The <c>mainmenu</c> title, or null.</summary>
    public string? MainMenuTitle => Root.Prompt?.Text;

    /// <summary>
    /// Where the tree first uses syntax that LKC 7.x rejects (<c>---help---</c>, <c>option ...</c>,
    /// <c>optional</c> or tristate choices), or null. SPEC §8: such a tree (NuttX, Buildroot, U-Boot,
    /// Kconfiglib's tests) gets Kconfiglib's rules where LKC 7.x and Kconfiglib part; any other tree
    /// gets LKC 7.x's (docs/semantics.md).
    /// </summary>
    public SourceLocation? LegacySyntax { get; internal set; }

    /// <summary>True when LKC 7.x rules decide (the tree uses no syntax LKC 7.x rejects).</summary>
    public bool FollowsLkc => Dialect == KconfigDialect.Kconfig && LegacySyntax is null;

    /// <summary>True when at least one symbol has a prompt (QEMU trees have none).</summary>
    public bool HasPrompts { get; internal set; }

    /// <summary>The highest <see cref="DependencyIds">dependency id</see> the finalizer gave (ids run 1 to this).</summary>
    internal int DependencyIdCount { get; set; }

    /// <summary>The dependency graph, built on first resolve (<see cref="Resolution.DependencyGraph.Of"/>).</summary>
    internal Resolution.DependencyGraph? DependencyGraphSlot;

    /// <summary>
    /// Symbols' expression leaves by <see cref="Symbol.Id"/>, the parse's own (a qemu tree's, whose resolver uses one per
    /// select and imply clause on every resolve) or made on first need; null until then.
    /// </summary>
    internal SymbolExpr?[]? Leaves { private get; init; }

    /// <summary>The shared expression leaf of this model's <paramref name="symbol"/> (the parse's where it made one).</summary>
    internal SymbolExpr LeafOf(Symbol symbol)
    {
        var leaves = Leaves ?? MadeLeaves();
        return Volatile.Read(ref leaves[symbol.Id]) ?? Interlocked.CompareExchange(ref leaves[symbol.Id], new SymbolExpr(symbol), null) ?? leaves[symbol.Id]!;
    }

    private SymbolExpr?[]? _madeLeaves;

    private SymbolExpr?[] MadeLeaves() =>
        Volatile.Read(ref _madeLeaves) ?? Interlocked.CompareExchange(ref _madeLeaves, new SymbolExpr?[_symbolsById.Length], null) ?? _madeLeaves!;

    /// <summary>Every symbol of the table at its <see cref="Symbol.Id"/> (read only: the resolution's graph numbers items by it).</summary>
    internal Symbol[] SymbolsById => _symbolsById;

    /// <summary>True when <paramref name="symbol"/> is this model's symbol with its <see cref="Symbol.Id"/> (not a constant or another model's).</summary>
    /// <remarks>Forced inline: the resolver asks it on every value read, and the JIT kept it a call (≈ 3 % of a NuttX resolve).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool Owns(Symbol symbol) => (uint)symbol.Id < (uint)_symbolsById.Length && ReferenceEquals(_symbolsById[symbol.Id], symbol);

    /// <summary>The symbol of that name, or null.</summary>
    public Symbol? FindSymbol(string name) => _symbols.TryGetValue(name, out var symbol) ? symbol : null;
}
