using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Finalization;

/// <summary>
/// How many prompts, defaults, ranges, selects and implies all definitions of a symbol have: the
/// lengths of its aggregated lists, which the finalizer then builds at exactly that size.
/// </summary>
internal readonly record struct PropertyCounts(int Prompts, int Defaults, int Ranges, int Selects, int Implies)
{
    public static PropertyCounts Of(Symbol symbol)
    {
        int prompts = 0, defaults = 0, ranges = 0, selects = 0, implies = 0;
        foreach (var node in symbol.NodeList)
        {
            prompts += node.Prompt is null ? 0 : 1;
            defaults += node.DefaultsView.Count;
            ranges += node.RangesView.Count;
            selects += node.SelectsView.Count;
            implies += node.ImpliesView.Count;
        }

        return new PropertyCounts(prompts, defaults, ranges, selects, implies);
    }
}
