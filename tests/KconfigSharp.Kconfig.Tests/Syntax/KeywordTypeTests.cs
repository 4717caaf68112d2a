using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

/// <summary>
/// <see cref="Keywords.TypeOf"/> (of the keyword <see cref="Keywords.Classify"/> finds in a word) replaced two dictionaries
/// (type keywords, <c>def_*</c> keywords): it must name exactly the types those tables named, and no other word.
/// </summary>
public sealed class KeywordTypeTests
{
    internal static readonly Dictionary<string, KconfigType> Types = new()
    {
        ["bool"] = KconfigType.Bool, ["boolean"] = KconfigType.Bool, ["tristate"] = KconfigType.Tristate,
        ["string"] = KconfigType.String, ["int"] = KconfigType.Int, ["hex"] = KconfigType.Hex,
    };

    internal static readonly Dictionary<string, KconfigType> DefaultingTypes = new()
    {
        ["def_bool"] = KconfigType.Bool, ["def_tristate"] = KconfigType.Tristate, ["def_int"] = KconfigType.Int,
        ["def_hex"] = KconfigType.Hex, ["def_string"] = KconfigType.String,
    };

    public static TheoryData<string> Words()
    {
        var words = new TheoryData<string>();
        var near = new[] { "", "b", "boo", "bools", "booleans", "def_", "def_boolean", "def_b", "def_bools", "de_bool", "def-bool",
            "Def_bool", "BOOL", "tri", "tristates", "strin", "integer", "in", "he", "hexa", "def_def_bool", "d", "default", "depends",
            "help", "select", "imply", "range", "prompt", "option", "visible", "optional", "modules", "transitional", "hex_", "int1" };
        foreach (var word in Types.Keys.Concat(DefaultingTypes.Keys).Concat(near))
        {
            words.Add(word);
        }

        return words;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void A_word_declares_the_type_the_keyword_tables_gave_it(string word)
    {
        var expectedType = Types.TryGetValue(word, out var type) ? type : DefaultingTypes.TryGetValue(word, out var defaulting) ? defaulting : KconfigType.Unknown;

        Assert.Equal(expectedType, Keywords.TypeOf(Keywords.Classify(word), out var withDefault));
        Assert.Equal(DefaultingTypes.ContainsKey(word), withDefault);
    }
}
