using System;

namespace KconfigSharp.Analyzers.Model;

/// <summary>A fact about one Kconfig symbol: it is on (<c>X</c>) or off (<c>!X</c>).</summary>
/// <remarks>
/// A class, not a struct: the lists, sets, queues and tables of literals (the model's implications, built once per
/// compilation) then run the runtime's shared precompiled code; over a struct each needed its own methods compiled
/// at run time in every build (about 30, no ReadyToRun for analyzers).
/// </remarks>
internal sealed class Literal : IEquatable<Literal>
{
    public Literal(string symbol, bool on)
    {
        Symbol = symbol;
        On = on;
    }

    /// <summary>The Kconfig symbol name.</summary>
    public string Symbol { get; }

    /// <summary>True for "enabled", false for "disabled".</summary>
    public bool On { get; }

    /// <summary>The opposite fact.</summary>
    public Literal Negate() => new(Symbol, !On);

    public bool Equals(Literal? other) => other is not null && On == other.On && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Literal other && Equals(other);

    public override int GetHashCode() => (Symbol?.GetHashCode() ?? 0) ^ (On ? 1 : 0);

    public override string ToString() => On ? Symbol : "!" + Symbol;
}
