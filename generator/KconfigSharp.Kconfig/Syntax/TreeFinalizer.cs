using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Turns the parsed tree into the model the resolvers use (LKC <c>menu_finalize</c>, Kconfiglib
/// <c>_finalize_tree</c>/<c>_propagate_deps</c>/<c>_add_props_to_sym</c>):
/// each node's dependency becomes its own <c>depends on</c> ANDed with its parent's (a choice's
/// members depend on the choice itself); prompts, defaults, ranges, selects and implies get their
/// definition's dependency ANDed in (prompts also the enclosing menus' <c>visible if</c>);
/// <c>if</c> nodes are removed with their children hoisted; per-symbol aggregates
/// (<c>direct_dep</c>, <c>rev_dep</c>, <c>weak_rev_dep</c>) are built; choice members are typed.
/// </summary>
internal static class TreeFinalizer
{
    public static void Finalize(ParserSession session)
    {
        var no = session.Constants.NoExpr;
        foreach (var symbol in session.SymbolsInTable())
        {
            symbol.DirectDependency = no;
            symbol.ReverseDependency = no;
            symbol.WeakReverseDependency = no;
        }

        foreach (var choice in session.Choices)
        {
            choice.DirectDependency = no;
        }

        var root = session.Root;
        root.Dependency = session.Constants.YesExpr;
        FinalizeChildren(session, root, session.Constants.YesExpr);
        CheckSymbols(session);
    }

    private static void FinalizeChildren(ParserSession session, MenuNode node, Expr visibleIf)
    {
        if (node.Kind == MenuNodeKind.Menu && node.VisibleIf is { } menuVisibleIf)
        {
            visibleIf = Expr.And(visibleIf, menuVisibleIf);
        }

        Expr baseDependency = node.Kind == MenuNodeKind.Choice ? new ChoiceExpr(node.Choice!) : node.Dependency;
        var flattened = new List<MenuNode>(node.Children.Count);
        foreach (var child in node.Children)
        {
            child.Parent = node;
            child.Dependency = Expr.And(child.OwnDependency, baseDependency);
            PropagateToProperties(session, child, visibleIf);
            if (child.Children.Count > 0)
            {
                FinalizeChildren(session, child, visibleIf);
            }

            if (child.Kind == MenuNodeKind.If)
            {
                // 'if' blocks only carry dependencies; their children take their place.
                foreach (var grandchild in child.Children)
                {
                    grandchild.Parent = node;
                    flattened.Add(grandchild);
                }
            }
            else
            {
                flattened.Add(child);
            }
        }

        node.Children.Clear();
        node.Children.AddRange(flattened);
        if (node.Kind == MenuNodeKind.Choice)
        {
            FinalizeChoiceMembers(node);
        }
    }

    private static void PropagateToProperties(ParserSession session, MenuNode node, Expr visibleIf)
    {
        var dependency = node.Dependency;
        var symbol = node.Symbol;
        var choice = node.Choice;
        if (symbol is null && choice is null)
        {
            return;
        }

        if (node.Prompt is { } prompt)
        {
            var propagated = prompt with { Condition = Expr.And(Expr.And(prompt.Condition, dependency), visibleIf) };
            (symbol?.Prompts ?? choice!.Prompts).Add(propagated);
        }

        foreach (var def in node.Defaults)
        {
            (symbol?.Defaults ?? choice!.Defaults).Add(def with { Condition = Expr.And(def.Condition, dependency) });
        }

        if (choice is not null)
        {
            choice.DirectDependency = Expr.Or(choice.DirectDependency, dependency);
            return;
        }

        symbol!.DirectDependency = Expr.Or(symbol.DirectDependency, dependency);
        foreach (var range in node.Ranges)
        {
            symbol.Ranges.Add(range with { Condition = Expr.And(range.Condition, dependency) });
        }

        foreach (var select in node.Selects)
        {
            var condition = Expr.And(select.Condition, dependency);
            var relation = select with { Condition = condition };
            symbol.Selects.Add(relation);
            var target = select.Target;
            target.SelectedBy.Add(relation);
            target.ReverseDependency = Expr.Or(target.ReverseDependency, Expr.And(new SymbolExpr(symbol), condition));
        }

        foreach (var imply in node.Implies)
        {
            var condition = Expr.And(imply.Condition, dependency);
            var relation = imply with { Condition = condition };
            symbol.Implies.Add(relation);
            var target = imply.Target;
            target.ImpliedBy.Add(relation);
            target.WeakReverseDependency = Expr.Or(target.WeakReverseDependency, Expr.And(new SymbolExpr(symbol), condition));
        }
    }

    private static void FinalizeChoiceMembers(MenuNode choiceNode)
    {
        var choice = choiceNode.Choice!;
        foreach (var child in choiceNode.Children)
        {
            if (child.Symbol is { } member && !choice.Members.Contains(member))
            {
                choice.Members.Add(member);
                member.Choice = choice;
            }
        }

        if (choice.Type == KconfigType.Unknown)
        {
            foreach (var member in choice.Members)
            {
                if (member.Type != KconfigType.Unknown)
                {
                    choice.Type = member.Type;
                    break;
                }
            }

            if (choice.Type == KconfigType.Unknown)
            {
                choice.Type = KconfigType.Bool;
            }
        }

        foreach (var member in choice.Members)
        {
            if (member.Type == KconfigType.Unknown)
            {
                member.Type = choice.Type;
            }
        }
    }

    private static void CheckSymbols(ParserSession session)
    {
        foreach (var symbol in session.DefinedSymbols)
        {
            if (symbol.Type == KconfigType.Unknown)
            {
                session.Diagnostics.Add(KconfigDiagnostics.UntypedSymbol, symbol.Nodes[0].Location, $"{symbol.Name} (defined at {symbol.Nodes[0].Location}) defined without a type");
            }
        }

        foreach (var symbol in session.SymbolsInTable())
        {
            if (!symbol.IsDefined && symbol.References.Count > 0)
            {
                session.Diagnostics.Add(KconfigDiagnostics.UndefinedSymbol, symbol.References[0], $"undefined symbol {symbol.Name}: referenced but defined in none of the Kconfig files; it behaves as a bool without a prompt");
            }
        }
    }
}
