using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Resolution;

public sealed class KconfigDependencyLoopTests
{
    public static TheoryData<string> Cases => KconfiglibCorpus.CasesWith(".expected.error");

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void Loop_is_an_error_that_prints_the_chain_as_Kconfiglib_does(string name)
    {
        var model = KconfiglibCorpus.Parse(name);

        var configuration = KconfiglibCorpus.Resolve(model, modulesY: false);

        var loop = Assert.Single(configuration.Diagnostics, d => d.Id == KconfigDiagnostics.DependencyLoop.Id);
        Assert.Equal(KconfigSeverity.Error, loop.Severity);
        var expected = KconfiglibCorpus.Read(name + ".expected.error");
        const string prefix = "KconfigError: \n";
        Assert.StartsWith(prefix, expected);
        Assert.Equal(expected.Substring(prefix.Length).TrimEnd('\n'), loop.Message);
    }
}
