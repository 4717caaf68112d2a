using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Answers <see cref="ISymbolValues"/> from a finished <see cref="ResolvedConfiguration"/>, so
/// writers evaluate menu and comment dependencies with the resolver's rules without resolving again.
/// </summary>
internal sealed class ResolvedConfigurationValues : ISymbolValues
{
    private readonly ResolvedConfiguration _configuration;
    private readonly Dictionary<string, ResolvedSymbol> _symbols = [];
    private readonly Dictionary<Choice, int> _choiceIndex = [];

    public ResolvedConfigurationValues(KconfigModel model, ResolvedConfiguration configuration)
    {
        _configuration = configuration;
        foreach (var symbol in configuration.Symbols)
        {
            _symbols[symbol.Name] = symbol;
        }

        for (var i = 0; i < model.Choices.Count; i++)
        {
            _choiceIndex[model.Choices[i]] = i;
        }

        var modules = model.ModulesSymbol ?? model.FindSymbol("MODULES");
        Modules = modules is null ? Tristate.No : TriValue(modules);
        FollowsLkc = model.FollowsLkc;
    }

    public Tristate Modules { get; }

    public bool FollowsLkc { get; }

    /// <summary>The resolved record of a symbol, or null.</summary>
    public ResolvedSymbol? Find(Symbol symbol) => _symbols.TryGetValue(symbol.Name, out var resolved) ? resolved : null;

    public Tristate TriValue(Symbol symbol)
    {
        if (symbol.Type is not (KconfigType.Bool or KconfigType.Tristate) || Find(symbol) is not { } resolved)
        {
            return Tristate.No;
        }

        return resolved.Value switch { "y" => Tristate.Yes, "m" => Tristate.Module, _ => Tristate.No };
    }

    public string StrValue(Symbol symbol) =>
        symbol.Type == KconfigType.Unknown ? symbol.Name : Find(symbol)?.Value ?? string.Empty;

    public Tristate ChoiceMode(Choice choice)
    {
        if (!_choiceIndex.TryGetValue(choice, out var index) || index >= _configuration.Choices.Count)
        {
            return Tristate.No;
        }

        return _configuration.Choices[index].Mode switch { "y" => Tristate.Yes, "m" => Tristate.Module, _ => Tristate.No };
    }
}
