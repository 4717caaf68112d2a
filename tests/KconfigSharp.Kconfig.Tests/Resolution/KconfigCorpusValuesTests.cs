using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>Values, visibility, assignable values and direct-dependency values match Kconfiglib's <c>.values.tsv</c>.</summary>
public sealed class KconfigCorpusValuesTests
{
    public static TheoryData<string> Cases => KconfiglibCorpus.CasesWith(".values.tsv");

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void Values_and_visibility_match_Kconfiglib(string name)
    {
        var modulesY = name.EndsWith(".modules-y", StringComparison.Ordinal);
        var source = modulesY ? name.Substring(0, name.Length - ".modules-y".Length) : name;
        var model = KconfiglibCorpus.Parse(source);
        var configuration = KconfiglibCorpus.Resolve(model, modulesY);

        var mismatches = new List<string>();
        var choiceIndex = 0;
        foreach (var line in KconfiglibCorpus.Read(name + ".values.tsv").Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields[0].StartsWith("<choice", StringComparison.Ordinal))
            {
                var choice = configuration.Choices[choiceIndex++];
                var actualChoice = $"{fields[0]}\tmode={choice.Mode}\tselection={choice.Selection ?? "-"}\tvis={choice.Visibility}";
                var expectedChoice = $"{fields[0]}\t{fields[2]}\t{fields[3]}\t{fields[4]}";
                if (actualChoice != expectedChoice)
                {
                    mismatches.Add($"expected {expectedChoice}\n  actual {actualChoice}");
                }

                continue;
            }

            var symbol = configuration.Find(fields[0]);
            if (symbol is null)
            {
                mismatches.Add($"{fields[0]} missing");
                continue;
            }

            var expected = $"{fields[0]}\t{PythonString(fields[2])}\t{fields[3]}\t{fields[4]}\t{fields[5]}";
            var value = symbol.Type is Model.KconfigType.Unknown ? symbol.Name : symbol.Value;
            if (symbol.Type is Model.KconfigType.Unknown && fields[1] != "unknown")
            {
                value = symbol.Value;
            }

            var actual = $"{symbol.Name}\t{value}\tvis={symbol.Visibility}\tassignable={symbol.Assignable}\tdirdep={symbol.DirectDependencyValue}";
            if (actual != expected)
            {
                mismatches.Add($"expected {expected}\n  actual {actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    /// <summary>Decodes a Python <c>repr()</c> of a str ('...' or "..." with backslash escapes).</summary>
    private static string PythonString(string repr)
    {
        var body = repr.Substring(1, repr.Length - 2);
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length)
            {
                i++;
                result.Append(body[i] switch { 'n' => '\n', 't' => '\t', _ => body[i] });
            }
            else
            {
                result.Append(body[i]);
            }
        }

        return result.ToString();
    }
}
