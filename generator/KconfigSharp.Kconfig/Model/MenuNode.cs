using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// One entry of the menu tree: a symbol or choice definition, a menu, a comment, or (before the tree
/// is finalized) an <c>if</c> block. Properties keep their condition as written in <c>WrittenCondition</c>
/// (their <c>Condition</c> is the propagated one once the tree is finalized, the same property object
/// being in the symbol's list); <see cref="Dependency"/> holds the propagated dependencies (enclosing
/// <c>if</c>/<c>menu</c>/choice and the entry's own <c>depends on</c>).
/// </summary>
public sealed class MenuNode
{
    internal MenuNode(MenuNodeKind kind, SourceLocation location)
    {
        _kind = (byte)kind;
        _fileOrHelp = location.File;
        _line = location.Line;
        if (location.Column < LongColumn)
        {
            _column = (ushort)location.Column;
        }
        else
        {
            _column = LongColumn;
            LongColumns.Add(this, new StrongBox<int>(location.Column));
        }
    }

    /// <summary>What the node is.</summary>
    public MenuNodeKind Kind => (MenuNodeKind)(_kind & KindBits);

    /// <summary>Where the entry starts (the <c>config</c>, <c>menu</c>, ... line).</summary>
    public SourceLocation Location =>
        new(File, _line, _column < LongColumn ? _column : LongColumns.TryGetValue(this, out var column) ? column.Value : LongColumn);

    // The location as its parts, the kind with the menuconfig flag, and the form of the dependencies in 8
    // bytes: the node is 80 bytes (88 before its symbol and rare parts shared a field, 96 before its file and help text did, 104 before its two
    // dependencies did, 112 before its children moved to the rare parts) instead of 120 (NuttX: 32,000 nodes
    // with the 'if' nodes). A column past 65,534 (a line that long before its keyword) is kept aside, so no
    // node pays for it.
    private const ushort LongColumn = ushort.MaxValue;
    private const byte KindBits = 0x3F;
    private const byte RangesInSelectSlotBit = 0x40;
    private const byte MenuConfigBit = 0x80;
    private static readonly ConditionalWeakTable<MenuNode, StrongBox<int>> LongColumns = new();

    // The file's path, or when the entry has a help text its file's FileHelpTexts, which holds the path too: one
    // field for both (NuttX: 256 KB on 32,000 nodes, of which 13,600 have help).
    private object _fileOrHelp;
    private readonly int _line;
    private readonly ushort _column;
    private byte _kind;
    private DependencyForm _dependencyForm;

    /// <summary>The symbol this node defines, for <see cref="MenuNodeKind.Symbol"/>.</summary>
    public Symbol? Symbol
    {
        get
        {
            var symbolOrRare = _symbolOrRare;
            return symbolOrRare is null || symbolOrRare.GetType() == typeof(Symbol)
                ? Unsafe.As<Symbol>(symbolOrRare)
                : Unsafe.As<MenuNodeRareParts>(symbolOrRare).Symbol;
        }

        internal set
        {
            if (_symbolOrRare is MenuNodeRareParts rare)
            {
                rare.Symbol = value;
            }
            else
            {
                _symbolOrRare = value;
            }
        }
    }

    /// <summary>The choice this node defines, for <see cref="MenuNodeKind.Choice"/>.</summary>
    public Choice? Choice { get => RareOrNull?.Choice; internal set => Rare.Choice = value; }

    /// <summary><c>menuconfig</c> rather than <c>config</c>.</summary>
    public bool IsMenuConfig
    {
        get => (_kind & MenuConfigBit) != 0;
        internal set => _kind = (byte)(value ? _kind | MenuConfigBit : _kind & ~MenuConfigBit);
    }

    /// <summary>The prompt: the menu or comment title, or a symbol's prompt (condition as written).</summary>
    public PromptProperty? Prompt { get; internal set; }

    /// <summary>The entry's own <c>depends on</c> expressions ANDed (y when none); for <c>if</c> nodes, the condition.</summary>
    public Expr OwnDependency
    {
        get => _dependencyForm switch
        {
            DependencyForm.OwnOnly or DependencyForm.OwnIsDependency => _dependency,
            DependencyForm.OwnIsYes => ConstantSymbols.Shared.YesExpr,
            DependencyForm.OwnIsLeft => Unsafe.As<AndExpr>(_dependency).Left,
            _ => RareOrNull!.OwnDependency!,
        };

        // The parser's, before the tree is finalized.
        internal set
        {
            _dependency = value;
            _dependencyForm = DependencyForm.OwnOnly;
        }
    }

    /// <summary>Propagated dependency: <see cref="OwnDependency"/> ANDed with the parent's. Set when the tree is finalized.</summary>
    public Expr Dependency
    {
        get => _dependencyForm == DependencyForm.OwnOnly ? null! : _dependency;
        internal set
        {
            // The propagated dependency is `own && parent's` as Expr.And builds it: the own one itself (the parent's
            // is y), its left operand, or the parent's alone where the own one is y; only other cases keep it aside.
            var own = OwnDependency;
            _dependency = value;
            if (ReferenceEquals(own, value))
            {
                _dependencyForm = DependencyForm.OwnIsDependency;
            }
            else if (ReferenceEquals(own, ConstantSymbols.Shared.YesExpr))
            {
                _dependencyForm = DependencyForm.OwnIsYes;
            }
            else if (value.GetType() == typeof(AndExpr) && ReferenceEquals(Unsafe.As<AndExpr>(value).Left, own))
            {
                _dependencyForm = DependencyForm.OwnIsLeft;
            }
            else
            {
                Rare.OwnDependency = own;
                _dependencyForm = DependencyForm.OwnInRareParts;
            }
        }
    }

    // The propagated dependency, or before the tree is finalized the own one; which of the forms below says
    // where the own one is then (NuttX: one field instead of two on 32,000 nodes, 256 KB).
    private Expr _dependency = null!;

    /// <summary><c>visible if</c> of a menu (y when none).</summary>
    public Expr? VisibleIf { get => RareOrNull?.VisibleIf; internal set => Rare.VisibleIf = value; }

    private MenuNodeRareParts Rare
    {
        get
        {
            if (_symbolOrRare is MenuNodeRareParts rare)
            {
                return rare;
            }

            rare = new MenuNodeRareParts { Symbol = Unsafe.As<Symbol?>(_symbolOrRare) };
            _symbolOrRare = rare;
            return rare;
        }
    }

    private MenuNodeRareParts? RareOrNull => _symbolOrRare as MenuNodeRareParts;

    // The symbol, or once the node has rare parts those parts, which then hold the symbol: one field for both
    // (most nodes are symbols without rare parts; menus, choices, comments and 'if's have them and no symbol).
    // NuttX: 8 bytes on 32,000 nodes against 8 on the 5,400 rare parts.
    private object? _symbolOrRare;

    /// <summary>The help text with the common indentation removed, or null.</summary>
    public string? Help => _fileOrHelp is FileHelpTexts texts ? texts.TextOf(_line) : null;

    /// <summary>True when the node has a help text (without dedenting a kept block).</summary>
    internal bool HasHelp => _fileOrHelp.GetType() != typeof(string);

    private string File => _fileOrHelp as string ?? Unsafe.As<FileHelpTexts>(_fileOrHelp).File;

    /// <summary>Gives the node its help text: the one <paramref name="texts"/> (of the node's file) holds for its line.</summary>
    internal void SetHelp(FileHelpTexts texts)
    {
        if (texts.File != File)
        {
            throw new System.ArgumentException($"help texts of '{texts.File}' given to an entry of '{File}'", nameof(texts));
        }

        _fileOrHelp = texts;
    }

    /// <summary>The <c>default</c> properties of this definition.</summary>
    public List<DefaultProperty> Defaults => _defaults.AsList();

    internal ListView<DefaultProperty> DefaultsView => _defaults.View;

    private OneOrMany<DefaultProperty> _defaults;

    /// <summary>The defaults as stored (for the symbol's aggregated list, which may share them).</summary>
    internal OneOrMany<DefaultProperty> DefaultItems => _defaults;

    /// <summary>The <c>select</c> properties of this definition.</summary>
    public List<RelationProperty> Selects
    {
        get
        {
            MoveRangesToRareParts();
            return _selectsOrRanges.AsList();
        }
    }

    internal ListView<RelationProperty> SelectsView => RangesInSelectSlot ? default : _selectsOrRanges.View;

    /// <summary>
    /// The selects, or (with <see cref="RangesInSelectSlotBit"/>) the ranges of a node that has ranges and no selects:
    /// ranges are for int/hex symbols, selects for bool/tristate, so such a node (NuttX: 2,428) needs no rare parts for them.
    /// </summary>
    private OneOrMany<RelationProperty> _selectsOrRanges;

    private bool RangesInSelectSlot => (_kind & RangesInSelectSlotBit) != 0;

    // The same one-object field read as ranges (only while RangesInSelectSlot).
    private ref OneOrMany<RangeProperty> SlotRanges => ref Unsafe.As<OneOrMany<RelationProperty>, OneOrMany<RangeProperty>>(ref _selectsOrRanges);

    /// <summary>The selects as stored (for the symbol's aggregated list, which may share them).</summary>
    internal OneOrMany<RelationProperty> SelectItems => RangesInSelectSlot ? default : _selectsOrRanges;

    /// <summary>The <c>imply</c> properties of this definition.</summary>
    public List<RelationProperty> Implies => Rare.Implies.AsList();

    internal ListView<RelationProperty> ImpliesView => RareOrNull is not { } rare ? default : rare.Implies.View;

    /// <summary>The implies as stored (for the symbol's aggregated list, which may share them).</summary>
    internal OneOrMany<RelationProperty> ImplyItems => RareOrNull is not { } rare ? default : rare.Implies;

    /// <summary>The <c>range</c> properties of this definition.</summary>
    public List<RangeProperty> Ranges
    {
        get
        {
            MoveRangesToRareParts();
            return Rare.Ranges.AsList();
        }
    }

    internal ListView<RangeProperty> RangesView => RangeItems.View;

    /// <summary>The ranges as stored (for the symbol's aggregated list, which may share them).</summary>
    internal OneOrMany<RangeProperty> RangeItems =>
        RangesInSelectSlot ? SlotRanges : RareOrNull is not { } rare ? default : rare.Ranges;

    /// <summary>Whether the node has created its rare parts (for the tests of what needs them).</summary>
    internal bool HasRareParts => _symbolOrRare is MenuNodeRareParts;

    /// <summary>The entry's properties, gathered while it was parsed, stored at their exact counts.</summary>
    internal void AddProperties(List<DefaultProperty> defaults, List<RelationProperty> selects, List<RelationProperty> implies, List<RangeProperty> ranges)
    {
        _defaults.AddExact(defaults);
        if (selects.Count > 0)
        {
            MoveRangesToRareParts();
            _selectsOrRanges.AddExact(selects);
        }

        if (implies.Count > 0)
        {
            Rare.Implies.AddExact(implies);
        }

        if (ranges.Count > 0)
        {
            if (RangesInSelectSlot)
            {
                SlotRanges.AddExact(ranges);
            }
            else if (_selectsOrRanges.IsUnset && (RareOrNull is not { } rare || rare.Ranges.IsUnset))
            {
                SlotRanges.AddExact(ranges);
                _kind |= RangesInSelectSlotBit;
            }
            else
            {
                Rare.Ranges.AddExact(ranges);
            }
        }
    }

    /// <summary>Gives the select slot back to selects: the ranges it held move to the rare parts (a public list is read, or selects come).</summary>
    private void MoveRangesToRareParts()
    {
        if (!RangesInSelectSlot)
        {
            return;
        }

        Rare.Ranges = SlotRanges;
        _selectsOrRanges = default;
        _kind = (byte)(_kind & ~RangesInSelectSlotBit);
    }

    /// <summary>The enclosing node (null for the root).</summary>
    public MenuNode? Parent { get; internal set; }

    /// <summary>The nodes inside this one, in order.</summary>
    public List<MenuNode> Children => Rare.Children.AsList();

    /// <summary>The children without creating a list (most nodes are leaves, many parents have one child).</summary>
    internal ListView<MenuNode> ChildrenView => RareOrNull is not { } rare ? default : rare.Children.View;

    /// <summary>The children as stored: null, one node, an exact array, or a list (see <see cref="OneOrMany{T}"/>); in the rare parts (NuttX: 2,433 of 28,440 nodes have children).</summary>
    internal ref OneOrMany<MenuNode> ChildItems => ref Rare.Children;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Symbol?.Name ?? Choice?.Name ?? Prompt?.Text} at {Location}";

    /// <summary>Where <see cref="OwnDependency"/> is, given <see cref="_dependency"/>.</summary>
    private enum DependencyForm : byte
    {
        /// <summary>Not finalized: the field holds the own dependency.</summary>
        OwnOnly,

        /// <summary>The propagated dependency is the own one.</summary>
        OwnIsDependency,

        /// <summary>The own dependency is the shared y (no <c>depends on</c>).</summary>
        OwnIsYes,

        /// <summary>The propagated dependency is <c>own &amp;&amp; parent's</c>, the own one its left operand.</summary>
        OwnIsLeft,

        /// <summary>Any other case (a parent's dependency of n, a written <c>depends on y</c>): the own one in the rare parts.</summary>
        OwnInRareParts,
    }
}
