using KconfigSharp.Kconfig.Model;
using Xunit;

namespace KconfigSharp.Kconfig.Tests.Expressions;

public sealed class ExprStackTests
{
    [Fact]
    public void Expressions_come_back_last_in_first_out_past_the_initial_capacity()
    {
        var leaves = Enumerable.Range(0, 100).Select(i => (Expr)new SymbolExpr(new Symbol($"S{i}", isConstant: false))).ToList();
        var stack = new ExprStack();
        foreach (var leaf in leaves)
        {
            stack.Push(leaf);
        }

        Assert.Equal(100, stack.Count);
        Assert.Same(leaves[99], stack.Peek());
        for (var i = 99; i >= 0; i--)
        {
            Assert.Same(leaves[i], stack.Pop());
        }

        Assert.Equal(0, stack.Count);
    }

    [Fact]
    public void Clear_empties_the_stack_for_the_next_walk()
    {
        var stack = new ExprStack();
        var a = new SymbolExpr(new Symbol("A", isConstant: false));
        stack.Push(a);
        stack.Push(Expr.And(a, a));
        stack.Clear();

        Assert.Equal(0, stack.Count);
        stack.Push(a);
        Assert.Same(a, stack.Pop());
    }
}
