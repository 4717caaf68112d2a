using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Syntax;

public sealed class ParserBasicsTests
{
    [Fact]
    public void Help_text_ends_at_the_first_less_indented_line()
    {
        var model = KconfigParser.ParseText("config A\n\tbool \"A\"\n\thelp\n\t  First line.\n\n\t    indented\n\t  Last.\nconfig B\n\tbool\n");

        Assert.Equal("First line.\n\n  indented\nLast.", model.FindSymbol("A")!.Nodes[0].Help);
        Assert.True(model.FindSymbol("B")!.IsDefined);
    }

    [Fact]
    public void Kconfig_dialect_binds_and_tighter_than_or()
    {
        var model = KconfigParser.ParseText("config A\n\tbool\n\tdepends on B || C && D\n");

        Assert.IsType<OrExpr>(model.FindSymbol("A")!.Nodes[0].OwnDependency);
    }

    [Fact]
    public void Qemu_dialect_binds_or_tighter_than_and()
    {
        var model = KconfigParser.ParseText("config A\n\tbool\n\tdepends on B || C && D\n", options: new KconfigParseOptions { Dialect = KconfigDialect.Qemu });

        Assert.IsType<AndExpr>(model.FindSymbol("A")!.Nodes[0].OwnDependency);
    }

    [Fact]
    public void A_syntax_error_does_not_hide_the_next_entry()
    {
        var model = KconfigParser.ParseText("config A\n\tbool\n\tdepends on (B\nconfig C\n\tbool\n");

        Assert.Contains(model.Diagnostics, d => d.Id == KconfigDiagnostics.SyntaxError.Id && d.Location.Line == 3);
        Assert.True(model.FindSymbol("C")!.IsDefined);
    }
}
