using System.Collections.Generic;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Answers <see cref="ISymbolValues"/> from a finished <see cref="ResolvedConfiguration"/>, so
/// writers evaluate menu and comment dependencies with the resolver's rules without resolving again.
/// The records are found by <see cref="Symbol.Id"/> (each name looked up once, here), not by
/// hashing a name on every read; a symbol the model does not own is looked up by name.
/// </summary>
internal sealed class ResolvedConfigurationValues : ISymbolValues
{
    private readonly ResolvedConfiguration _configuration;
    private readonly KconfigModel _model;
    private readonly ResolvedSymbol?[] _byId;
    private readonly Dictionary<Choice, int> _choiceIndex = [];
    private Dictionary<string, ResolvedSymbol>? _byName;

    public ResolvedConfigurationValues(KconfigModel model, ResolvedConfiguration configuration)
    {
        _configuration = configuration;
        _model = model;
        _byId = new ResolvedSymbol?[model.Symbols.Count];
        foreach (var symbol in configuration.Symbols)
        {
            if (model.FindSymbol(symbol.Name) is { } owner)
            {
                _byId[owner.Id] = symbol;
            }
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
    public ResolvedSymbol? Find(Symbol symbol)
    {
        if (_model.Owns(symbol))
        {
            return _byId[symbol.Id];
        }

        if (_byName is null)
        {
            _byName = [];
            foreach (var resolved in _configuration.Symbols)
            {
                _byName[resolved.Name] = resolved;
            }
        }

        return _byName.TryGetValue(symbol.Name, out var byName) ? byName : null;
    }

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
