using System.Buffers;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// One resolve's values of the model's numbered dependencies (<see cref="DependencyIds"/>), kept by
/// <see cref="ExprEvaluator"/> as it computes them, and the resolve's count of reads that broke a dependency loop. A
/// value is kept only when no read during its computation broke a loop: every value it read was then final (a symbol's
/// value, once computed, is kept for the rest of the resolve), so computing it again would read the same values in
/// the same order, compute nothing and report nothing, and give the same result. A dependency is ANDed into every
/// entry under its menu and every property of its symbol, so NuttX's resolve met the same nodes again and again.
/// </summary>
internal sealed class DependencyValues
{
    // By dependency id: 0 = not known yet, else the tristate + 1 (rented; Release gives it back).
    private readonly byte[] _values;

    /// <summary>Room for the ids of <paramref name="model"/>, none known yet.</summary>
    public DependencyValues(KconfigModel model) => _values = RentedArray.Cleared<byte>(model.DependencyIdCount + 1);

    /// <summary>How many reads so far broke a dependency loop (a value still in progress read as n or empty).</summary>
    public int LoopBreaks { get; private set; }

    /// <summary>Counts a read that broke a dependency loop.</summary>
    public void CountLoopBreak() => LoopBreaks++;

    /// <summary>The kept value of dependency <paramref name="id"/>: 0 when not known, else the tristate + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Known(int id) => _values[id];

    /// <summary>Keeps <paramref name="value"/> for dependency <paramref name="id"/> unless a loop broke since <paramref name="loopBreaksAtStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Keep(int id, int loopBreaksAtStart, Tristate value)
    {
        if (LoopBreaks == loopBreaksAtStart)
        {
            _values[id] = (byte)(value + 1);
        }
    }

    /// <summary>Gives the values back to the pool; they are not read again.</summary>
    public void Release() => ArrayPool<byte>.Shared.Return(_values);
}
