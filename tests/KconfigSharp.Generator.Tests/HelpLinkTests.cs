using System.Text.RegularExpressions;
using KconfigSharp.Generator.Diagnostics;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Tests;

namespace KconfigSharp.Generator.Tests;

/// <summary>Help links follow the one property that names the project's home (issue 18, item 12).</summary>
public sealed class HelpLinkTests
{
    [Fact]
    public void Every_generator_help_link_is_the_package_project_url_plus_the_page()
    {
        var props = File.ReadAllText(RepositoryPaths.PathOf("Directory.Build.props"));
        var projectUrl = Regex.Match(props, "<PackageProjectUrl[^>]*>([^<]+)</PackageProjectUrl>").Groups[1].Value;
        Assert.NotEmpty(projectUrl);
        Assert.Equal(projectUrl + "/blob/main/docs/diagnostics/", HelpLinks.Base);

        foreach (var id in KconfigDiagnostics.All.Select(d => d.Id).Concat(["KCONF201", "KCONF202", "KCONF299"]))
        {
            Assert.Equal(HelpLinks.Base + id + ".md", GeneratorDiagnostics.For(id).HelpLinkUri);
        }
    }
}
