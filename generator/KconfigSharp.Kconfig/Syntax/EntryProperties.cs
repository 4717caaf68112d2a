using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// The defaults, selects, implies and ranges of the entry being parsed, gathered here (one set per
/// parse: an entry's properties end before the next entry starts) and stored on its node at their
/// exact count when the entry ends. Grown on the node by doubling and then trimmed, NuttX's lists
/// discarded every array before the last one.
/// </summary>
internal sealed class EntryProperties
{
    public List<DefaultProperty> Defaults { get; } = [];

    public List<RelationProperty> Selects { get; } = [];

    public List<RelationProperty> Implies { get; } = [];

    public List<RangeProperty> Ranges { get; } = [];

    /// <summary>Moves the gathered properties to <paramref name="node"/> (after any it has) and empties the lists.</summary>
    public void MoveTo(MenuNode node)
    {
        node.AddProperties(Defaults, Selects, Implies, Ranges);
        Defaults.Clear();
        Selects.Clear();
        Implies.Clear();
        Ranges.Clear();
    }
}
