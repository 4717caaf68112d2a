using CsCheck;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Kconfig.Tests.Writers;

/// <summary>
/// The metadata table written in place as a C# literal (issue 13: no intermediate string) is exactly the
/// quoted text of the table, for every character either escaping layer treats specially.
/// </summary>
public sealed class TableLiteralTests
{
    // Table separators and escapes, literal escapes (quote, backslash, control and line-separator characters), " && " chains.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["AB &|:,\\\t\n\r\"x@=\u2028\u0085\0\u0001"], 0, 12],
        Gen.Int[0, 3].Select(i => new[] { "A", "B", "C:D", "E\"F" }[i]).Array[1, 4].Select(words => string.Join(" && ", words)));

    private static readonly Gen<string> Name = Gen.String[Gen.Char["AB_1:,\\\t\"\u2028"], 1, 8];

    private static readonly Gen<FlagMetadataTable.Relation> Relation =
        Gen.Select(Name, Text.Null(), (symbol, condition) => new FlagMetadataTable.Relation(symbol, condition));

    private static readonly Gen<FlagMetadataTable.Row> Row =
        Gen.Select(Name, Gen.Bool, Name, Text.Null(), Text.Null(), Relation.List[0, 3], Relation.List[0, 2])
            .Select(t => new FlagMetadataTable.Row(t.Item1, t.Item2 ? MemberNames.Preferred(t.Item1, pascalCase: true) : t.Item3, t.Item4, t.Item5, t.Item6, t.Item7));

    [Fact]
    public void The_literal_written_in_place_is_the_quoted_table() =>
        Gen.Select(Row.List[0, 6], Gen.Bool).Sample((rows, pascal) =>
        {
            var preferred = rows.ConvertAll(r => MemberNames.Preferred(r.Name, pascal));
            var literal = new System.Text.StringBuilder("[");
            FlagMetadataTable.WriteLiteral(literal, rows, pascal, preferred);
            Assert.Equal("[" + FeatureFlagsWriter.Quote(FlagMetadataTable.Write(rows, pascal)), literal.ToString());
        });

    [Fact]
    public void A_table_with_every_escape_is_one_literal()
    {
        var rows = new List<FlagMetadataTable.Row> { new("A\"B", "Ab", "X\\Y && \"Z\"", null, [new("S\u2028", "T\t")], []) };
        var literal = new System.Text.StringBuilder();
        FlagMetadataTable.WriteLiteral(literal, rows, pascalCaseNames: true, [MemberNames.Preferred("A\"B", pascalCase: true)]);

        // Table escapes (\t in a text, \\ for a backslash) under the literal's (each backslash doubled, \" and \u2028).
        Assert.Equal(@"""1P\n2\nT\\t\nX\\\\Y && \""Z\""\nA\""B\tAb\t1\t\tS\u2028:0\n""", literal.ToString());
    }
}
