using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Fidelity;

/// <summary>
/// SPEC §8: a tree that uses syntax LKC 7.x rejects gets Kconfiglib's rules where the two part; any
/// other tree gets LKC 7.x's. The parser records the first such construct.
/// </summary>
public sealed class LegacySyntaxTests
{
    [Theory]
    [InlineData("config A\n\tbool \"a\"\n\t---help---\n\t  Old help.\n", 3)]
    [InlineData("config A\n\tstring\n\toption env=\"HOME\"\n", 3)]
    [InlineData("config MODULES\n\tbool \"modules\"\n\toption modules\n", 3)]
    [InlineData("choice\n\tprompt \"c\"\n\toptional\nconfig A\n\tbool \"a\"\nendchoice\n", 3)]
    [InlineData("choice\n\ttristate \"c\"\nconfig A\n\ttristate \"a\"\nendchoice\n", 2)]
    public void Construct_that_LKC_7_rejects_makes_the_tree_follow_Kconfiglib(string kconfig, int line)
    {
        var model = KconfigParser.ParseText(kconfig);

        Assert.Equal(line, model.LegacySyntax!.Value.Line);
        Assert.False(model.FollowsLkc);
    }

    [Fact]
    public void Tree_in_LKC_7_syntax_follows_LKC()
    {
        var model = KconfigParser.ParseText("config MODULES\n\tbool \"modules\"\n\tmodules\nconfig A\n\ttristate \"a\"\n\thelp\n\t  New help.\nconfig OLD\n\tbool\n\ttransitional\nchoice\n\tprompt \"c\"\nconfig B\n\tbool \"b\"\nendchoice\n");

        Assert.Null(model.LegacySyntax);
        Assert.True(model.FollowsLkc);
    }

    [Fact]
    public void Qemu_dialect_never_follows_LKC()
    {
        var model = KconfigParser.ParseText("config A\n\tbool\n", "Kconfig", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

        Assert.False(model.FollowsLkc);
    }
}
