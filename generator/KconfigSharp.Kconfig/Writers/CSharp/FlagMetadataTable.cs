using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// The analyzers' metadata of a big tree as one text, the argument of the class's
/// <c>[KconfigTable]</c> (issue 13: 22,000 members with a handful of attributes each cost the compiler
/// seconds; one string argument costs nothing). Written by <see cref="FeatureFlagsWriter"/> for brief
/// and none docs, read by the analyzers; both go through this class, so the format has one definition.
/// </summary>
/// <remarks>
/// Lines end with <c>\n</c>, fields with <c>\t</c>. Line 1: the format (<c>1</c>) and the naming mode
/// (<c>P</c> PascalCase, <c>V</c> verbatim). Line 2: the number N of shared texts; the next N lines are
/// the texts (dependencies, conditions, choice names), each written once, shortest first; a text that
/// ends in <c> &amp;&amp; </c> and an earlier text is written <c>head:number</c>. Then one line per member:
/// <c>name, member, depends, choice, selected by, implied by</c>, where member is empty when it is the
/// default name for the symbol (<see cref="MemberNames.Preferred"/>), depends and choice are text
/// numbers, and each relation list is <c>SYMBOL</c> or <c>SYMBOL:text number</c> joined by <c>,</c>.
/// Trailing empty fields are left out. In every field <c>\</c>, tab, line breaks, <c>,</c> and <c>:</c>
/// are escaped with <c>\</c> (<c>\t</c>, <c>\n</c>, <c>\r</c>, else the character itself).
/// </remarks>
public static class FlagMetadataTable
{
    private const string Format = "1";

    /// <summary>One member's metadata, as the per-member attributes of full docs carry it.</summary>
    public sealed record Row(string Name, string Member, string? DependsOn, string? Choice, IReadOnlyList<Relation> SelectedBy, IReadOnlyList<Relation> ImpliedBy);

    /// <summary>A selecting or implying symbol and its condition (the table's own type: its readers use no resolution types).</summary>
    public sealed record Relation(string Symbol, string? Condition);

    /// <summary>The row of a generated member (its name as the compiler sees it, without <c>@</c>; choice names only for bool members, as <c>[KconfigChoice]</c>).</summary>
    public static Row RowOf(ResolvedSymbol symbol, string member) =>
        new(symbol.Name, MemberNames.WithoutVerbatimPrefix(member), symbol.DependsOn, ChoiceOf(symbol), Relations(symbol.SelectedBy), Relations(symbol.ImpliedBy));

    private static string? ChoiceOf(ResolvedSymbol symbol) => symbol.Type == Model.KconfigType.Bool ? symbol.ChoiceName : null;

    private static Relation[] Relations(EquatableArray<ResolvedRelation> relations)
    {
        if (relations.Count == 0)
        {
            return [];
        }

        var result = new Relation[relations.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Relation(relations[i].Symbol, relations[i].Condition);
        }

        return result;
    }

    /// <summary>The table of <paramref name="members"/>, whose names follow the PascalCase or verbatim mode.</summary>
    public static string Write(IReadOnlyList<Row> members, bool pascalCaseNames)
    {
        var table = new ChunkedTextBuilder(members.Count * 100);
        Write(new TableTextWriter(table, quoted: false, TableTextWriter.FieldSeparators.WithCommaAndColon), new RowList(members, pascalCaseNames, preferredMembers: null), pascalCaseNames);
        return table.ToString();
    }

    /// <summary>
    /// Appends the table as a C# string literal (what <see cref="FeatureFlagsWriter.AppendQuoted"/> makes of
    /// <see cref="Write(IReadOnlyList{Row}, bool)"/>), written in place. <paramref name="preferredMembers"/>
    /// holds each row's <see cref="MemberNames.Preferred"/>, already computed by the caller.
    /// </summary>
    internal static void WriteLiteral(ChunkedTextBuilder builder, IReadOnlyList<Row> members, bool pascalCaseNames, IReadOnlyList<string> preferredMembers) =>
        WriteLiteral(builder, new RowList(members, pascalCaseNames, preferredMembers), pascalCaseNames);

    /// <summary>
    /// The literal of the generated members' rows (<see cref="RowOf"/> of each), read from the resolved symbols
    /// in place: NuttX's 22,000 members made as many row records and relation arrays only to be written once.
    /// </summary>
    internal static void WriteLiteral(ChunkedTextBuilder builder, GeneratedMemberNames members, bool pascalCaseNames) =>
        WriteLiteral(builder, new GeneratedMembers(members), pascalCaseNames);

    private static void WriteLiteral(ChunkedTextBuilder builder, RowSource rows, bool pascalCaseNames)
    {
        builder.Append('"');
        Write(new TableTextWriter(builder, quoted: true, TableTextWriter.FieldSeparators.WithCommaAndColon), rows, pascalCaseNames);
        builder.Append('"');
    }

    [MethodImpl(HotPath.Optimized)]
    private static void Write(TableTextWriter table, RowSource rows, bool pascalCaseNames)
    {
        var count = rows.Count;
        var numbers = new TextNumbers(count);
        for (var row = 0; row < count; row++)
        {
            numbers.Collect(rows.DependsOn(row));
            numbers.Collect(rows.Choice(row));
            for (var i = rows.RelationCount(row, implied: false) - 1; i >= 0; i--)
            {
                numbers.Collect(rows.RelationCondition(row, implied: false, i));
            }

            for (var i = rows.RelationCount(row, implied: true) - 1; i >= 0; i--)
            {
                numbers.Collect(rows.RelationCondition(row, implied: true, i));
            }
        }

        // Texts are numbered shortest first, so a text can point at a shared tail written before it.
        var texts = numbers.NumberShortestFirst();
        var tails = new TailIndex(texts.Count);
        table.Append(Format[0]);
        table.Append(pascalCaseNames ? 'P' : 'V');
        table.Append('\n');
        table.Append(texts.Count);
        table.Append('\n');
        foreach (var text in texts)
        {
            AppendText(table, text, tails);
        }

        for (var row = 0; row < count; row++)
        {
            var name = rows.Name(row);
            var member = rows.MemberUnlessPreferred(row);
            var hasMember = member is not null;
            var dependsOn = rows.DependsOn(row);
            var choice = rows.Choice(row);
            var selectedBy = rows.RelationCount(row, implied: false);
            var impliedBy = rows.RelationCount(row, implied: true);

            // Trailing empty fields are left out.
            var last = impliedBy > 0 ? 5 : selectedBy > 0 ? 4 : choice is not null ? 3 : dependsOn is not null ? 2 : hasMember ? 1 : 0;
            table.AppendField(name);
            if (last >= 1)
            {
                table.Append('\t');
                if (hasMember)
                {
                    table.AppendField(member!);
                }
            }

            if (last >= 2)
            {
                table.Append('\t');
                AppendNumber(table, dependsOn, numbers);
            }

            if (last >= 3)
            {
                table.Append('\t');
                AppendNumber(table, choice, numbers);
            }

            if (last >= 4)
            {
                table.Append('\t');
                AppendRelations(table, rows, row, implied: false, numbers);
            }

            if (last >= 5)
            {
                table.Append('\t');
                AppendRelations(table, rows, row, implied: true, numbers);
            }

            table.Append('\n');
        }

        numbers.Release();
        tails.Release();
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AppendNumber(TableTextWriter table, string? text, TextNumbers numbers)
    {
        if (text is not null)
        {
            table.Append(numbers.Of(text));
        }
    }

    /// <summary>
    /// One shared text: <c>head:N</c> when it is <c>head &amp;&amp; text N</c> for the longest such tail already
    /// written (menu chains: every symbol of a menu repeats the menu's dependencies), else the text.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static void AppendText(TableTextWriter table, string text, TailIndex tails)
    {
        var suffixHashes = tails.SuffixHashes(text);
        var wholeHash = suffixHashes[0];
        for (var at = text.IndexOf(AndSeparator, System.StringComparison.Ordinal); at > 0; at = text.IndexOf(AndSeparator, at + 1, System.StringComparison.Ordinal))
        {
            var start = at + AndSeparator.Length;
            if (tails.Find(text, start, suffixHashes[start]) is var tail and >= 0)
            {
                table.AppendField(text, 0, at);
                table.Append(':');
                table.Append(tail);
                table.Append('\n');
                tails.Add(text, wholeHash);
                return;
            }
        }

        table.AppendField(text);
        table.Append('\n');
        tails.Add(text, wholeHash);
    }

    /// <summary>
    /// The texts written so far, found by a suffix of a longer text without cutting it out: a menu chain
    /// has dozens of <c> &amp;&amp; </c>, and a substring per separator made the table quadratic in them.
    /// A hash table of its own (arrays, chained by index): a dictionary of lists was a list per text. Its arrays are
    /// rented (NuttX: 280 KB of each emission) and go back with <see cref="Release"/>.
    /// </summary>
    private sealed class TailIndex
    {
        // Per bucket, 1 + the number of its last text added (0: none); per text, 1 + the number of the next one in its bucket.
        private int[] _buckets;
        private int[] _next;
        private int[] _hashes;
        private string[] _texts;
        private readonly int _bucketShift;
        private int[] _suffixHashes = new int[256];
        private int _count;

        public TailIndex(int capacity)
        {
            var bits = 1;
            while ((1 << bits) < capacity * 2)
            {
                bits++;
            }

            _buckets = RentedArray.Cleared<int>(1 << bits);
            _bucketShift = 32 - bits;
            // Each text's entries are written when it is added, before any read.
            _next = ArrayPool<int>.Shared.Rent(capacity);
            _hashes = ArrayPool<int>.Shared.Rent(capacity);
            _texts = ArrayPool<string>.Shared.Rent(capacity);
        }

        /// <summary>Gives the arrays back to the pool; the index is not used afterwards.</summary>
        public void Release()
        {
            ArrayPool<int>.Shared.Return(_buckets);
            ArrayPool<int>.Shared.Return(_next);
            ArrayPool<int>.Shared.Return(_hashes);
            ArrayPool<string>.Shared.Return(_texts, clearArray: true);
            (_buckets, _next, _hashes, _texts) = ([], [], [], []);
        }

        /// <summary>
        /// The hash of every suffix of <paramref name="text"/> (index = where it starts), computed from the end
        /// in one pass, in a buffer reused for the next text.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public int[] SuffixHashes(string text)
        {
            if (_suffixHashes.Length < text.Length + 1)
            {
                _suffixHashes = new int[System.Math.Max(text.Length + 1, _suffixHashes.Length * 2)];
            }

            // The running hash stays in a register: reading back the element just stored put a store-to-load
            // forwarding delay on every character's step.
            var hashes = _suffixHashes;
            var hash = 0;
            hashes[text.Length] = 0;
            for (var i = text.Length - 1; i >= 0; i--)
            {
                hash = unchecked((hash * 31) + text[i]);
                hashes[i] = hash;
            }

            return hashes;
        }

        /// <summary>Adds <paramref name="text"/> as the next number; <paramref name="hash"/> is its whole suffix hash.</summary>
        public void Add(string text, int hash)
        {
            var number = _count++;
            var bucket = Bucket(hash, text.Length);
            _texts[number] = text;
            _hashes[number] = hash;
            _next[number] = _buckets[bucket];
            _buckets[bucket] = number + 1;
        }

        /// <summary>The number of the text equal to <paramref name="text"/> from <paramref name="start"/> on, or -1.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int Find(string text, int start, int hash)
        {
            var length = text.Length - start;
            for (var number = _buckets[Bucket(hash, length)] - 1; number >= 0; number = _next[number] - 1)
            {
                var candidate = _texts[number];
                if (_hashes[number] == hash && candidate.Length == length && string.CompareOrdinal(text, start, candidate, 0, length) == 0)
                {
                    return number;
                }
            }

            return -1;
        }

        // Fibonacci hashing of the suffix hash and length: the top bits of the product pick the bucket.
        private int Bucket(int hash, int length) => (int)(unchecked((uint)(hash ^ (length * 16777619)) * 2654435769u) >> _bucketShift);
    }

    private const string AndSeparator = " && ";

    /// <summary>The rows of <paramref name="table"/>; false (and no rows) when it is not a table of this format.</summary>
    public static bool TryRead(string table, out List<Row> rows)
    {
        rows = [];
        var reader = new Reader(table);
        var header = reader.Field();
        if (reader.Separator != '\n' || header.Length != 2 || header[0] != Format[0] || header[1] is not ('P' or 'V'))
        {
            return false;
        }

        var pascal = header[1] == 'P';
        if (!int.TryParse(reader.Field(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || reader.Separator != '\n')
        {
            return false;
        }

        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = reader.Field();
            if (reader.Separator == ':')
            {
                // head:N is "head && text N", N written before (shorter).
                var tail = reader.Field();
                if (!int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= i)
                {
                    return false;
                }

                texts[i] = texts[i] + AndSeparator + texts[n];
            }

            if (reader.Separator != '\n')
            {
                return false;
            }
        }

        string? Text(string number) =>
            number.Length == 0 ? null
            : int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < texts.Length ? texts[n]
            : throw new System.FormatException();

        try
        {
            while (!reader.AtEnd)
            {
                var fields = new string[6];
                var field = 0;
                var selected = new List<Relation>();
                var implied = new List<Relation>();
                while (true)
                {
                    if (field >= 4)
                    {
                        ReadRelations(ref reader, field == 4 ? selected : implied, Text);
                    }
                    else
                    {
                        fields[field] = reader.Field();
                    }

                    field++;
                    if (reader.Separator != '\t' || field == 6)
                    {
                        break;
                    }
                }

                if (reader.Separator is not ('\n' or '\0') || fields[0].Length == 0)
                {
                    return false;
                }

                var member = string.IsNullOrEmpty(fields[1]) ? MemberNames.Preferred(fields[0], pascal) : fields[1];
                rows.Add(new Row(fields[0], member, Text(fields[2] ?? string.Empty), Text(fields[3] ?? string.Empty), selected, implied));
            }
        }
        catch (System.FormatException)
        {
            rows = [];
            return false;
        }

        return true;
    }

    private static void ReadRelations(ref Reader reader, List<Relation> into, System.Func<string, string?> text)
    {
        while (true)
        {
            var symbol = reader.Field();
            if (symbol.Length == 0)
            {
                return;
            }

            string? condition = null;
            if (reader.Separator == ':')
            {
                condition = text(reader.Field());
            }

            into.Add(new Relation(symbol, condition));
            if (reader.Separator != ',')
            {
                return;
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AppendRelations(TableTextWriter table, RowSource rows, int row, bool implied, TextNumbers numbers)
    {
        var count = rows.RelationCount(row, implied);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                table.Append(',');
            }

            var symbol = rows.RelationSymbol(row, implied, i);
            table.AppendField(symbol);
            if (rows.RelationCondition(row, implied, i) is { } condition)
            {
                table.Append(':');
                table.Append(numbers.Of(condition));
            }
        }
    }

    /// <summary>
    /// The shared texts and their numbers, looked up by reference: the describer interns the texts it writes, so
    /// equal texts are mostly one string, and hashing a reference costs nothing where hashing a menu chain's text
    /// costs its length. Equal texts in different strings still get one number: sorted, they are neighbours.
    /// </summary>
    /// <param name="rows">The number of rows: NuttX's 22,148 rows hold 9,330 distinct strings, so room for half as many is made first.</param>
    private sealed class TextNumbers(int rows)
    {
        // Each collected string (found by reference: about half as many as rows) and, once numbered, its number.
        // Working arrays all, rented (NuttX: 360 KB of each emission) and given back by Release.
        private readonly StringIndex _strings = new(rows / 2, byReference: true, rented: true);
        private int[] _numbers = [];

        /// <summary>Gives the working arrays back to the pool; the numbers are not asked for afterwards.</summary>
        public void Release()
        {
            _strings.Release();
            if (_numbers.Length > 0)
            {
                ArrayPool<int>.Shared.Return(_numbers);
            }

            _numbers = [];
        }

        [MethodImpl(HotPath.Optimized)]
        public void Collect(string? text)
        {
            if (text is not null && _strings.IndexOf(text) < 0)
            {
                _strings.Add(text);
            }
        }

        /// <summary>Numbers the collected texts shortest first (then ordinal) and returns them in that order, each once.</summary>
        /// <remarks>
        /// Sorted as numbers (length, then collected number) and only each run of one length by content: a comparison
        /// delegate over all of NuttX's 9,330 texts was half of numbering them, and the numbers are known by position,
        /// not looked up again.
        /// </remarks>
        [MethodImpl(HotPath.Optimized)]
        public List<string> NumberShortestFirst()
        {
            var count = _strings.Count;
            var keys = ArrayPool<long>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                keys[i] = ((long)_strings[i].Length << 32) | (uint)i;
            }

            System.Array.Sort(keys, 0, count);
            var sorted = ArrayPool<string>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                sorted[i] = _strings[(int)keys[i]];
            }

            for (var start = 0; start < count;)
            {
                var end = start + 1;
                while (end < count && (keys[end] >> 32) == (keys[start] >> 32))
                {
                    end++;
                }

                if (end - start > 1)
                {
                    // The keys go along as the items: their low half is each text's collected number.
                    System.Array.Sort(sorted, keys, start, end - start, System.StringComparer.Ordinal);
                }

                start = end;
            }

            _numbers = ArrayPool<int>.Shared.Rent(count);
            var texts = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                // Equal texts are neighbours of one length; a text of a new length is read only when written.
                var text = sorted[i];
                if (i == 0 || (keys[i] >> 32) != (keys[i - 1] >> 32) || !string.Equals(sorted[i - 1], text, System.StringComparison.Ordinal))
                {
                    texts.Add(text);
                }

                _numbers[(int)keys[i]] = texts.Count - 1;
            }

            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<string>.Shared.Return(sorted, clearArray: true);
            return texts;
        }

        /// <summary>The number of a collected text.</summary>
        public int Of(string text) => _numbers[_strings.IndexOf(text)];
    }

    /// <summary>The rows a table is written from, one field at a time.</summary>
    private abstract class RowSource
    {
        public abstract int Count { get; }

        public abstract string Name(int row);

        /// <summary>
        /// The member's name, without <c>@</c>, or null when it is the one <see cref="MemberNames.Preferred"/> gives the
        /// row's symbol (no member field then).
        /// </summary>
        public abstract string? MemberUnlessPreferred(int row);

        public abstract string? DependsOn(int row);

        public abstract string? Choice(int row);

        public abstract int RelationCount(int row, bool implied);

        public abstract string RelationSymbol(int row, bool implied, int index);

        public abstract string? RelationCondition(int row, bool implied, int index);
    }

    /// <summary>Rows given as <see cref="Row"/> records.</summary>
    private sealed class RowList(IReadOnlyList<Row> rows, bool pascalCaseNames, IReadOnlyList<string>? preferredMembers) : RowSource
    {
        public override int Count => rows.Count;

        public override string Name(int row) => rows[row].Name;

        public override string? MemberUnlessPreferred(int row)
        {
            var preferred = preferredMembers is null ? MemberNames.Preferred(rows[row].Name, pascalCaseNames) : preferredMembers[row];
            return rows[row].Member != preferred ? rows[row].Member : null;
        }

        public override string? DependsOn(int row) => rows[row].DependsOn;

        public override string? Choice(int row) => rows[row].Choice;

        public override int RelationCount(int row, bool implied) => (implied ? rows[row].ImpliedBy : rows[row].SelectedBy).Count;

        public override string RelationSymbol(int row, bool implied, int index) => (implied ? rows[row].ImpliedBy : rows[row].SelectedBy)[index].Symbol;

        public override string? RelationCondition(int row, bool implied, int index) => (implied ? rows[row].ImpliedBy : rows[row].SelectedBy)[index].Condition;
    }

    /// <summary>The generated members' rows (<see cref="RowOf"/>), read from the resolved symbols.</summary>
    private sealed class GeneratedMembers(GeneratedMemberNames members) : RowSource
    {
        public override int Count => members.Count;

        public override string Name(int row) => members.Symbol(row).Name;

        public override string? MemberUnlessPreferred(int row) => members.UnlessPreferred(row);

        public override string? DependsOn(int row) => members.Symbol(row).DependsOn;

        public override string? Choice(int row) => ChoiceOf(members.Symbol(row));

        public override int RelationCount(int row, bool implied) => Relations(row, implied).Count;

        public override string RelationSymbol(int row, bool implied, int index) => Relations(row, implied)[index].Symbol;

        public override string? RelationCondition(int row, bool implied, int index) => Relations(row, implied)[index].Condition;

        private EquatableArray<ResolvedRelation> Relations(int row, bool implied) => implied ? members.Symbol(row).ImpliedBy : members.Symbol(row).SelectedBy;
    }


    /// <summary>Reads one field at a time up to the next unescaped separator (tab, line break, <c>,</c>, <c>:</c>).</summary>
    private struct Reader(string text)
    {
        private int _position;

        /// <summary>The separator that ended the last field; <c>\0</c> at the end of the text.</summary>
        public char Separator { get; private set; }

        public readonly bool AtEnd => _position >= text.Length;

        public string Field()
        {
            var start = _position;
            StringBuilder? unescaped = null;
            while (_position < text.Length)
            {
                var c = text[_position];
                if (c is '\t' or '\n' or ',' or ':')
                {
                    Separator = c;
                    var field = unescaped?.ToString() ?? text.Substring(start, _position - start);
                    _position++;
                    return field;
                }

                if (c == '\\' && _position + 1 < text.Length)
                {
                    unescaped ??= new StringBuilder().Append(text, start, _position - start);
                    var next = text[++_position];
                    unescaped.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => next });
                }
                else
                {
                    unescaped?.Append(c);
                }

                _position++;
            }

            Separator = '\0';
            return unescaped?.ToString() ?? text.Substring(start);
        }
    }
}
