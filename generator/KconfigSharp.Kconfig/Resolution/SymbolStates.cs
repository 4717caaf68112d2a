using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// One resolve's working facts about each symbol (<see cref="KconfigResolver"/>: its tristate and string values once
/// computed, its visibility, its origin, whether it is written and whether its computation is in progress) in one slot
/// per symbol, in an array by <see cref="Symbol.Id"/>. The resolver reads and writes several of them for every symbol it
/// meets; kept in one slot they are one model check and one place in memory, where six arrays by id were six (with a
/// has-value flag array each for the maps). A symbol the model does not own (a symbol of another model) gets a slot
/// of its own in a dictionary.
/// </summary>
internal sealed class SymbolStates
{
    private readonly KconfigModel _model;
    private readonly Slot[] _slots;
    private Dictionary<Symbol, Other>? _others;

    /// <summary>Room for every symbol of <paramref name="model"/>, nothing known (the slots are rented: <see cref="Release"/>).</summary>
    public SymbolStates(KconfigModel model)
    {
        _model = model;
        _slots = RentedArray.Cleared<Slot>(model.Symbols.Count);
    }

    /// <summary>
    /// The slot of <paramref name="symbol"/>. The reference stays valid for the whole resolve (the array by id never
    /// moves, and another model's symbol has its slot in an object of its own), so it may be held across the computation.
    /// </summary>
    public ref Slot this[Symbol symbol]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_model.Owns(symbol))
            {
                return ref _slots[symbol.Id];
            }

            return ref OtherSlot(symbol);
        }
    }

    private ref Slot OtherSlot(Symbol symbol)
    {
        _others ??= [];
        if (!_others.TryGetValue(symbol, out var other))
        {
            other = new Other();
            _others[symbol] = other;
        }

        return ref other.Slot;
    }

    /// <summary>Gives the slots back to the pool, cleared (so the pool keeps no string or origin alive); they are not read again.</summary>
    public void Release()
    {
        Array.Clear(_slots, 0, _model.Symbols.Count);
        ArrayPool<Slot>.Shared.Return(_slots);
    }

    /// <summary>What a resolve knows of one symbol so far.</summary>
    internal struct Slot
    {
        private const byte HasTristateFlag = 1;
        private const byte HasVisibilityFlag = 2;
        private const byte WrittenFlag = 4;
        private const byte InProgressFlag = 8;

        /// <summary>The string value once computed, else null (a value is never null).</summary>
        public string? Str;

        /// <summary>Where the value came from, or null.</summary>
        public ValueOrigin? Origin;

        private Tristate _tristate;
        private Tristate _visibility;
        private byte _flags;

        /// <summary>Whether <see cref="Tristate"/> is known.</summary>
        public readonly bool HasTristate => (_flags & HasTristateFlag) != 0;

        /// <summary>The tristate value; read only when <see cref="HasTristate"/>.</summary>
        public Tristate Tristate
        {
            readonly get => _tristate;
            set
            {
                _tristate = value;
                _flags |= HasTristateFlag;
            }
        }

        /// <summary>Whether <see cref="Visibility"/> is known.</summary>
        public readonly bool HasVisibility => (_flags & HasVisibilityFlag) != 0;

        /// <summary>The visibility; read only when <see cref="HasVisibility"/>.</summary>
        public Tristate Visibility
        {
            readonly get => _visibility;
            set
            {
                _visibility = value;
                _flags |= HasVisibilityFlag;
            }
        }

        /// <summary>Whether the symbol gets a <c>.config</c> line (set once, never cleared).</summary>
        public bool IsWritten
        {
            readonly get => (_flags & WrittenFlag) != 0;
            set => _flags = value ? (byte)(_flags | WrittenFlag) : (byte)(_flags & ~WrittenFlag);
        }

        /// <summary>Whether the symbol's value is being computed (a read now breaks a dependency loop).</summary>
        public bool InProgress
        {
            readonly get => (_flags & InProgressFlag) != 0;
            set => _flags = value ? (byte)(_flags | InProgressFlag) : (byte)(_flags & ~InProgressFlag);
        }
    }

    // Another model's symbol: its slot in an object, so a reference to it does not move when the dictionary grows.
    private sealed class Other
    {
        public Slot Slot;
    }
}
