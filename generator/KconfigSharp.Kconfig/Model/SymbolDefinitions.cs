namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The definitions of a <see cref="Symbol"/> defined more than once, with the lists aggregated over them
/// (prompts, defaults, selects, in the finalizer's order) and their dependencies ORed: a symbol defined once reads those lists from its
/// one node instead, so only these symbols (NuttX: 1,152 of 22,148) pay for the four fields (issue 12,
/// session 2026-11-29 morning). A symbol defined once whose public lists are read also gets one, holding
/// the lists it hands out.
/// </summary>
internal sealed class SymbolDefinitions
{
    public OneOrMany<MenuNode> Nodes;
    public OneOrMany<PromptProperty> Prompts;
    public OneOrMany<DefaultProperty> Defaults;
    public OneOrMany<RelationProperty> Selects;

    /// <summary>The OR of the definitions' dependencies (<see cref="Symbol.DirectDependency"/>).</summary>
    public Expr DirectDependency = ConstantSymbols.Shared.NoExpr;
}
