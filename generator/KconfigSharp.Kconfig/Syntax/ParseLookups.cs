using System;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// A tree parse's working tables that never reach the model: the constants by text (unquoted and quoted
/// apart: "1" and 1 are different symbols), the files already parsed and the open blocks' gathered children. Grown from empty they cost NuttX
/// ≈ 0.2 MB a parse (each resize copies into a new array, so about twice the final tables); a parse that ends
/// gives them back cleared to its thread, and the next parse on it reuses their capacity, as the word table
/// reuses its array from the pool.
/// </summary>
internal sealed class ParseLookups
{
    // Tables grown past this many entries are not kept: one unusual tree does not hold memory for the thread's life.
    internal const int KeptEntries = 1 << 16;

    [ThreadStatic]
    private static ParseLookups? t_free;

    private ParseLookups()
    {
    }

    /// <summary>Unquoted constants (numbers, y/m/n) by their text.</summary>
    public Dictionary<string, Symbol> Constants { get; } = new(StringComparer.Ordinal);

    /// <summary>Quoted constants by their text.</summary>
    public Dictionary<string, Symbol> QuotedConstants { get; } = new(StringComparer.Ordinal);

    /// <summary>The leaves of the constants used as operands (<see cref="SymbolLeaves"/>), by constant.</summary>
    public Dictionary<Symbol, SymbolExpr> ConstantLeaves { get; } = new(ReferenceComparer<Symbol>.Instance);

    /// <summary>Normalized paths of the files parsed so far.</summary>
    public HashSet<string> FilesSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The children of the blocks open now, innermost last (<see cref="ParserSession"/>): each block takes an exact copy
    /// of its own when it closes, the root too, so the list itself never reaches a model (QEMU's 779 top-level entries
    /// grew it to 1,024 slots, 14 KB a parse, and the root kept it).
    /// </summary>
    public List<MenuNode> PendingChildren { get; } = [];

    /// <summary>Empty lookups: the ones the thread's last parse gave back, else new ones.</summary>
    public static ParseLookups Take()
    {
        var lookups = t_free ?? new ParseLookups();
        t_free = null;
        return lookups;
    }

    /// <summary>New empty lookups that are never given back (one expression's session).</summary>
    public static ParseLookups Unpooled() => new();

    /// <summary>Clears the lookups (they hold the parse's symbols) and keeps them for the thread's next parse.</summary>
    public void Release()
    {
        var kept = Constants.Count <= KeptEntries && QuotedConstants.Count <= KeptEntries && ConstantLeaves.Count <= KeptEntries && FilesSeen.Count <= KeptEntries && PendingChildren.Capacity <= KeptEntries;
        Constants.Clear();
        QuotedConstants.Clear();
        ConstantLeaves.Clear();
        FilesSeen.Clear();
        PendingChildren.Clear();
        if (kept)
        {
            t_free = this;
        }
    }
}
