using System;
using System.Buffers;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A resolve's memo of every choice's visibility, mode and selection, and which choices are being
/// computed: one rented array indexed by <see cref="Choice.Id"/> instead of three dictionaries and a
/// hash set (a tenth of a NuttX resolve's bytes). Every choice a resolve meets is its model's.
/// </summary>
internal sealed class ChoiceSlots
{
    private readonly Slot[] _slots;
    private readonly int _count;

    public ChoiceSlots(int count)
    {
        _count = count;
        // Clean: a new array, or one a resolve gave back cleared (Release).
        _slots = ArrayPool<Slot>.Shared.Rent(Math.Max(count, 1));
    }

    /// <summary>The slot of <paramref name="choice"/>, in place.</summary>
    public ref Slot this[Choice choice] => ref _slots[choice.Id];

    /// <summary>Gives the array back to the pool cleared, so the pool keeps no symbol alive and the next resolve starts clean.</summary>
    public void Release()
    {
        Array.Clear(_slots, 0, _count);
        ArrayPool<Slot>.Shared.Return(_slots);
    }

    /// <summary>What is known of one choice.</summary>
    internal struct Slot
    {
        public Tristate Visibility;
        public Tristate Mode;
        public Symbol? Selection;
        public bool HasVisibility;
        public bool HasMode;
        public bool HasSelection;
        public bool InProgress;
    }
}
