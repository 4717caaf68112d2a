using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// The warnings Kconfiglib prints about values and choices (clamped defaults, select/imply of a
/// choice symbol, choice sanity, user values without effect) are reported with the same text.
/// Parse-time warnings (types, ranges, option env) belong to the parser and are not checked here.
/// </summary>
public sealed class KconfigCorpusWarningsTests
{
    private static readonly string[] ResolverWarnings =
    [
        "clamped to",
        "but select/imply has no effect on choice symbols",
        "the choice symbol",
        "defined without a prompt",
        "defined with type unknown",
        "has no prompt, meaning user values have no effect on it",
    ];

    public static TheoryData<string> Cases => KconfiglibCorpus.CasesWith(".warnings.txt");

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void Resolver_warnings_read_as_Kconfiglib_prints_them(string name)
    {
        var model = KconfiglibCorpus.Parse(name);
        var messages = KconfiglibCorpus.Resolve(model, modulesY: false).Diagnostics.Select(d => d.Message)
            .Concat(KconfiglibCorpus.Resolve(model, modulesY: true).Diagnostics.Select(d => d.Message))
            .ToList();

        var missing = new List<string>();
        foreach (var warning in Warnings(KconfiglibCorpus.Read(name + ".warnings.txt")))
        {
            if (ResolverWarnings.Any(w => warning.Contains(w, StringComparison.Ordinal)) && !messages.Any(m => m.Contains(warning, StringComparison.Ordinal)))
            {
                missing.Add(warning);
            }
        }

        Assert.Empty(missing);
    }

    /// <summary>Splits Kconfiglib's output into warnings; lines starting " - " continue the previous one.</summary>
    private static List<string> Warnings(string text)
    {
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(" - ", StringComparison.Ordinal) && result.Count > 0)
            {
                result[^1] += "\n" + line;
            }
            else if (line.Length > 0)
            {
                var index = line.IndexOf("warning: ", StringComparison.Ordinal);
                result.Add(index >= 0 ? line.Substring(index + "warning: ".Length) : line);
            }
        }

        return result;
    }
}
