using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// <c>--census [NuttX|Qemu]</c>: counts over one parsed model, to weigh a change of the model's layout before
/// making it: nodes by kind and by which fields they use, symbols defined once / more / not at all, each distinct
/// expression node by type and by the field it was first reached from (further references to a node already
/// seen counted as <c>shared-ref</c>), and the distinct strings the model reaches (names, prompts, files) with
/// their bytes.
/// </summary>
internal static class ModelCensus
{
    public static int Run(Corpus corpus)
    {
        var tree = CorpusTree.Get(corpus);
        var model = tree.Parse(tree.Memory);
        var census = new Census();
        var nodes = new Stack<MenuNode>([model.Root]);
        while (nodes.Count > 0)
        {
            var node = nodes.Pop();
            census.Count("node " + node.Kind);
            census.CountIf(node.OwnDependency.IsConstant("y"), "node own dependency y");
            census.CountIf(node.ChildrenView.Count > 0, "node with children");
            census.CountIf(node.DefaultsView.Count > 0, "node with defaults");
            census.CountIf(node.SelectsView.Count > 0, "node with selects");
            census.CountIf(node.Prompt is not null, "node with prompt");
            census.CountIf(node.HasHelp, "node with help");
            census.CountIf(node.RangesView.Count > 0, "node rare: ranges");
            census.CountIf(node.ImpliesView.Count > 0, "node rare: implies");
            census.CountIf(node.VisibleIf is not null, "node rare: visible if");
            var ownAside = !ReferenceEquals(node.OwnDependency, node.Dependency) && !node.OwnDependency.IsConstant("y")
                && !(node.Dependency is AndExpr and && ReferenceEquals(and.Left, node.OwnDependency));
            census.CountIf(ownAside, "node rare: own dependency aside");
            var rareParts = (node.ChildrenView.Count > 0 ? 1 : 0) + (node.Choice is not null ? 1 : 0) + (node.RangesView.Count > 0 ? 1 : 0)
                + (node.ImpliesView.Count > 0 ? 1 : 0) + (node.VisibleIf is not null ? 1 : 0) + (ownAside ? 1 : 0);
            census.CountIf(rareParts > 0, "node rare: any");
            census.CountIf(rareParts == 1 && node.RangesView.Count > 0, "node rare: only ranges");
            census.CountIf(rareParts == 1 && ownAside, "node rare: only own dependency aside");
            census.CountIf(rareParts == 1 && node.ChildrenView.Count > 0, "node rare: only children");
            census.Visit(node.OwnDependency, "node.own");
            census.Visit(node.Dependency, "node.dep");
            if (node.Prompt is { } prompt)
            {
                census.String(prompt.Text, "prompt");
                census.CountIf(!prompt.WrittenCondition.IsConstant("y"), "prompt with if");
                census.Visit(prompt.WrittenCondition, "prompt.written");
                census.Visit(prompt.Condition, "prompt.cond");
            }

            foreach (var def in node.DefaultsView)
            {
                census.Count("default");
                census.CountIf(!def.WrittenCondition.IsConstant("y"), "default with if");
                census.Visit(def.Value, "default.value");
                census.Visit(def.WrittenCondition, "default.written");
                census.Visit(def.Condition, "default.cond");
            }

            foreach (var select in node.SelectsView)
            {
                census.Count("select");
                census.CountIf(!select.WrittenCondition.IsConstant("y"), "select with if");
                census.Visit(select.WrittenCondition, "select.written");
                census.Visit(select.Condition, "select.cond");
            }

            foreach (var child in node.ChildrenView)
            {
                nodes.Push(child);
            }
        }

        foreach (var symbol in model.SymbolsById)
        {
            census.Count("symbol");
            census.String(symbol.Name, "name");
            census.Count(symbol.NodeList.Count switch { 0 => "symbol undefined", 1 => "symbol defined once", _ => "symbol defined more than once" });
            census.CountIf(symbol.SelectedByView.Count > 0, "symbol selected");
            census.CountIf(symbol.ImpliedByView.Count > 0, "symbol implied");
            census.CountIf(symbol.Choice is not null, "symbol rare: choice member");
            census.CountIf(symbol.RangesView.Count > 0, "symbol rare: ranges");
            census.CountIf(symbol.ImpliesView.Count > 0, "symbol rare: implies");
            census.CountIf(symbol.EnvironmentVariable is not null || symbol.IsAllNoConfigY || symbol.IsDefconfigList || symbol.IsTransitional, "symbol rare: option");
            census.CountIf(symbol.HasReferences, "symbol rare: first reference");
            census.CountIf(
                symbol.Choice is not null || symbol.RangesView.Count > 0 || symbol.ImpliesView.Count > 0 || symbol.ImpliedByView.Count > 0 || symbol.HasReferences
                || symbol.EnvironmentVariable is not null || symbol.IsAllNoConfigY || symbol.IsDefconfigList || symbol.IsTransitional,
                "symbol rare: any");
            census.CountIf(symbol.Choice is null && symbol.RangesView.Count == 0 && symbol.ImpliesView.Count == 0 && symbol.ImpliedByView.Count == 0 && (symbol.HasReferences || symbol.EnvironmentVariable is not null || symbol.IsAllNoConfigY || symbol.IsDefconfigList || symbol.IsTransitional), "symbol rare: only rarer");
            census.Visit(symbol.DirectDependency, "symbol.direct");
            census.Visit(symbol.ReverseDependency, "symbol.rev");
            census.Visit(symbol.WeakReverseDependency, "symbol.weak");
        }

        foreach (var file in model.Files)
        {
            census.String(file, "file");
        }

        census.Print();
        return 0;
    }

    private sealed class Census
    {
        private readonly Dictionary<string, long> _counts = [];
        private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
        private readonly Stack<(Expr Expr, string Origin)> _pending = new();

        public void Count(string key, long by = 1) => _counts[key] = _counts.GetValueOrDefault(key) + by;

        public void CountIf(bool condition, string key)
        {
            if (condition)
            {
                Count(key);
            }
        }

        public void String(string text, string kind)
        {
            if (_seen.Add(text))
            {
                Count("string " + kind);
                Count("string bytes " + kind, (22 + (2 * text.Length) + 7) & ~7);
            }
        }

        public void Visit(Expr expr, string origin)
        {
            _pending.Push((expr, origin));
            while (_pending.Count > 0)
            {
                var (next, from) = _pending.Pop();
                if (!_seen.Add(next))
                {
                    Count("shared-ref " + next.GetType().Name);
                    continue;
                }

                Count("expr " + next.GetType().Name + " via " + from);
                switch (next)
                {
                    case AndExpr and:
                        _pending.Push((and.Left, from));
                        _pending.Push((and.Right, from));
                        break;
                    case OrExpr or:
                        _pending.Push((or.Left, from));
                        _pending.Push((or.Right, from));
                        break;
                    case NotExpr not:
                        _pending.Push((not.Operand, from));
                        break;
                }
            }
        }

        public void Print()
        {
            foreach (var (key, count) in _counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"{key}\t{count:N0}");
            }
        }
    }
}
