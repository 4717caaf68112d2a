using KconfigSharp.Kconfig.Tests.Resolution;
using KconfigSharp.Kconfig.Writers;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Writers;

public sealed class ConfigWriterCorpusTests
{
    public static TheoryData<string> Defaults => KconfiglibCorpus.CasesWith(".expected.config", withModulesVariants: false);

    public static TheoryData<string> ModulesY => KconfiglibCorpus.CasesWith(".modules-y.expected.config");

    [SharedDataTheory]
    [MemberData(nameof(Defaults))]
    public void Defaults_write_the_config_Kconfiglib_writes(string name)
    {
        var model = KconfiglibCorpus.Parse(name);

        var text = ConfigWriter.Write(model, KconfiglibCorpus.Resolve(model, modulesY: false));

        Assert.Equal(KconfiglibCorpus.Read(name + ".expected.config"), text);
    }

    [SharedDataTheory]
    [MemberData(nameof(ModulesY))]
    public void Modules_y_writes_the_config_Kconfiglib_writes(string name)
    {
        var model = KconfiglibCorpus.Parse(name);

        var text = ConfigWriter.Write(model, KconfiglibCorpus.Resolve(model, modulesY: true));

        Assert.Equal(KconfiglibCorpus.Read(name + ".modules-y.expected.config"), text);
    }
}
