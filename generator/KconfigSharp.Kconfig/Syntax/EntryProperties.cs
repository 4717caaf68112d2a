using System;
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

    /// <summary>
    /// How many selects (at 2 × id) and implies (at 2 × id + 1) name each symbol, counted as entries
    /// store them, so the finalizer builds <see cref="Symbol.SelectedBy"/> and <see cref="Symbol.ImpliedBy"/>
    /// at their exact length without walking every definition first. Rented; see <see cref="TakeTargetCounts"/>.
    /// </summary>
    private int[] _targetCounts = [];

    /// <summary>The counts so far, covering <paramref name="symbolCount"/> symbols; the caller returns the array to the shared pool.</summary>
    public int[] TakeTargetCounts(int symbolCount)
    {
        EnsureTargetCounts(Math.Max(symbolCount - 1, 0));
        var counts = _targetCounts;
        _targetCounts = [];
        return counts;
    }

    private void Count(List<RelationProperty> relations, int offset)
    {
        foreach (var relation in relations)
        {
            var id = relation.Target.Id;
            EnsureTargetCounts(id);
            _targetCounts[(2 * id) + offset]++;
        }
    }

    private void EnsureTargetCounts(int id)
    {
        if (2 * id + 1 < _targetCounts.Length)
        {
            return;
        }

        _targetCounts = RentedArray.Grown(_targetCounts, _targetCounts.Length, Math.Max(2 * (id + 1), 256));
    }

    /// <summary>Moves the gathered properties to <paramref name="node"/> (after any it has) and empties the lists.</summary>
    public void MoveTo(MenuNode node)
    {
        Count(Selects, 0);
        Count(Implies, 1);
        node.AddProperties(Defaults, Selects, Implies, Ranges);
        Defaults.Clear();
        Selects.Clear();
        Implies.Clear();
        Ranges.Clear();
    }
}
