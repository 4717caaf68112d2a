using System.Text.RegularExpressions;
using KconfigSharp.Tests;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// Every severity instruction in the docs names a file that works for its diagnostic (issue 18):
/// KCONF1xx/KCONF2xx are located in Kconfig/values files or have no location, so only a global
/// analyzer config (<c>.globalconfig</c>, <c>is_global = true</c>) reaches them, never an
/// <c>.editorconfig</c> section. The behaviour itself is checked by the end-to-end consumer build.
/// </summary>
public sealed partial class SeverityDocsTests
{
    [GeneratedRegex(@"dotnet_diagnostic\.(KCONF(\d)\d\d)\.severity")]
    private static partial Regex SeverityKey();

    public static TheoryData<string> Pages()
    {
        var root = RepositoryPaths.PathOf();
        var data = new TheoryData<string>();
        foreach (var page in new[] { "README.md", Path.Combine("docs", "getting-started.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p)))
            .Distinct())
        {
            data.Add(page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Severity_instructions_for_generator_diagnostics_name_a_globalconfig(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.PathOf(), page));
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in SeverityKey().Matches(lines[i]))
            {
                if (match.Groups[2].Value == "0")
                {
                    continue;
                }

                // The instruction's sentence or block: a few lines around it.
                var context = string.Join("\n", lines.Skip(Math.Max(0, i - 6)).Take(10));
                Assert.True(context.Contains(".globalconfig", StringComparison.Ordinal) || context.Contains("is_global = true", StringComparison.Ordinal),
                    $"{page}:{i + 1}: the severity of {match.Groups[1].Value} is set only by a .globalconfig, and the text around it does not say so");
            }
        }
    }
}
