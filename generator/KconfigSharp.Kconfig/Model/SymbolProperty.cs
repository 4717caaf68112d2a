using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

// Each property is one object, in its menu node's list and (once the tree is finalized) in its
// symbol's or choice's: WrittenCondition is the condition as written, Condition the one in effect
// (the definition's dependencies ANDed in by the finalizer; the written one before). A copy per
// property for the propagated condition cost NuttX ≈ 3 MB per parse (issue 12, late session). Both
// conditions share one field (PropertyConditions): most properties have no 'if'.

/// <summary><c>default VALUE [if COND]</c>.</summary>
public sealed record DefaultProperty(Expr Value, Expr Condition, SourceLocation Location)
{
    /// <summary>The condition in effect: after the tree is finalized, <see cref="WrittenCondition"/> ANDed with the definition's dependencies.</summary>
    public Expr Condition { get => PropertyConditions.InEffect(_conditions); internal set => PropertyConditions.SetInEffect(ref _conditions, value); }

    /// <summary>The condition after <c>if</c> as written (y when none).</summary>
    public Expr WrittenCondition => PropertyConditions.Written(_conditions);

    private object _conditions = PropertyConditions.Of(Condition);
}

/// <summary><c>select TARGET [if COND]</c> or <c>imply TARGET [if COND]</c> written in the definition of <see cref="Source"/>.</summary>
public sealed record RelationProperty(Symbol Source, Symbol Target, Expr Condition, SourceLocation Location)
{
    /// <summary>The condition in effect: after the tree is finalized, <see cref="WrittenCondition"/> ANDed with the definition's dependencies.</summary>
    public Expr Condition { get => PropertyConditions.InEffect(_conditions); internal set => PropertyConditions.SetInEffect(ref _conditions, value); }

    /// <summary>The condition after <c>if</c> as written (y when none).</summary>
    public Expr WrittenCondition => PropertyConditions.Written(_conditions);

    private object _conditions = PropertyConditions.Of(Condition);
}

/// <summary><c>range LOW HIGH [if COND]</c>.</summary>
public sealed record RangeProperty(Symbol Low, Symbol High, Expr Condition, SourceLocation Location)
{
    /// <summary>The condition in effect: after the tree is finalized, <see cref="WrittenCondition"/> ANDed with the definition's dependencies.</summary>
    public Expr Condition { get => PropertyConditions.InEffect(_conditions); internal set => PropertyConditions.SetInEffect(ref _conditions, value); }

    /// <summary>The condition after <c>if</c> as written (y when none).</summary>
    public Expr WrittenCondition => PropertyConditions.Written(_conditions);

    private object _conditions = PropertyConditions.Of(Condition);
}

/// <summary><c>prompt "TEXT" [if COND]</c> (or the prompt written after a type keyword).</summary>
public sealed record PromptProperty(string Text, Expr Condition, SourceLocation Location)
{
    /// <summary>
    /// The condition in effect: after the tree is finalized, for a symbol's or choice's prompt,
    /// <see cref="WrittenCondition"/> ANDed with the definition's dependencies and the enclosing menus' <c>visible if</c>.
    /// </summary>
    public Expr Condition { get => PropertyConditions.InEffect(_conditions); internal set => PropertyConditions.SetInEffect(ref _conditions, value); }

    /// <summary>The condition after <c>if</c> as written (y when none).</summary>
    public Expr WrittenCondition => PropertyConditions.Written(_conditions);

    private object _conditions = PropertyConditions.Of(Condition);
}
