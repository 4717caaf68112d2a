using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.Finalization;

/// <summary>
/// Where <c>depends on</c>, <c>if</c> blocks and menus propagate to the entries under them: the step
/// between parsing and resolving, LKC's <c>menu.c</c> (<c>menu_finalize</c>; Kconfiglib
/// <c>_finalize_tree</c>/<c>_propagate_deps</c>/<c>_add_props_to_sym</c>):
/// each node's dependency becomes its own <c>depends on</c> ANDed with its parent's (a choice's
/// members depend on the choice itself); prompts, defaults, ranges, selects and implies get their
/// definition's dependency ANDed in (prompts also the enclosing menus' <c>visible if</c>) as their
/// <c>Condition</c>, the same object then joining the symbol's or choice's list;
/// <c>if</c> nodes are removed with their children hoisted; per-symbol aggregates
/// (<c>direct_dep</c>; the selects and implies each symbol is a target of, from which <c>rev_dep</c> and
/// <c>weak_rev_dep</c> are made on first read) are built; choice members are typed.
/// </summary>
internal static class MenuFinalizer
{
    /// <summary>Finalizes the session's tree; returns how many <see cref="DependencyIds"/> it gave.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static int Finalize(ParserSession session)
    {
        var no = session.Constants.NoExpr;
        foreach (var symbol in session.SymbolsInTable())
        {
            symbol.DirectDependency = no;
        }

        foreach (var choice in session.Choices)
        {
            choice.DirectDependency = no;
        }

        var root = session.Root;
        root.Dependency = session.Constants.YesExpr;
        var scratch = new FinalizerScratch(session.EntryProperties.TakeTargetCounts(session.SymbolCount));
        FinalizeChildren(scratch, root, session.Constants.YesExpr);
        ArrayPool<int>.Shared.Return(scratch.TargetCounts);
        CheckSymbols(session, ref scratch.DependencyIdCount);
        foreach (var choice in session.Choices)
        {
            DependencyIds.Assign(choice.DirectDependency, ref scratch.DependencyIdCount);
        }

        return scratch.DependencyIdCount;
    }

    [MethodImpl(HotPath.Optimized)]
    private static void FinalizeChildren(FinalizerScratch scratch, MenuNode node, Expr visibleIf)
    {
        if (node.Kind == MenuNodeKind.Menu && node.VisibleIf is { } menuVisibleIf)
        {
            visibleIf = Expr.And(visibleIf, menuVisibleIf);
        }

        Expr baseDependency = node.Kind == MenuNodeKind.Choice ? new ChoiceExpr(node.Choice!) : node.Dependency;
        var children = node.ChildrenView;

        // 'if' blocks only carry dependencies: their children take their place. The parser leaves an
        // 'if' block's entries right after its node, with that node as their Parent (ParserSession.CloseBlock):
        // the 'if' nodes open at each entry are a stack (on the scratch's, above this call's base), an
        // entry's own 'if' the one its Parent names. An 'if' node with a list of its own (an entry the
        // parser added outside the innermost open block) is flattened as before, into a new list.
        var openIfs = scratch.OpenIfs;
        var ifBase = openIfs.Count;
        var flattenedCount = 0;
        var hasIf = false;
        var hasIfList = false;
        var count = 0;
        int[]? ifEnds = null;
        foreach (var child in children)
        {
            var parsedParent = child.Parent;
            while (openIfs.Count > ifBase && !ReferenceEquals(openIfs[openIfs.Count - 1].If, parsedParent))
            {
                CloseIf(openIfs, ifEnds, count);
            }

            child.Parent = node;
            var dependency = Expr.And(child.OwnDependency, openIfs.Count > ifBase ? openIfs[openIfs.Count - 1].If.Dependency : baseDependency);
            child.Dependency = dependency;
            DependencyIds.Assign(dependency, ref scratch.DependencyIdCount);
            PropagateToProperties(child, visibleIf, scratch.TargetCounts);
            if (child.ChildrenView.Count > 0)
            {
                FinalizeChildren(scratch, child, visibleIf);
            }

            if (child.Kind == MenuNodeKind.If)
            {
                hasIf = true;
                var ownCount = child.ChildrenView.Count;
                hasIfList |= ownCount > 0;
                flattenedCount += ownCount;
                openIfs.Add((child, count));
                if (node.Kind == MenuNodeKind.Choice)
                {
                    ifEnds ??= new int[children.Count];
                }
            }
            else
            {
                flattenedCount++;
            }

            count++;
        }

        while (openIfs.Count > ifBase)
        {
            CloseIf(openIfs, ifEnds, count);
        }

        // The members list is the scratch's: read by FinalizeChoiceMembers below, before any other choice is scanned.
        var members = node.Kind == MenuNodeKind.Choice ? ChoiceMembers(children, 0, count, ifEnds, scratch) : null;
        if (hasIfList)
        {
            node.ChildItems.Replace(Flatten(node, children, flattenedCount));
        }
        else if (hasIf)
        {
            node.ChildItems.RemoveWhere(IsIf);
        }

        if (members is not null)
        {
            FinalizeChoiceMembers(node, members);
        }
    }

    private static readonly System.Func<MenuNode, bool> IsIf = node => node.Kind == MenuNodeKind.If;

    /// <summary>Pops the innermost open 'if', whose entries end before <paramref name="end"/> (kept in <paramref name="ifEnds"/> for a choice's member scan).</summary>
    private static void CloseIf(List<(MenuNode If, int Position)> openIfs, int[]? ifEnds, int end)
    {
        var position = openIfs[openIfs.Count - 1].Position;
        openIfs.RemoveAt(openIfs.Count - 1);
        if (ifEnds is not null)
        {
            ifEnds[position] = end;
        }
    }

    /// <summary><paramref name="children"/> with each <c>if</c> node replaced by its (already flattened) children, re-parented to <paramref name="node"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static MenuNode[] Flatten(MenuNode node, ListView<MenuNode> children, int count)
    {
        var flattened = new MenuNode[count];
        var next = 0;
        foreach (var child in children)
        {
            if (child.Kind != MenuNodeKind.If)
            {
                flattened[next++] = child;
                continue;
            }

            foreach (var grandchild in child.ChildrenView)
            {
                grandchild.Parent = node;
                flattened[next++] = grandchild;
            }
        }

        return flattened;
    }

    [MethodImpl(HotPath.Optimized)]
    private static void PropagateToProperties(MenuNode node, Expr visibleIf, int[] targetCounts)
    {
        var dependency = node.Dependency;
        var symbol = node.Symbol;
        var choice = node.Choice;
        if (symbol is null && choice is null)
        {
            return;
        }

        // A symbol defined once reads its prompts, defaults and selects from this node; a symbol defined
        // more than once gathers them, at the lengths of its aggregated lists (counted once per definition).
        // Ranges and implies are gathered either way (a symbol defined once takes its node's own).
        var gather = symbol is not null && !symbol.ListsAreThoseOf(node);
        var counts = gather ? PropertyCounts.Of(symbol!) : new PropertyCounts(0, 0, node.RangesView.Count, 0, node.ImpliesView.Count);
        if (node.Prompt is { } prompt)
        {
            prompt.Condition = Expr.And(Expr.And(prompt.WrittenCondition, dependency), visibleIf);
            if (gather)
            {
                symbol!.AddPrompt(prompt, counts.Prompts);
            }
            else if (choice is not null)
            {
                choice.AddPrompt(prompt);
            }
        }

        foreach (var def in node.DefaultsView)
        {
            def.Condition = Expr.And(def.WrittenCondition, dependency);
        }

        choice?.AddDefaults(node.DefaultItems);

        if (gather)
        {
            symbol!.AddDefaults(node.DefaultItems, counts.Defaults);
        }

        if (choice is not null)
        {
            choice.DirectDependency = Expr.Or(choice.DirectDependency, dependency);
            return;
        }

        var defined = symbol!;
        if (gather)
        {
            defined.DirectDependency = Expr.Or(defined.DirectDependency, dependency);
        }

        var ranges = node.RangesView;
        foreach (var range in ranges)
        {
            range.Condition = Expr.And(range.WrittenCondition, dependency);
        }

        if (ranges.Count > 0)
        {
            defined.AddRanges(node.RangeItems, counts.Ranges);
        }

        // The targets' rev_dep and weak_rev_dep are not built here: Symbol.ReverseDependency makes them from
        // these lists when something reads them.
        if (gather)
        {
            defined.AddSelects(node.SelectItems, counts.Selects);
        }

        foreach (var select in node.SelectsView)
        {
            select.Condition = Expr.And(select.WrittenCondition, dependency);
            select.Target.AddSelectedBy(select, targetCounts[2 * select.Target.Id]);
        }

        var implies = node.ImpliesView;
        if (implies.Count > 0)
        {
            defined.AddImplies(node.ImplyItems, counts.Implies);
        }

        foreach (var imply in implies)
        {
            imply.Condition = Expr.And(imply.WrittenCondition, dependency);
            imply.Target.AddImpliedBy(imply, targetCounts[(2 * imply.Target.Id) + 1]);
        }
    }

    /// <summary>
    /// The symbols of <paramref name="nodes"/>[start..end) that are members of the enclosing choice.
    /// As in LKC's menu_finalize (Kconfiglib <c>_finalize_node</c>), entries that depend on the
    /// symbol just before them form an implicit submenu of that symbol and are not members; a
    /// promptless symbol's implicit submenu and <c>if</c> blocks are flattened into the choice.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static List<Symbol> ChoiceMembers(ListView<MenuNode> nodes, int start, int end, int[]? ifEnds, FinalizerScratch scratch)
    {
        // Ranges still to scan, innermost on top (an explicit stack: a promptless chain nests 100,000 deep).
        // An 'if' node in the choice's list and the entries after it up to ifEnds[its index] are one entry
        // of the list they are in and, inside, a range of their own; an 'if' node with a list of its own, that list.
        var members = scratch.Members;
        members.Clear();
        var pending = scratch.Pending;
        pending.Clear();
        pending.Push((nodes, start, end, ifEnds));
        while (pending.Count > 0)
        {
            var (list, i, stop, ends) = pending.Pop();
            if (i >= stop)
            {
                continue;
            }

            var node = list[i];
            if (node.Symbol is { } symbol)
            {
                members.Add(symbol);
                var submenuEnd = ImplicitSubmenuEnd(list, i, stop, ends, scratch);
                pending.Push((list, submenuEnd, stop, ends));
                if (node.Prompt is null)
                {
                    pending.Push((list, i + 1, submenuEnd, ends));
                }

                continue;
            }

            var next = EntryEnd(list, i, ends);
            pending.Push((list, next, stop, ends));
            if (next > i + 1)
            {
                pending.Push((list, i + 1, next, ends));
            }
            else if (node.Kind == MenuNodeKind.If && node.ChildrenView is { Count: > 0 } ifChildren)
            {
                pending.Push((ifChildren, 0, ifChildren.Count, null));
            }
        }

        return members;
    }

    /// <summary>The index after <paramref name="nodes"/>[index] and, for an 'if' node, the entries of its block after it.</summary>
    private static int EntryEnd(ListView<MenuNode> nodes, int index, int[]? ifEnds) =>
        ifEnds is not null && nodes[index].Kind == MenuNodeKind.If ? ifEnds[index] : index + 1;

    /// <summary>The index after the entries that form <paramref name="nodes"/>[index]'s implicit submenu.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int ImplicitSubmenuEnd(ListView<MenuNode> nodes, int index, int end, int[]? ifEnds, FinalizerScratch scratch)
    {
        // Owners of the implicit submenus open at 'next', innermost on top: an entry belongs to the
        // innermost submenu whose owner it depends on, else that submenu ends.
        var owners = scratch.Owners;
        owners.Clear();
        owners.Push(nodes[index].Symbol!);
        var next = index + 1;
        while (owners.Count > 0)
        {
            if (next < end && DependsOnSymbol(nodes[next].Prompt is { } prompt ? Expr.And(prompt.WrittenCondition, nodes[next].Dependency) : nodes[next].Dependency, owners.Peek(), scratch.Operands))
            {
                if (nodes[next].Symbol is { } owner)
                {
                    owners.Push(owner);
                }

                next = EntryEnd(nodes, next, ifEnds);
            }
            else
            {
                owners.Pop();
            }
        }

        return next;
    }

    /// <summary>
    /// LKC <c>expr_depends_symbol</c>: the AND chain requires <paramref name="symbol"/> (S, S=y, S=m, S!=n).
    /// The chain is opened with <paramref name="pending"/> (reused), one operand at a time.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool DependsOnSymbol(Expr expr, Symbol symbol, ExprStack pending)
    {
        pending.Clear();
        pending.Push(expr);
        while (pending.Count > 0)
        {
            var operand = pending.Pop();
            if (operand is AndExpr conjunction)
            {
                pending.Push(conjunction.Right);
                pending.Push(conjunction.Left);
            }
            else if (RequiresSymbol(operand, symbol))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RequiresSymbol(Expr operand, Symbol symbol) => operand switch
    {
        SymbolExpr { Symbol: var s } => s == symbol,
        ComparisonExpr { Operator: ComparisonOperator.Equal } equal =>
            (equal.Left == symbol && equal.Right.IsConstant && equal.Right.Name is "y" or "m")
            || (equal.Right == symbol && equal.Left.IsConstant && equal.Left.Name is "y" or "m"),
        ComparisonExpr { Operator: ComparisonOperator.NotEqual } unequal =>
            (unequal.Left == symbol && unequal.Right.IsConstant && unequal.Right.Name == "n")
            || (unequal.Right == symbol && unequal.Left.IsConstant && unequal.Left.Name == "n"),
        _ => false,
    };

    /// <summary>
    /// What the finalizer reuses across a tree: the relation counts per symbol, and the lists and stacks
    /// of the choice-member scan (one set per choice cost NuttX's 1,300 choices ≈ 0.5 MB of growing arrays).
    /// </summary>
    private sealed class FinalizerScratch(int[] targetCounts)
    {
        /// <summary>See <see cref="EntryProperties.TakeTargetCounts"/> (rented; returned when the tree is finalized).</summary>
        public int[] TargetCounts { get; } = targetCounts;

        /// <summary>How many <see cref="DependencyIds"/> the finalizer gave so far (the last one given).</summary>
        public int DependencyIdCount;

        public List<Symbol> Members { get; } = [];

        public Stack<(ListView<MenuNode> Nodes, int Index, int End, int[]? IfEnds)> Pending { get; } = new();

        /// <summary>The 'if' nodes open at the entry <see cref="FinalizeChildren"/> is at, each with its index; every call's above the caller's.</summary>
        public List<(MenuNode If, int Position)> OpenIfs { get; } = [];

        public Stack<Symbol> Owners { get; } = new();

        public ExprStack Operands { get; } = new();
    }

    private static void FinalizeChoiceMembers(MenuNode choiceNode, List<Symbol> members)
    {
        var choice = choiceNode.Choice!;
        choice.ReserveMembers(members.Count);
        foreach (var member in members)
        {
            if (!choice.Members.Contains(member))
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

            // A choice whose members all lack a type stays untyped, as in Kconfiglib (and so do they).
        }

        foreach (var member in choice.Members)
        {
            if (member.Type == KconfigType.Unknown)
            {
                member.Type = choice.Type;
            }
        }
    }

    // LKC menu_finalize's type checks (warnings there too), once every definition has set the type:
    // a range on a symbol that is not int/hex, a select or imply from or of a symbol that is not bool/tristate.
    private static void CheckPropertyTypes(ParserSession session, Symbol symbol)
    {
        foreach (var node in symbol.NodeList)
        {
            if (symbol.Type is not (KconfigType.Int or KconfigType.Hex or KconfigType.Unknown))
            {
                foreach (var range in node.RangesView)
                {
                    session.Diagnostics.Add(KconfigDiagnostics.AttributeNotAllowed, range.Location, $"'range' is only allowed for int or hex symbols; {symbol.Name} is {symbol.Type.ToKeyword()} and the range is ignored");
                }
            }

            CheckRelationTypes(session, symbol, node.SelectsView, "select");
            CheckRelationTypes(session, symbol, node.ImpliesView, "imply");
        }
    }

    private static void CheckRelationTypes(ParserSession session, Symbol symbol, ListView<RelationProperty> relations, string verb)
    {
        static bool IsLogical(KconfigType type) => type is KconfigType.Bool or KconfigType.Tristate;
        foreach (var relation in relations)
        {
            if (symbol.Type != KconfigType.Unknown && !IsLogical(symbol.Type))
            {
                session.Diagnostics.Add(KconfigDiagnostics.AttributeNotAllowed, relation.Location, $"{symbol.Name} uses '{verb}', but is {symbol.Type.ToKeyword()}, not bool or tristate");
            }
            else if (relation.Target.Type != KconfigType.Unknown && !IsLogical(relation.Target.Type))
            {
                session.Diagnostics.Add(KconfigDiagnostics.AttributeNotAllowed, relation.Location, $"'{verb} {relation.Target.Name}': {relation.Target.Name} is {relation.Target.Type.ToKeyword()}; '{verb}' only accepts bool and tristate symbols");
            }
        }
    }

    // Also numbers the direct dependency of a symbol defined more than once (the OR of its definitions' dependencies; a
    // symbol defined once has its node's, numbered already).
    [MethodImpl(HotPath.Optimized)]
    private static void CheckSymbols(ParserSession session, ref int dependencyIdCount)
    {
        foreach (var symbol in session.DefinedSymbols)
        {
            DependencyIds.Assign(symbol.DirectDependency, ref dependencyIdCount);
            if (symbol.Type == KconfigType.Unknown)
            {
                session.Diagnostics.Add(KconfigDiagnostics.UntypedSymbol, symbol.NodeList[0].Location, $"{symbol.Name} (defined at {symbol.NodeList[0].Location}) defined without a type");
            }

            CheckPropertyTypes(session, symbol);
        }

        foreach (var symbol in session.SymbolsInTable())
        {
            if (!symbol.IsDefined && session.References.TryGet(symbol, out var firstReference))
            {
                symbol.SetFirstReference(firstReference);
                session.Diagnostics.Add(KconfigDiagnostics.UndefinedSymbol, firstReference, $"undefined symbol {symbol.Name}: referenced but defined in none of the Kconfig files; it behaves as a bool without a prompt");
            }
        }
    }
}
