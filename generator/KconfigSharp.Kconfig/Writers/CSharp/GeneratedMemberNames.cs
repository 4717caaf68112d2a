using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// The member name of each symbol the emitter writes: its preferred name (<see cref="MemberNames.Preferred"/>) unless
/// that is a keyword or taken, then verbatim, then numbered. A member whose name is its symbol's name in ASCII
/// PascalCase (or verbatim), already an identifier, is not kept as a string: it is written from the symbol's name
/// into the output each time it is needed, and the set of names taken holds its number and hash, comparing by
/// writing the name again (NuttX: 22,148 strings, 1.4 MB of the emission, and a list of them beside it).
/// Every other member (renamed, shortened, made an identifier, non-ASCII) keeps its string.
/// </summary>
internal sealed class GeneratedMemberNames
{
    // Room for a written name: ToPascalCase needs twice an ASCII name and one more, and only names up to
    // MaxIdentifierLength are written (longer ones are shortened, so kept as strings).
    private const int BufferLength = (2 * MemberNames.MaxIdentifierLength) + 1;

    private readonly IReadOnlyList<ResolvedSymbol> _symbols;
    private readonly bool _pascalCase;

    // The members kept as strings, by symbol number, and a bit per symbol for them (most members are looked up
    // only there); the others are written from their symbol's name.
    private readonly Dictionary<int, string> _spelled = [];
    private readonly ulong[] _isSpelled;

    // The written members' hashes (by symbol number) and an open-addressing set of them (1 + symbol number, 0 when empty):
    // asked only while naming, so rented (NuttX: 216 KB of each emission) and given back when Assign is done.
    private int[] _hashes;
    private int[] _slots;
    private readonly int _mask;

    // The reserved names and the members kept as strings.
    private readonly StringIndex _strings;

    // Where names are written: a name being named, and the one it is compared with. Arrays, not stackalloc
    // per call: without SkipLocalsInit each would be a kilobyte cleared per member.
    private readonly char[] _name = new char[BufferLength];
    private readonly char[] _other = new char[BufferLength];

    private GeneratedMemberNames(IReadOnlyList<ResolvedSymbol> symbols, bool pascalCase, int reserved)
    {
        _symbols = symbols;
        _pascalCase = pascalCase;
        // A number's hash is written before it is placed in a slot, so read only once written.
        _hashes = ArrayPool<int>.Shared.Rent(symbols.Count);
        _isSpelled = new ulong[(symbols.Count + 63) >> 6];
        var slots = 16;
        while (slots / 4 * 3 < symbols.Count)
        {
            slots *= 2;
        }

        _slots = RentedArray.Cleared<int>(slots);
        _mask = slots - 1;
        _strings = new StringIndex(reserved, byReference: false);
    }

    /// <summary>The symbols, one member each.</summary>
    public int Count => _symbols.Count;

    /// <summary>The symbol of member <paramref name="number"/>.</summary>
    public ResolvedSymbol Symbol(int number) => _symbols[number];

    /// <summary>
    /// Names every symbol's member in order; <paramref name="reserved"/> names are never given out. A renamed or
    /// shortened member is reported into <paramref name="diagnostics"/> when given.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static GeneratedMemberNames Assign(IReadOnlyList<ResolvedSymbol> symbols, bool pascalCase, IReadOnlyList<string> reserved, List<KconfigDiagnostic>? diagnostics)
    {
        var names = new GeneratedMemberNames(symbols, pascalCase, reserved.Count + 16);
        foreach (var name in reserved)
        {
            if (names._strings.IndexOf(name) < 0)
            {
                names._strings.Add(name);
            }
        }

        var buffer = names._name.AsSpan();
        for (var number = 0; number < symbols.Count; number++)
        {
            var symbol = symbols[number];
            var length = names.WrittenName(symbol.Name, buffer);
            if (length > 0)
            {
                var written = buffer.Slice(0, length);
                var hash = StringIndex.ContentHash(written);
                if (!names.IsWritten(written, hash) && names._strings.IndexOf(written) < 0)
                {
                    names._hashes[number] = hash;
                    names.PlaceWritten(number, hash);
                    continue;
                }
            }

            names.AssignSpelled(number, symbol, diagnostics);
        }

        ArrayPool<int>.Shared.Return(names._hashes);
        ArrayPool<int>.Shared.Return(names._slots);
        (names._hashes, names._slots) = ([], []);
        return names;
    }

    /// <summary>Appends member <paramref name="number"/>'s name (with its <c>@</c> when it has one).</summary>
    [MethodImpl(HotPath.Optimized)]
    public ChunkedTextBuilder AppendTo(ChunkedTextBuilder builder, int number)
    {
        if (IsSpelled(number))
        {
            return builder.Append(_spelled[number]);
        }

        if (!_pascalCase)
        {
            return builder.Append(_symbols[number].Name);
        }

        return builder.Append(new ReadOnlySpan<char>(_name, 0, MemberNames.WritePascalCaseAscii(_symbols[number].Name, _name)));
    }

    /// <summary>Member <paramref name="number"/>'s name as a string (with its <c>@</c> when it has one).</summary>
    public string Member(int number)
    {
        if (_spelled.TryGetValue(number, out var spelled))
        {
            return spelled;
        }

        return _pascalCase ? new string(_name, 0, MemberNames.WritePascalCaseAscii(_symbols[number].Name, _name)) : _symbols[number].Name;
    }

    /// <summary>
    /// Member <paramref name="number"/>'s name without its <c>@</c> when it is not the symbol's preferred one (the
    /// metadata table's member field), else null.
    /// </summary>
    public string? UnlessPreferred(int number)
    {
        if (!_spelled.TryGetValue(number, out var spelled))
        {
            return null;
        }

        var member = MemberNames.WithoutVerbatimPrefix(spelled);
        return member == MemberNames.Preferred(_symbols[number].Name, _pascalCase) ? null : member;
    }

    /// <summary>
    /// Writes member <paramref name="number"/>'s name without its <c>@</c> into <paramref name="buffer"/> when it is not
    /// kept as a string and returns its length; 0 (and <paramref name="spelled"/>) when it is.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public int TryWrite(int number, Span<char> buffer, out string? spelled)
    {
        if (IsSpelled(number))
        {
            spelled = MemberNames.WithoutVerbatimPrefix(_spelled[number]);
            return 0;
        }

        spelled = null;

        var name = _symbols[number].Name;
        if (_pascalCase)
        {
            return MemberNames.WritePascalCaseAscii(name, buffer);
        }

        name.AsSpan().CopyTo(buffer);
        return name.Length;
    }

    /// <summary>Room for <see cref="TryWrite"/>.</summary>
    public static int WriteBufferLength => BufferLength;

    /// <summary>
    /// Writes the preferred member name of <paramref name="name"/> into <paramref name="buffer"/> and returns its length
    /// when the member can be written from the name each time: ASCII, an identifier as it stands (no <c>_</c> put in front,
    /// no character replaced), no longer than <see cref="MemberNames.MaxIdentifierLength"/>, not a keyword; else 0.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private int WrittenName(string name, Span<char> buffer)
    {
        if (name.Length == 0 || name.Length > MemberNames.MaxIdentifierLength || !AsciiText.IsAscii(name.AsSpan()))
        {
            return 0;
        }

        int length;
        if (_pascalCase)
        {
            length = MemberNames.WritePascalCaseAscii(name, buffer);
        }
        else
        {
            if (MemberNames.IsKeyword(name))
            {
                return 0;
            }

            name.AsSpan().CopyTo(buffer);
            length = name.Length;
        }

        // Keywords are lower case letters: a PascalCase name starts with an upper case one, '_' or a digit.
        if (length > MemberNames.MaxIdentifierLength || buffer[0] is >= '0' and <= '9' || (_pascalCase && buffer[0] is >= 'a' and <= 'z'))
        {
            return 0;
        }

        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                return 0;
            }
        }

        return length;
    }

    /// <summary>Whether a written member has the name <paramref name="text"/> (whose hash is <paramref name="hash"/>).</summary>
    [MethodImpl(HotPath.Optimized)]
    private bool IsWritten(ReadOnlySpan<char> text, int hash)
    {
        var other = _other.AsSpan();
        for (var slot = hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var number = _slots[slot] - 1;
            if (_hashes[number] == hash && other.Slice(0, TryWrite(number, other, out _)).SequenceEqual(text))
            {
                return true;
            }
        }

        return false;
    }

    private void PlaceWritten(int number, int hash)
    {
        var slot = hash & _mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = number + 1;
    }

    private bool IsSpelled(int number) => (_isSpelled[number >> 6] & (1UL << number)) != 0;

    private bool IsTaken(string name) => _strings.IndexOf(name) >= 0 || IsWritten(name.AsSpan(), StringIndex.ContentHash(name.AsSpan()));

    // The rare paths of naming, out of the optimized loop (a cold compiler JIT-compiles them only when met).
    private void AssignSpelled(int number, ResolvedSymbol symbol, List<KconfigDiagnostic>? diagnostics)
    {
        var preferred = MemberNames.Preferred(symbol.Name, _pascalCase);
        if (symbol.Name.Length > MemberNames.MaxIdentifierLength)
        {
            ReportShortened(symbol, preferred, diagnostics);
        }

        var member = MemberNames.IsKeyword(preferred) || IsTaken(preferred) ? Renamed(symbol, preferred, diagnostics) : preferred;
        _spelled.Add(number, member);
        _isSpelled[number >> 6] |= 1UL << number;
        _strings.Add(member);
    }

    private static void ReportShortened(ResolvedSymbol symbol, string preferred, List<KconfigDiagnostic>? diagnostics)
    {
        var at = symbol.DefinedAt.Count > 0 ? symbol.DefinedAt[0] : SourceLocation.None;
        diagnostics?.Add(KconfigDiagnostics.NameShortened.Create(at, $"the symbol name {symbol.Name.Substring(0, 40)}... is {symbol.Name.Length} characters long, more than the {MemberNames.MaxIdentifierLength} a generated member may have; its member is '{preferred}'"));
    }

    /// <summary>The member name of a symbol whose preferred name is a keyword or taken: verbatim, then numbered.</summary>
    private string Renamed(ResolvedSymbol symbol, string preferred, List<KconfigDiagnostic>? diagnostics)
    {
        var verbatim = MemberNames.Preferred(symbol.Name, pascalCase: false);
        var name = MemberNames.IsKeyword(verbatim) ? "@" + verbatim : verbatim;
        var suffix = 2;
        while (IsTaken(name))
        {
            name = verbatim + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            suffix++;
        }

        var location = symbol.DefinedAt.Count > 0 ? symbol.DefinedAt[0] : SourceLocation.None;
        diagnostics?.Add(KconfigDiagnostics.NameCollision.Create(location, $"member name '{preferred}' for {symbol.Name} is a C# keyword or already used; '{name}' is used instead"));
        return name;
    }
}
