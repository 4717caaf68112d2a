using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Resolution;

public sealed class ChoiceMemberDescriptionTests
{
    private const string Tree =
        "config BASE\n\tbool \"Base\"\n\tdefault y\n\n" +
        "choice\n\tprompt \"Scheduler\"\n\tdepends on BASE\n\n" +
        "config FAIR\n\tbool \"Fair\"\n\n" +
        "config RT\n\tbool \"Realtime\"\n\tdepends on BASE\n\n" +
        "endchoice\n";

    private static ResolvedSymbol Resolve(string name) =>
        KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []).Symbols.Single(s => s.Name == name);

    [Fact]
    public void A_choice_members_dependency_on_its_choice_is_written_as_the_choices_own_dependencies()
    {
        Assert.Equal("BASE", Resolve("FAIR").DependsOn);
        Assert.Equal("BASE && BASE", Resolve("RT").DependsOn);
    }

    [Fact]
    public void An_anonymous_choice_is_named_by_its_prompt_and_location()
    {
        Assert.Equal("\"Scheduler\" (Kconfig:5)", Resolve("FAIR").ChoiceName);
    }
}
