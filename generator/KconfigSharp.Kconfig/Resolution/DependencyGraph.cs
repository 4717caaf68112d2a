using System.Collections.Generic;
using System.Threading;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// What every value of a model reads and is read by, its first dependency loop and how deep an
/// on-demand resolution could recurse. None of it depends on user values, so it is built once per
/// model (on first resolve) and kept with it: a generator or <c>menuconfig</c> that resolves one
/// model many times walks the graph once.
/// </summary>
internal sealed class DependencyGraph
{
    private DependencyGraph(KconfigModel model)
    {
        Dependents = DependencyLoopDetector.BuildDependents(model);
        Dependencies = DependencyLoopDetector.Invert(Dependents);
        (Loop, LoopStart) = DependencyLoopDetector.FindLoop(model, Dependents);
        Depth = DependencyOrder.Depth(model, Dependencies);
    }

    /// <summary>For each symbol or choice, the symbols and choices whose value reads it.</summary>
    public Dictionary<object, List<object>> Dependents { get; }

    /// <summary>For each symbol or choice, the symbols and choices its value reads.</summary>
    public Dictionary<object, List<object>> Dependencies { get; }

    /// <summary>The first dependency loop (<see cref="DependencyLoopDetector"/>), or null.</summary>
    public List<object>? Loop { get; }

    /// <summary>The defined symbol whose walk found <see cref="Loop"/> (where KCONF140 points).</summary>
    public Symbol? LoopStart { get; }

    /// <summary>The longest path of <see cref="DependencyOrder"/>'s walk.</summary>
    public int Depth { get; }

    /// <summary>The graph of <paramref name="model"/>, built on first use; safe when resolves run in parallel.</summary>
    public static DependencyGraph Of(KconfigModel model)
    {
        var graph = Volatile.Read(ref model.DependencyGraphSlot);
        if (graph is null)
        {
            // Two racing builds make equal graphs; the first one stored wins.
            graph = Interlocked.CompareExchange(ref model.DependencyGraphSlot, new DependencyGraph(model), null) ?? model.DependencyGraphSlot!;
        }

        return graph;
    }
}
