using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Finalization;

/// <summary>
/// A definition's selects and implies without an <c>if</c> share one <c>symbol &amp;&amp; dependency</c>
/// term in their targets' reverse dependencies; those with an <c>if</c> get their own. The texts and values
/// are those of a term per select.
/// </summary>
public sealed class SelectorTermTests
{
    private const string Tree = """
        config D
        	bool "D"
        	default y
        config C
        	bool "C"
        menu "M"
        	depends on D
        config A
        	bool "A"
        	default y
        	select X
        	select Z if C
        	select Y
        	imply V
        	imply U if C
        endmenu
        config B
        	bool "B"
        	default y
        	select X
        	select Y if D
        config X
        	bool
        config Y
        	bool
        config Z
        	bool
        config V
        	bool "V"
        config U
        	bool "U"
        """;

    [Fact]
    public void Selects_and_implies_without_an_if_share_their_term_and_read_as_written()
    {
        var model = KconfigParser.ParseText(Tree);
        Symbol Find(string name) => model.FindSymbol(name)!;

        Assert.Equal("A && D || B", Find("X").ReverseDependency.ToString());
        Assert.Equal("A && D || B && D", Find("Y").ReverseDependency.ToString());
        Assert.Equal("A && C && D", Find("Z").ReverseDependency.ToString());
        Assert.Equal("A && D", Find("V").WeakReverseDependency.ToString());
        Assert.Equal("A && C && D", Find("U").WeakReverseDependency.ToString());

        var aTerm = ((OrExpr)Find("X").ReverseDependency).Left;
        Assert.Same(aTerm, ((OrExpr)Find("Y").ReverseDependency).Left);
        Assert.Same(aTerm, Find("V").WeakReverseDependency);
        Assert.NotSame(Find("Z").ReverseDependency, Find("U").WeakReverseDependency);

        var resolved = KconfigEngine.Resolve(model, []);
        Assert.Equal(["y", "y", "n", "y", "n"], new[] { "X", "Y", "Z", "V", "U" }.Select(n => resolved.Find(n)!.Value));
    }
}
