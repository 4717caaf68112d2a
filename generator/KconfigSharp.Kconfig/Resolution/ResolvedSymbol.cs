using System;
using System.Threading;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A symbol's resolved value and the facts the generator documents, as an immutable, equatable record.
/// <see cref="Value"/> is in <c>.config</c> spelling: <c>y</c>/<c>m</c>/<c>n</c> for bool and tristate,
/// the unquoted string, decimal int, <c>0x</c>-prefixed hex; empty when a string/int/hex has no value.
/// The members after <see cref="Origin"/> are filled by the <c>kconfig</c> dialect:
/// <see cref="IsWritten"/> (the symbol gets a <c>.config</c> line: visible, or given a value by an
/// active default, imply or select; never for <c>option env</c> symbols), <see cref="Visibility"/>
/// and <see cref="DirectDependencyValue"/> (n/m/y), <see cref="Assignable"/> (the values a user may
/// set now, e.g. <c>ny</c>), <see cref="UserValue"/> and, when it did not stick,
/// <see cref="UserValueNote"/> saying why.
/// </summary>
/// <remarks>
/// A resolve does not print its symbols' descriptions (<see cref="DefinedAt"/>, <see cref="DependsOn"/>,
/// the four relation lists, <see cref="ChoiceName"/>): each symbol has them written from the model by
/// a <see cref="SymbolDescriber"/> the first time any of them is read, or when two symbols are compared.
/// Equality is over the texts, as before: comparing forces them, so a cached result compares equal to a
/// fresh one exactly when the texts agree. Once written, the symbol lets go of the model. Until then
/// <see cref="Prompt"/> and <see cref="Help"/> are read from the model, then from the description.
/// A resolve keeps one per symbol (22,148 for NuttX), so the rest is packed: the type, the flags and
/// the n/m/y-like texts in one number (<see cref="PackedFacts"/>), and what few symbols have (a user
/// value, its note, a text outside those sets) in a <see cref="RareFacts"/> made only when given, which
/// then holds the value too; while the description is pending the name is read from the model's symbol.
/// Four references and the number: 56 bytes.
/// </remarks>
public sealed record ResolvedSymbol
{
    // The written SymbolDescription, or while it is pending the SymbolDescriber that writes it from the model's
    // symbol in _nameOrSymbol (one field for both: most symbols of a resolve are never described).
    private object _description;

    // The name, or while the description is pending the model's symbol (whose name it is).
    private object _nameOrSymbol;

    // The value, or the RareFacts (which then hold the value) when the symbol has any.
    private object? _valueOrRare;

    // Type, IsDefined, IsVisible, IsWritten, Visibility, DirectDependencyValue and Assignable (PackedFacts).
    private int _facts;

    /// <summary>A symbol with every fact given.</summary>
    public ResolvedSymbol(
        string Name,
        KconfigType Type,
        string Value,
        bool IsDefined,
        bool IsVisible,
        string? Prompt,
        string? Help,
        EquatableArray<SourceLocation> DefinedAt,
        string? DependsOn,
        EquatableArray<ResolvedRelation> Selects,
        EquatableArray<ResolvedRelation> Implies,
        EquatableArray<ResolvedRelation> SelectedBy,
        EquatableArray<ResolvedRelation> ImpliedBy,
        string? ChoiceName,
        ValueOrigin Origin,
        bool IsWritten = false,
        string Visibility = "n",
        string DirectDependencyValue = "n",
        string Assignable = "",
        string? UserValue = null,
        string? UserValueNote = null)
        : this(Name, Type, Value, IsDefined, IsVisible, Origin, IsWritten, Visibility, DirectDependencyValue, Assignable, UserValue, UserValueNote)
    {
        _description = new SymbolDescription(DefinedAt, DependsOn, Selects, Implies, SelectedBy, ImpliedBy, ChoiceName, Prompt, Help);
    }

    /// <summary>
    /// A symbol whose description <paramref name="describer"/> writes from <paramref name="symbol"/> when first read
    /// (its prompt and help are read from <paramref name="symbol"/> until then).
    /// </summary>
    internal ResolvedSymbol(
        Symbol symbol,
        SymbolDescriber describer,
        KconfigType type,
        string value,
        bool isVisible,
        ValueOrigin origin,
        bool isWritten,
        string visibility,
        string directDependencyValue,
        string assignable,
        string? userValue,
        string? userValueNote)
        : this(symbol.Name, type, value, symbol.IsDefined, isVisible, origin, isWritten, visibility, directDependencyValue, assignable, userValue, userValueNote)
    {
        _nameOrSymbol = symbol;
        _description = describer;
    }

    // A copy (`with`) takes the written description: copying the two fields of a pending symbol while another
    // thread writes it could pair the describer with a cleared symbol. (A record's copy constructor cannot
    // chain to another constructor, hence the assignments.) The packed facts and the rare ones are immutable values.
    private ResolvedSymbol(ResolvedSymbol original)
    {
        _description = original.Description();
        _nameOrSymbol = original.Name;
        _valueOrRare = original._valueOrRare;
        Origin = original.Origin;
        _facts = original._facts;
    }

    private ResolvedSymbol(
        string name,
        KconfigType type,
        string value,
        bool isDefined,
        bool isVisible,
        ValueOrigin origin,
        bool isWritten,
        string visibility,
        string directDependencyValue,
        string assignable,
        string? userValue,
        string? userValueNote)
    {
        _nameOrSymbol = name;
        Value = value;
        Origin = origin;
        Type = type;
        IsDefined = isDefined;
        IsVisible = isVisible;
        IsWritten = isWritten;
        Visibility = visibility;
        DirectDependencyValue = directDependencyValue;
        Assignable = assignable;
        UserValue = userValue;
        UserValueNote = userValueNote;
        _description = SymbolDescription.None;
    }

    /// <summary>The symbol's name.</summary>
    public string Name
    {
        get
        {
            // Read once: another thread writing the description replaces the symbol by its name between two reads.
            var nameOrSymbol = Volatile.Read(ref _nameOrSymbol);
            return nameOrSymbol as string ?? ((Symbol)nameOrSymbol).Name;
        }

        init
        {
            if (_nameOrSymbol is Symbol)
            {
                // A pending description is written from the symbol first.
                _description = Description();
            }

            _nameOrSymbol = value;
        }
    }

    // The rare facts, or null.
    private RareFacts? Rare => _valueOrRare as RareFacts;

    // The rare facts to change: a symbol's first ones take its value along.
    private RareFacts RareToChange() => Rare ?? RareFacts.None with { Value = (string?)_valueOrRare };

    /// <summary>The symbol's type (bool for an undefined one).</summary>
    public KconfigType Type
    {
        get => (_facts & PackedFacts.TypeMask) == PackedFacts.TypeEscape ? Rare!.Type : (KconfigType)(_facts & PackedFacts.TypeMask);
        init
        {
            if (PackedFacts.Fits(value))
            {
                _facts = (_facts & ~PackedFacts.TypeMask) | (int)value;
            }
            else
            {
                _facts |= PackedFacts.TypeEscape;
                _valueOrRare = RareToChange() with { Type = value };
            }
        }
    }

    /// <summary>The value in <c>.config</c> spelling.</summary>
    public string Value
    {
        get => _valueOrRare is RareFacts rare ? rare.Value! : (string)_valueOrRare!;
        init => _valueOrRare = _valueOrRare is RareFacts rare ? rare with { Value = value } : value;
    }

    /// <summary>Whether the tree defines the symbol (not only references it).</summary>
    public bool IsDefined
    {
        get => (_facts & PackedFacts.Defined) != 0;
        init => _facts = PackedFacts.With(_facts, PackedFacts.Defined, value);
    }

    /// <summary>Whether the symbol has a visible prompt.</summary>
    public bool IsVisible
    {
        get => (_facts & PackedFacts.Visible) != 0;
        init => _facts = PackedFacts.With(_facts, PackedFacts.Visible, value);
    }

    /// <summary>The first definition's prompt, or null.</summary>
    public string? Prompt
    {
        get => PendingModelSymbol() is { } symbol ? SymbolDescriber.PromptOf(symbol) : Description().Prompt;
        init => _description = Description() with { Prompt = value };
    }

    /// <summary>The first help text, or null.</summary>
    public string? Help
    {
        get => PendingModelSymbol() is { } symbol ? SymbolDescriber.HelpOf(symbol) : Description().Help;
        init => _description = Description() with { Help = value };
    }

    /// <summary>Where the symbol is defined, in definition order.</summary>
    public EquatableArray<SourceLocation> DefinedAt
    {
        get => Description().DefinedAt;
        init => _description = Description() with { DefinedAt = value };
    }

    /// <summary>The direct dependency as Kconfig text, or null when there is none.</summary>
    public string? DependsOn
    {
        get => Description().DependsOn;
        init => _description = Description() with { DependsOn = value };
    }

    /// <summary>The symbols this one selects.</summary>
    public EquatableArray<ResolvedRelation> Selects
    {
        get => Description().Selects;
        init => _description = Description() with { Selects = value };
    }

    /// <summary>The symbols this one implies.</summary>
    public EquatableArray<ResolvedRelation> Implies
    {
        get => Description().Implies;
        init => _description = Description() with { Implies = value };
    }

    /// <summary>The symbols that select this one.</summary>
    public EquatableArray<ResolvedRelation> SelectedBy
    {
        get => Description().SelectedBy;
        init => _description = Description() with { SelectedBy = value };
    }

    /// <summary>The symbols that imply this one.</summary>
    public EquatableArray<ResolvedRelation> ImpliedBy
    {
        get => Description().ImpliedBy;
        init => _description = Description() with { ImpliedBy = value };
    }

    /// <summary>The choice the symbol belongs to (its name, or for an anonymous one its prompt and place), or null.</summary>
    public string? ChoiceName
    {
        get => Description().ChoiceName;
        init => _description = Description() with { ChoiceName = value };
    }

    /// <summary>Why the symbol has its value.</summary>
    public ValueOrigin Origin { get; init; }

    /// <summary>Whether the symbol gets a <c>.config</c> line.</summary>
    public bool IsWritten
    {
        get => (_facts & PackedFacts.Written) != 0;
        init => _facts = PackedFacts.With(_facts, PackedFacts.Written, value);
    }

    /// <summary>The prompt's visibility: n, m or y.</summary>
    public string Visibility
    {
        get => PackedFacts.Visibility.Read(_facts) ?? Rare!.Visibility!;
        init => WriteText(PackedFacts.Visibility, value, static (rare, text) => rare with { Visibility = text });
    }

    /// <summary>The value of the direct dependency: n, m or y.</summary>
    public string DirectDependencyValue
    {
        get => PackedFacts.DirectDependencyValue.Read(_facts) ?? Rare!.DirectDependencyValue!;
        init => WriteText(PackedFacts.DirectDependencyValue, value, static (rare, text) => rare with { DirectDependencyValue = text });
    }

    /// <summary>The values a user may set now, e.g. <c>ny</c>.</summary>
    public string Assignable
    {
        get => PackedFacts.Assignable.Read(_facts) ?? Rare!.Assignable!;
        init => WriteText(PackedFacts.Assignable, value, static (rare, text) => rare with { Assignable = text });
    }

    // A text with a code goes into the packed facts; one without (escaped) is kept in the rare facts.
    private void WriteText(PackedFacts.TextField field, string value, System.Func<RareFacts, string, RareFacts> keep)
    {
        _facts = field.Write(_facts, value, out var escaped);
        if (escaped)
        {
            _valueOrRare = keep(RareToChange(), value);
        }
    }

    /// <summary>The user's value, or null.</summary>
    public string? UserValue
    {
        get => Rare?.UserValue;
        init
        {
            if (value is not null || Rare is not null)
            {
                _valueOrRare = RareToChange() with { UserValue = value };
            }
        }
    }

    /// <summary>Why the user's value did not stick, or null.</summary>
    public string? UserValueNote
    {
        get => Rare?.UserValueNote;
        init
        {
            if (value is not null || Rare is not null)
            {
                _valueOrRare = RareToChange() with { UserValueNote = value };
            }
        }
    }

    /// <summary>Whether both describe the same symbol the same way (descriptions written first when pending).</summary>
    public bool Equals(ResolvedSymbol? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null
            || Name != other.Name || Type != other.Type || Value != other.Value || IsDefined != other.IsDefined || IsVisible != other.IsVisible
            || Prompt != other.Prompt || Help != other.Help || !Equals(Origin, other.Origin) || IsWritten != other.IsWritten
            || Visibility != other.Visibility || DirectDependencyValue != other.DirectDependencyValue || Assignable != other.Assignable
            || UserValue != other.UserValue || UserValueNote != other.UserValueNote)
        {
            return false;
        }

        return Description().Equals(other.Description());
    }

    /// <summary>A hash of the facts known without writing the description (equal symbols agree on them).</summary>
    public override int GetHashCode()
    {
        var hash = StringComparer.Ordinal.GetHashCode(Name);
        hash = unchecked((hash * 31) + (int)Type);
        hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(Value));
        return unchecked((hash * 31) + (Origin?.GetHashCode() ?? 0));
    }

    /// <summary>
    /// The model's symbol while the description is pending, else null. Null too when another thread has just
    /// written it; the caller then reads the description, which waits for that thread under the describer's lock.
    /// </summary>
    private Symbol? PendingModelSymbol() =>
        Volatile.Read(ref _description) is SymbolDescriber ? Volatile.Read(ref _nameOrSymbol) as Symbol : null;

    /// <summary>The description, written by the describer first when still pending.</summary>
    private SymbolDescription Description()
    {
        var description = Volatile.Read(ref _description);
        if (description is SymbolDescriber describer)
        {
            describer.Describe(this);
            description = Volatile.Read(ref _description);
        }

        return (SymbolDescription)description;
    }

    /// <summary>Called by <see cref="SymbolDescriber"/> under its lock: the symbol to describe, or null when done.</summary>
    internal Symbol? PendingSymbol => _description is SymbolDescriber ? _nameOrSymbol as Symbol : null;

    /// <summary>Stores the written description and lets go of the model (called once, under the describer's lock).</summary>
    internal void SetDescription(SymbolDescription description)
    {
        _nameOrSymbol = Name;
        Volatile.Write(ref _description, description);
    }
}
