using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The numbered dependencies (<see cref="DependencyIds"/>) an <see cref="ExprEvaluator"/> chain walk is inside, innermost
/// on top: a dependency's value is known when the walk is back at the depth it began at with nothing next (or as soon
/// as an operand stops the walk). An explicit stack, so a chain of 100,000 nested menus' dependencies needs no deeper
/// call stack than before.
/// </summary>
internal sealed class OpenDependencies
{
    private Entry[] _items = new Entry[16];

    public int Count { get; private set; }

    /// <summary>The innermost open dependency.</summary>
    public ref readonly Entry Top => ref _items[Count - 1];

    public void Push(in Entry item)
    {
        if (Count == _items.Length)
        {
            System.Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = item;
    }

    public Entry Pop() => _items[--Count];

    /// <summary>
    /// A dependency whose operands a chain walk is reading: its <paramref name="Id"/>, the walk's value before it (<paramref name="Before"/>),
    /// the walk's depth where it began, and the resolve's loop-break count then (<see cref="DependencyValues.Keep"/>).
    /// </summary>
    internal readonly record struct Entry(int Id, Tristate Before, int Depth, int LoopBreaks);
}
