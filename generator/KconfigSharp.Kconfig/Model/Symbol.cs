using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A Kconfig symbol: every <c>config</c>/<c>menuconfig</c> definition of one name, merged as LKC
/// merges them (each definition is a <see cref="MenuNode"/> with its own dependencies), or a
/// constant (<c>y</c>, <c>m</c>, <c>n</c>, <c>"string"</c>, a number) used in expressions.
/// </summary>
public sealed class Symbol
{
    internal Symbol(string name, bool isConstant)
    {
        Name = name;
        IsConstant = isConstant;
    }

    /// <summary>
    /// Dense index of the symbol in its model's symbol table (0 to <see cref="KconfigModel.Symbols"/>
    /// count - 1), given when the symbol enters the parse's symbol table (the model keeps that order); -1 for constants. Lets a resolve keep values in arrays.
    /// </summary>
    internal int Id { get; set; } = -1;

    /// <summary>The name without the <c>CONFIG_</c> prefix, or the constant's text.</summary>
    public string Name { get; }

    /// <summary>True for constants (<c>y</c>, <c>m</c>, <c>n</c>, quoted strings, numbers).</summary>
    public bool IsConstant { get; }

    /// <summary>The declared type; <see cref="KconfigType.Unknown"/> for untyped or undefined symbols.</summary>
    public KconfigType Type { get => (KconfigType)_type; internal set => _type = (byte)value; }

    // A byte (the six types), not the enum's int: with the other small fields it packs into one 8-byte slot.
    private byte _type;

    /// <summary>True when the string constant was written in quotes (affects printing only).</summary>
    internal bool IsQuoted { get; set; }

    /// <summary>The definitions (menu nodes) in the order they were parsed.</summary>
    public IReadOnlyList<MenuNode> Nodes => _definitions is null ? System.Array.Empty<MenuNode>() : Definitions.Nodes.AsList();

    /// <summary>The definitions without a list for an undefined symbol.</summary>
    internal ListView<MenuNode> NodeList => _definitions is SymbolDefinitions definitions ? definitions.Nodes.View : new ListView<MenuNode>(_definitions);

    // Null (no definition), the one MenuNode that defines the symbol (almost every symbol), or the
    // SymbolDefinitions of several. A symbol defined once keeps no lists of its own: its prompts,
    // defaults and selects are its node's, once the finalizer has propagated that node
    // (_listsFromNode); before, they are empty, as they were when the finalizer copied them.
    private object? _definitions;
    private bool _listsFromNode;

    /// <summary>True when at least one <c>config</c> entry defines the symbol.</summary>
    public bool IsDefined => _definitions is not null;

    /// <summary>Adds a definition.</summary>
    internal void AddNode(MenuNode node)
    {
        switch (_definitions)
        {
            case null:
                _definitions = node;
                break;
            case SymbolDefinitions definitions:
                definitions.Nodes.Add(node);
                break;
            default:
                Definitions.Nodes.Add(node);
                break;
        }
    }

    /// <summary>
    /// The definitions and lists as their own object, made on first need (a second definition, or a public
    /// list read): a single definition's lists are then copied as they read now, so a public list of the
    /// symbol is never its node's.
    /// </summary>
    private SymbolDefinitions Definitions
    {
        get
        {
            if (_definitions is SymbolDefinitions definitions)
            {
                return definitions;
            }

            definitions = new SymbolDefinitions();
            if (_definitions is MenuNode node)
            {
                definitions.Nodes.Add(node);
                if (_listsFromNode)
                {
                    definitions.DirectDependency = node.Dependency;
                    if (node.Prompt is { } prompt)
                    {
                        definitions.Prompts.Add(prompt);
                    }

                    definitions.Defaults.AddAll(node.DefaultItems, node.DefaultItems.Count);
                    definitions.Selects.AddAll(node.SelectItems, node.SelectItems.Count);
                    if (node.RangeItems.Count > 0)
                    {
                        Rare.Ranges.AddAll(node.RangeItems, node.RangeItems.Count);
                    }

                    if (node.ImplyItems.Count > 0)
                    {
                        Rare.Implies.AddAll(node.ImplyItems, node.ImplyItems.Count);
                    }
                }
            }

            _definitions = definitions;
            return definitions;
        }
    }

    /// <summary>
    /// True (and from now on the node's lists are the symbol's) when <paramref name="node"/> is the symbol's
    /// only definition: the finalizer then adds nothing to the symbol's prompts, defaults and selects, and
    /// the ranges and implies it adds are the node's (kept there: <see cref="AddRanges"/>).
    /// </summary>
    internal bool ListsAreThoseOf(MenuNode node)
    {
        if (ReferenceEquals(_definitions, node))
        {
            _listsFromNode = true;
            return true;
        }

        return false;
    }

    /// <summary>The choice this symbol is a member of, if any.</summary>
    public Choice? Choice
    {
        get
        {
            var choiceOrRare = _choiceOrRare;
            return choiceOrRare is null || choiceOrRare.GetType() == typeof(Choice)
                ? Unsafe.As<Choice>(choiceOrRare)
                : Unsafe.As<SymbolRareParts>(choiceOrRare).Choice;
        }

        internal set
        {
            if (_choiceOrRare is SymbolRareParts rare)
            {
                rare.Choice = value;
            }
            else
            {
                _choiceOrRare = value;
            }
        }
    }

    /// <summary><c>option env="NAME"</c>: the value comes from this macro/environment variable.</summary>
    public string? EnvironmentVariable { get => RareOrNull?.EnvironmentVariable; internal set => Rare.EnvironmentVariable = value; }

    /// <summary><c>option allnoconfig_y</c>.</summary>
    public bool IsAllNoConfigY { get => RareOrNull?.IsAllNoConfigY ?? false; internal set => Rare.IsAllNoConfigY = value; }

    /// <summary><c>option defconfig_list</c>.</summary>
    public bool IsDefconfigList { get => RareOrNull?.IsDefconfigList ?? false; internal set => Rare.IsDefconfigList = value; }

    /// <summary><c>transitional</c> (Linux 6.18): read from an old .config, never written.</summary>
    public bool IsTransitional { get => RareOrNull?.IsTransitional ?? false; internal set => Rare.IsTransitional = value; }

    /// <summary>
    /// For a symbol no entry defines: where it is first referenced (a select, imply, expression or
    /// assignment), the place its undefined-symbol diagnostic names; null for a defined or unreferenced
    /// symbol. The parse tracks first references by symbol id and gives them only to the symbols that end
    /// up undefined (issue 12: all references cost NuttX ≈ 0.6 MB per parse, a field on every symbol 0.35 MB).
    /// </summary>
    public SourceLocation? FirstReference => RareOrNull?.FirstReference?.Value;

    /// <summary>True when <see cref="FirstReference"/> is set.</summary>
    internal bool HasReferences => RareOrNull?.FirstReference is not null;

    /// <summary>Sets <see cref="FirstReference"/> (the finalizer, for an undefined symbol).</summary>
    internal void SetFirstReference(SourceLocation location) => Rare.FirstReference = new StrongBox<SourceLocation>(location);

    private SymbolRareParts Rare
    {
        get
        {
            if (_choiceOrRare is SymbolRareParts rare)
            {
                return rare;
            }

            rare = new SymbolRareParts { Choice = Unsafe.As<Choice?>(_choiceOrRare) };
            _choiceOrRare = rare;
            return rare;
        }
    }

    private SymbolRareParts? RareOrNull => _choiceOrRare as SymbolRareParts;

    // The choice the symbol is a member of, or once the symbol has rare parts those parts, which then hold the
    // choice: a choice member with nothing else rare keeps no rare parts (NuttX: 5,256 members, 80 bytes each).
    private object? _choiceOrRare;

    // Aggregates computed when the tree is finalized (Kconfiglib _add_props_to_sym).

    /// <summary>OR of the dependencies of every definition (<c>direct_dep</c>).</summary>
    public Expr DirectDependency
    {
        // Defined once: the OR of one dependency is that dependency, the node's own (no field).
        get => _definitions switch
        {
            SymbolDefinitions definitions => definitions.DirectDependency,
            MenuNode node when _listsFromNode => node.Dependency,
            _ => ConstantSymbols.Shared.NoExpr,
        };

        // Only a symbol defined more than once keeps what the finalizer ORs (it sets no other's).
        internal set
        {
            if (_definitions is SymbolDefinitions definitions)
            {
                definitions.DirectDependency = value;
            }
        }
    }

    /// <summary>OR of <c>selector &amp;&amp; condition</c> over every select of this symbol (<c>rev_dep</c>).</summary>
    /// <remarks>
    /// Built from <see cref="SelectedBy"/> on first read (after finalization): the resolver and the dependency
    /// graph read the selects themselves (<see cref="Resolution.ExprEvaluator.EvaluateRelations"/>), so only
    /// descriptions, <c>why</c> and diagnostics make it (NuttX: 18,000 expression nodes, 0.72 MB, no longer per parse).
    /// Racing first reads build equal expressions; either is kept. Kept in the rare parts' <see cref="Model.ReverseDependencies"/>
    /// (made then if need be): a field of its own was 8 bytes on every symbol (NuttX 24,000).
    /// </remarks>
    public Expr ReverseDependency =>
        SelectedByView.Count == 0
            ? ConstantSymbols.Shared.NoExpr
            : (Rare.ReverseDependencies ??= new()).Selects ??= RelationChain.Of(SelectedByView);

    /// <summary>OR of <c>implier &amp;&amp; condition</c> over every imply of this symbol (<c>weak_rev_dep</c>).</summary>
    /// <remarks>Built from <see cref="ImpliedBy"/> on first read, kept in the rare parts (n while nothing implies the symbol).</remarks>
    public Expr WeakReverseDependency =>
        RareOrNull is not { } rare || rare.ImpliedBy.View.Count == 0
            ? ConstantSymbols.Shared.NoExpr
            : (rare.ReverseDependencies ??= new()).Implies ??= RelationChain.Of(rare.ImpliedBy.View);

    /// <summary>All prompts, conditions including their definition's dependencies and menu visibility.</summary>
    public List<PromptProperty> Prompts => Definitions.Prompts.AsList();

    internal ListView<PromptProperty> PromptsView => _definitions switch
    {
        SymbolDefinitions definitions => definitions.Prompts.View,
        MenuNode node when _listsFromNode => new ListView<PromptProperty>(node.Prompt),
        _ => default,
    };

    /// <summary>Adds one of <paramref name="count"/> items the finalizer will add (the list kept at exactly that size).</summary>
    internal void AddPrompt(PromptProperty item, int count) => Definitions.Prompts.Add(item, count);

    /// <summary>All defaults in definition order, conditions including their definition's dependencies.</summary>
    public List<DefaultProperty> Defaults => Definitions.Defaults.AsList();

    internal ListView<DefaultProperty> DefaultsView => _definitions switch
    {
        SymbolDefinitions definitions => definitions.Defaults.View,
        MenuNode node when _listsFromNode => node.DefaultsView,
        _ => default,
    };

    /// <summary>Adds a definition's items, of <paramref name="count"/> in all (shared with the definition when they are all: <see cref="OneOrMany{T}.AddAll"/>).</summary>
    internal void AddDefaults(OneOrMany<DefaultProperty> items, int count) => Definitions.Defaults.AddAll(items, count);

    /// <summary>All ranges, conditions including their definition's dependencies.</summary>
    public List<RangeProperty> Ranges => OwnRareParts.Ranges.AsList();

    internal ListView<RangeProperty> RangesView =>
        _definitions is MenuNode node && _listsFromNode ? node.RangesView : RareOrNull is not { } rare ? default : rare.Ranges.View;

    internal void AddRange(RangeProperty item) => OwnRareParts.Ranges.Add(item);

    /// <summary>
    /// Adds a definition's items, of <paramref name="count"/> in all (shared with the definition when they are all: <see cref="OneOrMany{T}.AddAll"/>).
    /// A symbol whose lists are its one node's keeps nothing: it reads the node's (NuttX: 1,944 symbols with ranges
    /// kept rare parts for them, 80 bytes each).
    /// </summary>
    internal void AddRanges(OneOrMany<RangeProperty> items, int count)
    {
        if (!NodeHoldsLists)
        {
            Rare.Ranges.AddAll(items, count);
        }
    }

    // True while the symbol's one node holds its lists (the finalizer said so, and no public list has been read since).
    private bool NodeHoldsLists => _listsFromNode && _definitions is MenuNode;

    /// <summary>The rare parts, holding the ranges and implies of the node that held them until now (a public list is read or added to).</summary>
    private SymbolRareParts OwnRareParts
    {
        get
        {
            if (NodeHoldsLists)
            {
                _ = Definitions;
            }

            return Rare;
        }
    }

    /// <summary><c>select</c>s written in this symbol's definitions (this symbol is the source).</summary>
    public List<RelationProperty> Selects => Definitions.Selects.AsList();

    internal ListView<RelationProperty> SelectsView => _definitions switch
    {
        SymbolDefinitions definitions => definitions.Selects.View,
        MenuNode node when _listsFromNode => node.SelectsView,
        _ => default,
    };

    /// <summary>Adds a definition's items, of <paramref name="count"/> in all (shared with the definition when they are all: <see cref="OneOrMany{T}.AddAll"/>).</summary>
    internal void AddSelects(OneOrMany<RelationProperty> items, int count) => Definitions.Selects.AddAll(items, count);

    /// <summary><c>imply</c>s written in this symbol's definitions (this symbol is the source).</summary>
    public List<RelationProperty> Implies => OwnRareParts.Implies.AsList();

    internal ListView<RelationProperty> ImpliesView =>
        _definitions is MenuNode node && _listsFromNode ? node.ImpliesView : RareOrNull is not { } rare ? default : rare.Implies.View;

    internal void AddImply(RelationProperty item) => OwnRareParts.Implies.Add(item);

    /// <summary>Adds a definition's items, of <paramref name="count"/> in all (shared with the definition when they are all); kept by the node as <see cref="AddRanges"/>.</summary>
    internal void AddImplies(OneOrMany<RelationProperty> items, int count)
    {
        if (!NodeHoldsLists)
        {
            Rare.Implies.AddAll(items, count);
        }
    }

    /// <summary><c>select</c>s that target this symbol.</summary>
    public List<RelationProperty> SelectedBy => _selectedBy.AsList();

    internal ListView<RelationProperty> SelectedByView => _selectedBy.View;

    private OneOrMany<RelationProperty> _selectedBy;

    internal void AddSelectedBy(RelationProperty item) => _selectedBy.Add(item);

    /// <summary>Adds one of <paramref name="count"/> items the finalizer will add (the list kept at exactly that size).</summary>
    internal void AddSelectedBy(RelationProperty item, int count) => _selectedBy.Add(item, count);

    /// <summary><c>imply</c>s that target this symbol.</summary>
    public List<RelationProperty> ImpliedBy => Rare.ImpliedBy.AsList();

    internal ListView<RelationProperty> ImpliedByView => RareOrNull is not { } rare ? default : rare.ImpliedBy.View;

    internal void AddImpliedBy(RelationProperty item) => Rare.ImpliedBy.Add(item);

    /// <summary>Adds one of <paramref name="count"/> items the finalizer will add (the list kept at exactly that size).</summary>
    internal void AddImpliedBy(RelationProperty item, int count) => Rare.ImpliedBy.Add(item, count);

    /// <summary>Writes the symbol as it appears in an expression (constants quoted when they were).</summary>
    internal void WriteReference(StringBuilder builder)
    {
        if (IsConstant && IsQuoted)
        {
            builder.Append('"').Append(Name.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
        }
        else
        {
            builder.Append(Name);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
