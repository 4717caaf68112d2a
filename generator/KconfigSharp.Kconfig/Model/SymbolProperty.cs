using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// <c>default VALUE [if COND]</c>. <see cref="Condition"/> holds the written condition; after the tree
/// is finalized the copy on <see cref="Symbol.Defaults"/> has the definition's dependencies ANDed in.
/// </summary>
public sealed record DefaultProperty(Expr Value, Expr Condition, SourceLocation Location);

/// <summary><c>select TARGET [if COND]</c> or <c>imply TARGET [if COND]</c> written in the definition of <see cref="Source"/>.</summary>
public sealed record RelationProperty(Symbol Source, Symbol Target, Expr Condition, SourceLocation Location);

/// <summary><c>range LOW HIGH [if COND]</c>.</summary>
public sealed record RangeProperty(Symbol Low, Symbol High, Expr Condition, SourceLocation Location);

/// <summary><c>prompt "TEXT" [if COND]</c> (or the prompt written after a type keyword).</summary>
public sealed record PromptProperty(string Text, Expr Condition, SourceLocation Location);
