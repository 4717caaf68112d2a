using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// Builds the <see cref="MenuEntry"/> tree from the model's menu tree, adding implicit submenus: the
/// entries right after a symbol whose prompt condition (or, without a prompt, dependency) requires the
/// symbol (<c>SYM</c>, <c>SYM = y|m</c> or <c>SYM != n</c> as a top-level <c>&amp;&amp;</c> operand,
/// LKC <c>expr_depends_symbol</c>) go under it, recursively. A promptless symbol opens no submenu
/// (Kconfiglib flattens those). Walks with explicit stacks: nesting depth never grows the call stack.
/// </summary>
internal static class MenuTreeBuilder
{
    public static MenuEntry Build(KconfigModel model)
    {
        var root = new MenuEntry(model.Root, null);
        var pending = new Stack<MenuEntry>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var parent = pending.Pop();
            var open = new Stack<MenuEntry>();
            foreach (var child in parent.Node.Children)
            {
                while (open.Count > 0 && !DependsOn(child, open.Peek().Node.Symbol!))
                {
                    open.Pop();
                }

                var owner = open.Count > 0 ? open.Peek() : parent;
                var entry = new MenuEntry(child, owner);
                owner.Children.Add(entry);
                if (child.Children.Count > 0)
                {
                    pending.Push(entry);
                }

                if (child.Kind == MenuNodeKind.Symbol && child.Prompt is not null && model.Dialect == KconfigDialect.Kconfig)
                {
                    open.Push(entry);
                }
            }
        }

        return root;
    }

    /// <summary>Kconfiglib <c>_auto_menu_dep</c>: the node's prompt condition with its dependencies, or its dependencies, requires <paramref name="symbol"/>.</summary>
    private static bool DependsOn(MenuNode node, Symbol symbol)
    {
        var condition = node.Prompt is { } prompt ? Expr.And(prompt.WrittenCondition, node.Dependency) : node.Dependency;
        var operands = new Stack<Expr>();
        operands.Push(condition);
        while (operands.Count > 0)
        {
            switch (operands.Pop())
            {
                case SymbolExpr { Symbol: var s } when s == symbol:
                    return true;
                case AndExpr and:
                    operands.Push(and.Left);
                    operands.Push(and.Right);
                    break;
                case ComparisonExpr comparison when comparison.Left == symbol || comparison.Right == symbol:
                    var other = comparison.Left == symbol ? comparison.Right : comparison.Left;
                    if ((comparison.Operator == ComparisonOperator.Equal && other.IsConstant && other.Name is "y" or "m")
                        || (comparison.Operator == ComparisonOperator.NotEqual && other.IsConstant && other.Name == "n"))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
