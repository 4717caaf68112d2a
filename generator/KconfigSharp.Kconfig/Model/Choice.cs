using System.Collections.Generic;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A <c>choice</c> block: at most one member is y (bool choices, or tristate choices in y mode).
/// Named choices (<c>choice NAME</c>) defined several times are merged.
/// </summary>
public sealed class Choice
{
    internal Choice(string? name) => Name = name;

    /// <summary>Its index in <see cref="KconfigModel.Choices"/> (dense per model, set by the model's constructor); -1 before.</summary>
    internal int Id { get; set; } = -1;

    /// <summary>The choice's name, or null for an anonymous choice.</summary>
    public string? Name { get; }

    /// <summary>bool (default) or tristate.</summary>
    public KconfigType Type { get; internal set; }

    /// <summary><c>optional</c>: the choice may have no member selected.</summary>
    public bool IsOptional { get; internal set; }

    /// <summary>The <c>choice</c> blocks that define it (a named choice may be defined more than once).</summary>
    public IReadOnlyList<MenuNode> Nodes => _nodes.AsList();

    internal ListView<MenuNode> NodeList => _nodes.View;

    private OneOrMany<MenuNode> _nodes;

    /// <summary>Member symbols in definition order.</summary>
    public List<Symbol> Members { get; } = [];

    /// <summary>OR of the dependencies of every definition.</summary>
    public Expr DirectDependency { get; internal set; } = null!;

    /// <summary>The prompts of its definitions.</summary>
    public List<PromptProperty> Prompts => _prompts.AsList();

    internal ListView<PromptProperty> PromptsView => _prompts.View;

    private OneOrMany<PromptProperty> _prompts;

    /// <summary><c>default MEMBER [if COND]</c>, conditions including dependencies.</summary>
    public List<DefaultProperty> Defaults => _defaults.AsList();

    internal ListView<DefaultProperty> DefaultsView => _defaults.View;

    private OneOrMany<DefaultProperty> _defaults;

    // The lists grow to exactly what they hold: most choices have one definition, one prompt, a default or
    // none, and a few members, where a list's default growth (4, then doubling) left NuttX's 1,185 choices
    // 104 KB of discarded and half-empty arrays. The definitions, prompts and defaults are each one field
    // (OneOrMany: the item itself when there is one; a definition's defaults are its node's array), a List
    // only once the public list is read: NuttX's 1,378 choices kept three List objects and three arrays each.

    /// <summary>Adds a <c>choice</c> block that defines it.</summary>
    internal void AddNode(MenuNode node)
    {
        _nodes.Add(node);
        _nodes.Seal();
    }

    /// <summary>Adds a definition's prompt.</summary>
    internal void AddPrompt(PromptProperty prompt)
    {
        _prompts.Add(prompt);
        _prompts.Seal();
    }

    /// <summary>Adds a definition's defaults, in order (the definition's own array when they are the first).</summary>
    internal void AddDefaults(OneOrMany<DefaultProperty> items)
    {
        _defaults.AddAll(items, _defaults.Count + items.Count);
        _defaults.Seal();
    }

    /// <summary>Makes room for <paramref name="more"/> members about to be added (no more than that).</summary>
    internal void ReserveMembers(int more)
    {
        if (Members.Capacity < Members.Count + more)
        {
            Members.Capacity = Members.Count + more;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name ?? "<choice>";
}
