using KconfigSharp.Tests;
using KconfigSharp.Kconfig.Diagnostics;

namespace KconfigSharp.Generator.Tests;

public sealed class DiagnosticDocsTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in KconfigDiagnostics.All.Select(d => d.Id).Concat(["KCONF201", "KCONF202", "KCONF203", "KCONF299"]))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_generator_diagnostic_has_a_page_with_what_why_fix_and_example(string id)
    {
        var page = Path.Combine(RepoRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        foreach (var heading in new[] { "## What", "## Why", "## How to fix", "## Example" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    private static string RepoRoot() => RepositoryPaths.Root;
}
