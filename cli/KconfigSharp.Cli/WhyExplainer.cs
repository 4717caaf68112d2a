using System.Text;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Cli;

/// <summary>
/// <c>kconfig why SYMBOL</c>: the symbol's value and type, where it is defined, its prompt, its direct
/// dependencies with the value of every symbol in them, who selects and implies it (with their
/// values), where the value came from, and each user value with whether it stuck and, if not, the
/// resolver's reason.
/// </summary>
internal static class WhyExplainer
{
    private static readonly HashSet<string> ValueDiagnosticIds = new(StringComparer.Ordinal)
    {
        KconfigDiagnostics.ValueForUnknownSymbol.Id,
        KconfigDiagnostics.ValueWrongType.Id,
        KconfigDiagnostics.ValueOutOfRange.Id,
        KconfigDiagnostics.ValueIgnoredNoPrompt.Id,
        KconfigDiagnostics.ValueIgnoredUnmetDependency.Id,
        KconfigDiagnostics.Contradiction.Id,
        KconfigDiagnostics.DependencyLoop.Id,
        KconfigDiagnostics.SelectUnmetDependency.Id,
    };

    public static bool TryExplain(LoadedTree tree, string name, out string explanation)
    {
        if (name.StartsWith("CONFIG_", StringComparison.Ordinal) && tree.Configuration.Symbols.All(s => s.Name != name))
        {
            name = name["CONFIG_".Length..];
        }

        var symbols = new Dictionary<string, ResolvedSymbol>(StringComparer.Ordinal);
        foreach (var s in tree.Configuration.Symbols)
        {
            symbols.TryAdd(s.Name, s);
        }

        if (!symbols.TryGetValue(name, out var symbol))
        {
            explanation = string.Empty;
            return false;
        }

        var text = new StringBuilder();
        text.Append($"CONFIG_{symbol.Name} = {Display(symbol)} ({symbol.Type.ToKeyword()})\n");
        if (symbol.DefinedAt.Count == 0)
        {
            text.Append("defined: nowhere (undefined symbol; it behaves as a promptless bool)\n");
        }

        foreach (var location in symbol.DefinedAt)
        {
            text.Append($"defined at: {tree.Files.FullPath(location.File)}:{location.Line}\n");
        }

        if (tree.Model.Dialect == KconfigDialect.Kconfig)
        {
            text.Append(symbol.Prompt is { } prompt
                ? $"prompt: \"{prompt}\" ({(symbol.IsVisible ? "visible" : "not visible")})\n"
                : "prompt: none (user values are ignored)\n");
        }

        if (symbol.DependsOn is { } dependsOn)
        {
            text.Append($"depends on: {dependsOn}\n");
            if (tree.Model.FindSymbol(symbol.Name) is { } modelSymbol)
            {
                foreach (var dependency in SymbolsIn(modelSymbol.DirectDependency))
                {
                    text.Append($"  {dependency} = {(symbols.TryGetValue(dependency, out var d) ? Display(d) : "n")}\n");
                }
            }
        }

        Relations(text, "selected by", symbol.SelectedBy, symbols);
        Relations(text, "implied by", symbol.ImpliedBy, symbols);
        text.Append($"value from: {ValueFrom(tree, symbol, symbols)}\n");

        var reasons = tree.Diagnostics.Where(d => ValueDiagnosticIds.Contains(d.Id) && Mentions(d.Message, symbol.Name)).ToList();
        foreach (var (value, location) in UserValues(tree, symbol.Name))
        {
            var where = location.IsInFile ? $"{tree.Files.FullPath(location.File)}:{location.Line}" : "command line";
            if (value == symbol.Value)
            {
                text.Append($"user value: CONFIG_{symbol.Name}={value} ({where}), applied\n");
                continue;
            }

            text.Append($"user value: CONFIG_{symbol.Name}={value} ({where}), ignored:\n");
            foreach (var reason in reasons)
            {
                text.Append($"  {reason.Id}: {reason.Message}\n");
            }

            if (reasons.Count == 0)
            {
                text.Append($"  {InferredReason(tree, symbol, symbols)}\n");
            }
        }

        explanation = text.ToString();
        return true;
    }

    /// <summary>
    /// The origin, except for a choice member that is not the selection: it is n because another
    /// member was chosen, which the resolver records as no origin at all ("no default applies").
    /// The choice's default is named when it is this member and lost to a user value.
    /// </summary>
    private static string ValueFrom(LoadedTree tree, ResolvedSymbol symbol, Dictionary<string, ResolvedSymbol> symbols)
    {
        if (symbol.ChoiceName is not { } choiceName || symbol.Value == "y" || symbol.Origin.Source != ValueSource.None)
        {
            return WithFullPath(tree, symbol.Origin);
        }

        var selection = symbols.Values.FirstOrDefault(s => s.ChoiceName == choiceName && s.Value == "y");
        var text = selection is null
            ? $"not selected in choice {choiceName} (no member is selected)"
            : $"not selected in choice {choiceName}: {selection.Name} is selected ({WithFullPath(tree, selection.Origin)})";
        if (tree.Model.FindSymbol(symbol.Name)?.Choice is { } choice
            && choice.Defaults.Any(d => d.Value is Kconfig.Model.SymbolExpr { Symbol.Name: var name } && name == symbol.Name))
        {
            text += $"; {symbol.Name} is the choice's default, which the selection overrides";
        }

        return text;
    }

    /// <summary>The origin's text with its tree-relative location written as the full path every other line uses.</summary>
    private static string WithFullPath(LoadedTree tree, ValueOrigin origin) =>
        origin.Location.IsInFile
            ? origin.Description.Replace(origin.Location.ToString(), $"{tree.Files.FullPath(origin.Location.File)}:{origin.Location.Line}")
            : origin.Description;

    /// <summary>
    /// Why a user value did not stick when the resolver left no diagnostic saying so: in the
    /// <c>kconfig</c> dialect a value needs a visible prompt (LKC <c>sym_calc_value</c>), and a prompt
    /// is visible only when its dependencies hold.
    /// </summary>
    private static string InferredReason(LoadedTree tree, ResolvedSymbol symbol, Dictionary<string, ResolvedSymbol> symbols)
    {
        if (tree.Model.Dialect == KconfigDialect.Kconfig && symbol.Prompt is null)
        {
            return $"{symbol.Name} has no prompt, so user values do not apply";
        }

        if (tree.Model.Dialect == KconfigDialect.Kconfig && !symbol.IsVisible)
        {
            var unmet = symbol.DependsOn is { } dependsOn && tree.Model.FindSymbol(symbol.Name) is { } modelSymbol
                ? $"unmet dependency: depends on {dependsOn} ({string.Join(", ", SymbolsIn(modelSymbol.DirectDependency).Select(n => $"{n} = {(symbols.TryGetValue(n, out var d) ? Display(d) : "n")}"))})"
                : "its prompt's condition is not met";
            return $"{symbol.Name} is not visible, so user values do not apply: {unmet}";
        }

        return symbol.Origin.Source == ValueSource.Select
            ? $"{symbol.Name} is forced by select ({symbol.Origin.Description})"
            : $"the resolver chose {Display(symbol)}: {symbol.Origin.Description}";
    }

    private static IEnumerable<(string Value, Kconfig.Text.SourceLocation Location)> UserValues(LoadedTree tree, string name)
    {
        foreach (var assignment in tree.Model.Assignments)
        {
            if (assignment.Symbol.Name == name)
            {
                yield return (assignment.Value, assignment.Location);
            }
        }

        foreach (var value in tree.Values)
        {
            if (value.Name == name)
            {
                yield return (value.Value, value.Location);
            }
        }
    }

    private static void Relations(StringBuilder text, string label, IEnumerable<ResolvedRelation> relations, Dictionary<string, ResolvedSymbol> symbols)
    {
        foreach (var relation in relations)
        {
            var value = symbols.TryGetValue(relation.Symbol, out var s) ? Display(s) : "n";
            text.Append($"{label}: {relation.Symbol}{(relation.Condition is null ? string.Empty : " if " + relation.Condition)} ({relation.Symbol} = {value})\n");
        }
    }

    private static string Display(ResolvedSymbol symbol) =>
        symbol.Type == KconfigType.String ? $"\"{symbol.Value}\"" : symbol.Value.Length == 0 ? "(no value)" : symbol.Value;

    /// <summary>The non-constant symbols an expression reads, in order of first appearance.</summary>
    private static List<string> SymbolsIn(Expr expr)
    {
        var names = new List<string>();
        void Walk(Expr e)
        {
            switch (e)
            {
                case SymbolExpr { Symbol: { IsConstant: false } s }:
                    Add(s);
                    break;
                case ComparisonExpr comparison:
                    Add(comparison.Left);
                    Add(comparison.Right);
                    break;
                case NotExpr not:
                    Walk(not.Operand);
                    break;
                case AndExpr and:
                    Walk(and.Left);
                    Walk(and.Right);
                    break;
                case OrExpr or:
                    Walk(or.Left);
                    Walk(or.Right);
                    break;
            }
        }

        void Add(Symbol s)
        {
            if (!s.IsConstant && !names.Contains(s.Name))
            {
                names.Add(s.Name);
            }
        }

        Walk(expr);
        return names;
    }

    /// <summary>True when <paramref name="message"/> names <paramref name="name"/> as a whole word.</summary>
    private static bool Mentions(string message, string name)
    {
        for (var at = message.IndexOf(name, StringComparison.Ordinal); at >= 0; at = message.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !IsNameChar(message[at - 1]) || message[..at].EndsWith("CONFIG_", StringComparison.Ordinal);
            var end = at + name.Length;
            var after = end == message.Length || !IsNameChar(message[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
