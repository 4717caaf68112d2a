using System.Reflection;
using KconfigSharp.Tests;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>Every analyzer rule has a page under docs/diagnostics and a help link pointing at it.</summary>
public sealed class DiagnosticDocsTests
{
    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        var analyzerTypes = typeof(Guards.GuardAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (typeof(DiagnosticAnalyzer).IsAssignableFrom(t)) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null);
        var seen = new HashSet<string>();
        foreach (var type in analyzerTypes)
        {
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (seen.Add(descriptor.Id))
                {
                    data.Add(descriptor.Id, descriptor.HelpLinkUri);
                }
            }

            if (analyzer is DiagnosticSuppressor suppressor)
            {
                foreach (var suppression in suppressor.SupportedSuppressions)
                {
                    if (seen.Add(suppression.Id))
                    {
                        data.Add(suppression.Id, string.Empty);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_analyzer_rule_has_a_page_and_a_help_link_to_it(string id, string helpLink)
    {
        var page = RepositoryPaths.PathOf("docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        foreach (var heading in new[] { "## What", "## Why", "## How to fix", "## Example" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        if (helpLink.Length > 0)
        {
            Assert.EndsWith($"/docs/diagnostics/{id}.md", helpLink, StringComparison.Ordinal);
        }
    }
}
