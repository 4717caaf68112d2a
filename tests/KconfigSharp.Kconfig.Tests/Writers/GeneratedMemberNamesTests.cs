using CsCheck;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Kconfig.Tests.Writers;

/// <summary>
/// The emitter's member names, most of them written from their symbol's name rather than kept as strings, are the
/// names a plain set of strings gives: preferred, else verbatim (<c>@</c> for a keyword), else numbered, in order.
/// </summary>
public sealed class GeneratedMemberNamesTests
{
    private static readonly string[] Reserved = ["Symbols", "KconfigSymbolTable", "FeatureFlags"];

    // Small alphabets so PascalCase names collide ("AB", "Ab", "A_B"), with keywords, names a member cannot
    // start with, non-ASCII and non-identifier characters, reserved names, and names past the identifier limit.
    private static readonly Gen<string> Name = Gen.OneOf(
        Gen.String[Gen.Char["aAbB_1"], 0, 5],
        Gen.String[Gen.Char["aB_9é-"], 1, 4],
        Gen.OneOf(Gen.Const("class"), Gen.Const("CLASS"), Gen.Const("if"), Gen.Const("SYMBOLS"), Gen.Const("symbols"), Gen.Const("FEATURE_FLAGS")),
        Gen.Int[250, 262].Select(length => new string('A', length - 1) + "_"),
        Gen.Int[250, 262].Select(length => "a_" + new string('B', length - 2)));

    [Fact]
    public void Members_are_the_names_a_string_set_gives() =>
        Gen.Select(Name.List[0, 30], Gen.Bool).Sample((names, pascal) =>
        {
            var symbols = names.ConvertAll(Symbol);
            var diagnostics = new List<KconfigDiagnostic>();
            var members = GeneratedMemberNames.Assign(symbols, pascal, Reserved, diagnostics);
            var (expected, expectedDiagnostics) = StringSetNames(names, pascal);
            Assert.Equal(expected, Enumerable.Range(0, members.Count).Select(members.Member).ToList());
            Assert.Equal(expectedDiagnostics, diagnostics.ConvertAll(d => d.Message));
            for (var number = 0; number < members.Count; number++)
            {
                var written = new ChunkedTextBuilder();
                members.AppendTo(written, number);
                Assert.Equal(expected[number], written.ToString());

                var withoutPrefix = MemberNames.WithoutVerbatimPrefix(expected[number]);
                Assert.Equal(withoutPrefix == MemberNames.Preferred(names[number], pascal) ? null : withoutPrefix, members.UnlessPreferred(number));

                var buffer = new char[GeneratedMemberNames.WriteBufferLength];
                var length = members.TryWrite(number, buffer, out var spelled);
                Assert.Equal(withoutPrefix, spelled ?? new string(buffer, 0, length));
            }
        });

    [Fact]
    public void A_second_symbol_with_the_same_member_name_is_renamed_though_neither_name_is_kept_as_a_string()
    {
        var members = GeneratedMemberNames.Assign([Symbol("MY_FLAG"), Symbol("MY__FLAG"), Symbol("My_Flag"), Symbol("MY_FLAG_2")], pascalCase: true, Reserved, diagnostics: null);

        // MY__FLAG is "My_Flag" (an empty part keeps its '_'), written, not kept; My_Flag's preferred MyFlag is taken and its verbatim name is that written one, so numbered.
        Assert.Equal(["MyFlag", "My_Flag", "My_Flag_2", "MyFlag_2"], Enumerable.Range(0, 4).Select(members.Member));
    }

    // The naming as it was written before members were written from their names: every name a string in one set.
    private static (List<string> Members, List<string> Diagnostics) StringSetNames(List<string> names, bool pascal)
    {
        var used = new HashSet<string>(Reserved, StringComparer.Ordinal);
        var members = new List<string>();
        var diagnostics = new List<string>();
        foreach (var name in names)
        {
            var preferred = MemberNames.Preferred(name, pascal);
            if (name.Length > MemberNames.MaxIdentifierLength)
            {
                diagnostics.Add($"the symbol name {name.Substring(0, 40)}... is {name.Length} characters long, more than the {MemberNames.MaxIdentifierLength} a generated member may have; its member is '{preferred}'");
            }

            var member = preferred;
            if (MemberNames.IsKeyword(preferred) || used.Contains(preferred))
            {
                var verbatim = MemberNames.Preferred(name, pascalCase: false);
                member = MemberNames.IsKeyword(verbatim) ? "@" + verbatim : verbatim;
                for (var suffix = 2; used.Contains(member); suffix++)
                {
                    member = verbatim + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                diagnostics.Add($"member name '{preferred}' for {name} is a C# keyword or already used; '{member}' is used instead");
            }

            used.Add(member);
            members.Add(member);
        }

        return (members, diagnostics);
    }

    private static ResolvedSymbol Symbol(string name) =>
        new(name, KconfigType.Bool, "y", IsDefined: true, IsVisible: true, null, null, EquatableArray<SourceLocation>.Empty, null,
            EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty, null, ValueOrigin.Nothing);
}
