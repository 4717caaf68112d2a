namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A symbol's <see cref="Symbol.ReverseDependency"/> and <see cref="Symbol.WeakReverseDependency"/> once built (each
/// null until its first read). Few symbols are ever printed this way (<c>why</c>, diagnostics, loop reports), so
/// both live in one object made then, held by the symbol's rare parts: not a field on every symbol or every rare part.
/// </summary>
internal sealed class ReverseDependencies
{
    public Expr? Selects;

    public Expr? Implies;
}
