using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Kconfig.Tests.Writers;

/// <summary>
/// The big-tree metadata table reads back exactly what was written, and the C# literal the writer puts
/// in place (issue 13: no intermediate string) is exactly the quoted text of the table.
/// </summary>
public sealed class FlagMetadataTableTests
{
    private static readonly string[] Words = ["A", "B", "C:D", "E,F", "G\"H"];

    // Every separator and escape of the format and of a C# literal, and " && " chains that share tails.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["AB &|:,\\\t\n\r\"x@=\u2028\u0085\0\u0001"], 0, 12],
        Gen.Int[0, 4].Select(i => Words[i]).Array[1, 4].Select(words => string.Join(" && ", words)));

    private static readonly Gen<string> Name = Gen.String[Gen.Char["AB_1:,\\\t\"\u2028"], 1, 8];

    private static readonly Gen<FlagMetadataTable.Relation> Relation =
        Gen.Select(Name, Text.Null(), (symbol, condition) => new FlagMetadataTable.Relation(symbol, condition));

    private static readonly Gen<FlagMetadataTable.Row> Row =
        Gen.Select(Name, Gen.Bool, Name, Text.Null(), Text.Null(), Relation.List[0, 3], Relation.List[0, 2])
            .Select(t => new FlagMetadataTable.Row(t.Item1, t.Item2 ? MemberNames.Preferred(t.Item1, pascalCase: true) : t.Item3, t.Item4, t.Item5, t.Item6, t.Item7));

    private static string Describe(IEnumerable<FlagMetadataTable.Row> rows) =>
        string.Join("\n", rows.Select(r => $"{r.Name}|{r.Member}|{r.DependsOn ?? "-"}|{r.Choice ?? "-"}|"
            + string.Join(";", r.SelectedBy.Select(s => s.Symbol + "?" + (s.Condition ?? "-"))) + "|"
            + string.Join(";", r.ImpliedBy.Select(s => s.Symbol + "?" + (s.Condition ?? "-")))));

    [Fact]
    public void Any_rows_read_back_exactly() =>
        Row.List[0, 6].Sample(rows =>
        {
            Assert.True(FlagMetadataTable.TryRead(FlagMetadataTable.Write(rows, pascalCaseNames: true), out var read));
            Assert.Equal(Describe(rows), Describe(read));
        });

    [Fact]
    public void The_literal_written_in_place_is_the_quoted_table() =>
        Gen.Select(Row.List[0, 6], Gen.Bool).Sample((rows, pascal) =>
        {
            var preferred = rows.ConvertAll(r => MemberNames.Preferred(r.Name, pascal));
            var literal = new KconfigSharp.Kconfig.Text.ChunkedTextBuilder().Append("[");
            FlagMetadataTable.WriteLiteral(literal, rows, pascal, preferred);
            Assert.Equal("[" + FeatureFlagsWriter.Quote(FlagMetadataTable.Write(rows, pascal)), literal.ToString());
        });

    // A text as the resolver gives it: mostly one shared string, sometimes an equal text in a string of its own.
    private static readonly Gen<string?> SharedText = Gen.Select(Gen.Int[0, 4], Gen.Bool, Gen.Bool)
        .Select((word, copy, none) => none ? null : copy ? new string(Words[word].ToCharArray()) : Words[word]);

    private static readonly Gen<ResolvedRelation> ResolvedRelationGen =
        Gen.Select(Name, SharedText, (symbol, condition) => new ResolvedRelation(symbol, condition));

    // Symbols whose names collide (the alphabet is small; "As" and "AS" have one PascalCase), so the writer's
    // naming gives preferred, verbatim and numbered members.
    private static readonly Gen<ResolvedSymbol> GeneratedSymbol =
        Gen.Select(Gen.OneOf(Name, Gen.String[Gen.Char["aAsS_1"], 1, 4], Gen.Const("class")), Gen.Enum<KconfigType>(), SharedText, SharedText, ResolvedRelationGen.Array[0, 3], ResolvedRelationGen.Array[0, 2])
            .Select(t => new ResolvedSymbol(t.Item1, t.Item2, "y", IsDefined: true, IsVisible: true, null, null, EquatableArray<SourceLocation>.Empty, t.Item3,
                EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty, t.Item5.ToEquatableArray(), t.Item6.ToEquatableArray(), t.Item4, ValueOrigin.Nothing));

    [Fact]
    public void Generated_members_are_written_as_their_rows() =>
        Gen.Select(GeneratedSymbol.List[0, 8], Gen.Bool).Sample((symbols, pascal) =>
        {
            var members = GeneratedMemberNames.Assign(symbols, pascal, [], diagnostics: null);
            var preferred = symbols.ConvertAll(s => MemberNames.Preferred(s.Name, pascal));
            var fromMembers = new ChunkedTextBuilder();
            FlagMetadataTable.WriteLiteral(fromMembers, members, pascal);
            var fromRows = new ChunkedTextBuilder();
            var rows = symbols.Select((symbol, number) => FlagMetadataTable.RowOf(symbol, MemberNames.WithoutVerbatimPrefix(members.Member(number)))).ToList();
            FlagMetadataTable.WriteLiteral(fromRows, rows, pascal, preferred);
            Assert.Equal(fromRows.ToString(), fromMembers.ToString());
        });

    // Texts of few lengths over a small alphabet, so many share a length, and each in a string of its own, so equal
    // texts are different strings: the numbering sorts by length, then each run of one length by content.
    private static readonly Gen<string> ShortText = Gen.OneOf(
        Gen.String[Gen.Char["ABC"], 1, 3],
        Gen.Select(Gen.String[Gen.Char["ABC"], 1, 2], Gen.String[Gen.Char["AB"], 1, 2], (head, tail) => head + " && " + tail))
        .Select(text => new string(text.ToCharArray()));

    [Fact]
    public void Texts_are_numbered_shortest_first_then_ordinally_each_once() =>
        ShortText.Null().List[0, 40].Sample(texts =>
        {
            var rows = texts.Select((text, i) => new FlagMetadataTable.Row("N" + i, "N" + i, text, null, [], [])).ToList();
            var lines = FlagMetadataTable.Write(rows, pascalCaseNames: false).Split('\n');

            // The oracle: the distinct texts sorted by length then ordinal, each written as head:N for the longest
            // tail after a " && " that is an earlier text.
            var expected = texts.OfType<string>().Distinct(StringComparer.Ordinal)
                .OrderBy(text => text.Length).ThenBy(text => text, StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), lines[1]);
            for (var n = 0; n < expected.Count; n++)
            {
                var text = expected[n];
                var written = text;
                for (var at = text.IndexOf(" && ", StringComparison.Ordinal); at > 0; at = text.IndexOf(" && ", at + 1, StringComparison.Ordinal))
                {
                    var tail = expected.IndexOf(text.Substring(at + 4), 0, n);
                    if (tail >= 0)
                    {
                        written = text.Substring(0, at) + ":" + tail.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    }
                }

                Assert.Equal(written, lines[2 + n]);
            }

            for (var i = 0; i < texts.Count; i++)
            {
                var number = texts[i] is { } text ? "\t\t" + expected.IndexOf(text).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                Assert.Equal("N" + i + number, lines[2 + expected.Count + i]);
            }
        });

    // The table's and the naming's working arrays are rented: whatever an earlier emission left in the pool, a table and
    // the members' names are the same as before it.
    [Fact]
    public void A_table_and_its_names_do_not_depend_on_what_was_written_before() =>
        Gen.Select(GeneratedSymbol.List[0, 8], GeneratedSymbol.List[0, 40], Gen.Bool).Sample((symbols, other, pascal) =>
        {
            string Table(List<ResolvedSymbol> of)
            {
                var members = GeneratedMemberNames.Assign(of, pascal, [], diagnostics: null);
                var literal = new ChunkedTextBuilder();
                FlagMetadataTable.WriteLiteral(literal, members, pascal);
                return string.Join("\n", Enumerable.Range(0, of.Count).Select(members.Member)) + "\n" + literal;
            }

            var first = Table(symbols);
            Table(other);
            Assert.Equal(first, Table(symbols));
        });

    [Fact]
    public void Equal_texts_in_different_strings_are_written_once()
    {
        var text = "A && B";
        var rows = new List<FlagMetadataTable.Row>
        {
            new("X", "X", text, null, [], []),
            new("Y", "Y", new string(text.ToCharArray()), null, [new("S", new string(text.ToCharArray()))], []),
        };

        Assert.Equal("1V\n1\nA && B\nX\t\t0\nY\t\t0\t\tS:0\n", FlagMetadataTable.Write(rows, pascalCaseNames: false));
    }

    [Fact]
    public void A_table_with_every_escape_is_one_literal()
    {
        var rows = new List<FlagMetadataTable.Row> { new("A\"B", "Ab", "X\\Y && \"Z\"", null, [new("S\u2028", "T\t")], []) };
        var literal = new KconfigSharp.Kconfig.Text.ChunkedTextBuilder();
        FlagMetadataTable.WriteLiteral(literal, rows, pascalCaseNames: true, [MemberNames.Preferred("A\"B", pascalCase: true)]);

        // Table escapes (\t in a text, \\ for a backslash) under the literal's (each backslash doubled, \" and \u2028).
        Assert.Equal(@"""1P\n2\nT\\t\nX\\\\Y && \""Z\""\nA\""B\tAb\t1\t\tS\u2028:0\n""", literal.ToString());
    }

    [Fact]
    public void A_menu_chain_is_written_once_and_each_member_points_at_its_tail()
    {
        var rows = new List<FlagMetadataTable.Row>
        {
            new("MENU", "Menu", "ARCH", null, [], []),
            new("A", "A", "MENU && ARCH", null, [], []),
            new("B", "B", "X && MENU && ARCH", "SCHED", [new("S", "MENU && ARCH")], [new("I", null)]),
        };
        var table = FlagMetadataTable.Write(rows, pascalCaseNames: true);

        Assert.Equal("1P\n4\nARCH\nSCHED\nMENU:0\nX:2\nMENU\t\t0\nA\t\t2\nB\t\t3\t1\tS:2\tI\n", table);
        Assert.True(FlagMetadataTable.TryRead(table, out var read));
        Assert.Equal(Describe(rows), Describe(read));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2P\n0\n")]
    [InlineData("1P\n1\n")]
    [InlineData("1P\n1\nA:0\n")]
    [InlineData("1P\n0\nNAME\t\t0\n")]
    [InlineData("1P\n0\n\t\n")]
    public void Anything_else_is_not_a_table(string text) =>
        Assert.False(FlagMetadataTable.TryRead(text, out _));
}
