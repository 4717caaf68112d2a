using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Writes the description of a <see cref="ResolvedSymbol"/> from the model when it is first read
/// (<c>why</c>, JSON, the generator's docs and metadata, equality), not during the resolve: where the
/// symbol is defined, its <c>depends on</c> text, its select/imply relations and its choice. One per
/// resolve; the texts of shared dependency chains are printed once (<see cref="ExprTextCache"/>).
/// Symbols may be read from several threads, so writing one takes this describer's lock.
/// </summary>
internal sealed class SymbolDescriber
{
    private readonly object _lock = new();
    private readonly ExprTextCache _texts = new();

    // An anonymous choice's display name is the same for every member; written once per choice.
    private Dictionary<Choice, string>? _anonymousChoiceNames;

    // Symbols still to describe: when the last is written, the texts' interning table and kept-text arrays go back to the pool.
    private int _pending;

    /// <summary>Counts <paramref name="count"/> more symbols this describer will write (each exactly once).</summary>
    public void AddPending(int count)
    {
        lock (_lock)
        {
            _pending += count;
            _texts.Expect(_pending);
        }
    }

    /// <summary>Writes <paramref name="resolved"/>'s description unless another thread already did.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void Describe(ResolvedSymbol resolved)
    {
        lock (_lock)
        {
            if (resolved.PendingSymbol is not { } symbol)
            {
                return;
            }

            // One walk over the definitions for their places, the first prompt and the first help (PromptOf, HelpOf).
            var nodes = symbol.NodeList;
            var definedAt = nodes.Count == 0 ? System.Array.Empty<SourceLocation>() : new SourceLocation[nodes.Count];
            PromptProperty? prompt = null;
            string? help = null;
            for (var i = 0; i < definedAt.Length; i++)
            {
                var node = nodes[i];
                definedAt[i] = node.Location;
                prompt ??= node.Prompt;
                help ??= node.Help;
            }

            resolved.SetDescription(new SymbolDescription(
                new EquatableArray<SourceLocation>(definedAt),
                DependsOnText(symbol),
                Relations(symbol.SelectsView, useTarget: true),
                Relations(symbol.ImpliesView, useTarget: true),
                Relations(symbol.SelectedByView, useTarget: false),
                Relations(symbol.ImpliedByView, useTarget: false),
                symbol.Choice is { } choice ? ChoiceDisplayName(choice) : null,
                prompt?.Text,
                NonEmpty(help)));
            if (--_pending == 0)
            {
                _texts.ReleaseWorkingMemory();
            }
        }
    }

    /// <summary>The first prompt among the symbol's definitions, or null.</summary>
    public static string? PromptOf(Symbol symbol)
    {
        var nodes = symbol.NodeList;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Prompt is { } prompt)
            {
                return prompt.Text;
            }
        }

        return null;
    }

    // An empty help block describes as no help.
    private static string? NonEmpty(string? help) => help is { Length: > 0 } ? help : null;

    /// <summary>The first help text among the symbol's definitions, or null when there is none or it is empty.</summary>
    public static string? HelpOf(Symbol symbol)
    {
        var nodes = symbol.NodeList;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Help is { } help)
            {
                return NonEmpty(help);
            }
        }

        return null;
    }

    [MethodImpl(HotPath.Optimized)]
    private EquatableArray<ResolvedRelation> Relations(ListView<RelationProperty> relations, bool useTarget)
    {
        if (relations.Count == 0)
        {
            return EquatableArray<ResolvedRelation>.Empty;
        }

        var result = new ResolvedRelation[relations.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var relation = relations[i];

            // The condition of a select in a choice member includes the choice; written as the choice's
            // own dependencies (as for depends on), it stays a plain expression the analyzers read.
            var written = _texts.WithoutChoiceTerms(relation.Condition);
            var condition = written.IsConstant("y") ? null : _texts.TextAskedAgain(written);
            result[i] = new ResolvedRelation(useTarget ? relation.Target.Name : relation.Source.Name, condition);
        }

        return new EquatableArray<ResolvedRelation>(result);
    }

    /// <summary>
    /// The direct dependency as Kconfig text, or null when there is none. A choice member depends on
    /// its choice, which the model writes as a <see cref="ChoiceExpr"/>; here that term is replaced by
    /// the choice's own dependencies, so the text is a plain expression over symbols (the analyzers
    /// parse it) and still true of every valid configuration.
    /// </summary>
    private string? DependsOnText(Symbol symbol)
    {
        if (!symbol.IsDefined)
        {
            return null;
        }

        // A select or imply without an 'if' has the definition's dependency as its condition (the same node): a
        // symbol that selects has its dependency asked for again right after, and then at the target.
        var dependency = _texts.WithoutChoiceTerms(symbol.DirectDependency);
        if (dependency.IsConstant("y"))
        {
            return null;
        }

        return symbol.SelectsView.Count + symbol.ImpliesView.Count > 0 ? _texts.TextAskedAgain(dependency) : _texts.Text(dependency);
    }

    /// <summary>The choice's name, or for an anonymous choice its prompt and where it is defined.</summary>
    private string ChoiceDisplayName(Choice choice)
    {
        if (choice.Name is { } name)
        {
            return name;
        }

        _anonymousChoiceNames ??= new Dictionary<Choice, string>(ReferenceComparer<Choice>.Instance);
        if (!_anonymousChoiceNames.TryGetValue(choice, out var text))
        {
            text = AnonymousChoiceName(choice);
            _anonymousChoiceNames.Add(choice, text);
        }

        return text;
    }

    private static string AnonymousChoiceName(Choice choice)
    {
        // The location keeps two anonymous choices with the same prompt apart.
        var location = choice.NodeList.Count > 0 ? choice.NodeList[0].Location.ToString() : "?";
        foreach (var node in choice.NodeList)
        {
            if (node.Prompt is { } prompt)
            {
                return $"\"{prompt.Text}\" ({location})";
            }
        }

        return $"choice at {location}";
    }
}
