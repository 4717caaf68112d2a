using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Tests.Finalization;

/// <summary>
/// A symbol's reverse dependencies are made from its selects and implies on first read (the resolver evaluates
/// the lists themselves) and kept: they read as LKC builds them, a <c>source &amp;&amp; condition</c> term per
/// select with its definition's dependency, and the values are those of the terms.
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
    public void Reverse_dependencies_are_made_on_first_read_and_read_as_written()
    {
        var model = KconfigParser.ParseText(Tree);
        Symbol Find(string name) => model.FindSymbol(name)!;

        Assert.Equal("A && D || B", Find("X").ReverseDependency.ToString());
        Assert.Equal("A && D || B && D", Find("Y").ReverseDependency.ToString());
        Assert.Equal("A && C && D", Find("Z").ReverseDependency.ToString());
        Assert.Equal("A && D", Find("V").WeakReverseDependency.ToString());
        Assert.Equal("A && C && D", Find("U").WeakReverseDependency.ToString());

        Assert.Same(Find("X").ReverseDependency, Find("X").ReverseDependency);
        Assert.Same(Find("U").WeakReverseDependency, Find("U").WeakReverseDependency);
        Assert.Same(model.Constants.NoExpr, Find("A").ReverseDependency);
        Assert.Same(model.Constants.NoExpr, Find("A").WeakReverseDependency);

        var resolved = KconfigEngine.Resolve(model, []);
        Assert.Equal(["y", "y", "n", "y", "n"], new[] { "X", "Y", "Z", "V", "U" }.Select(n => resolved.Find(n)!.Value));
    }
}
