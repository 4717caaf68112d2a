using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The user-facing attributes, cached per symbol for one compilation: what a member requires
/// (<c>[RequiresKconfig]</c> on it, its property or event, its containing types and its assembly) and what
/// a <c>[KconfigGuard]</c> member establishes when it returns true.
/// </summary>
internal sealed class KconfigAnnotations
{
    private readonly IAssemblySymbol _assembly;
    private readonly ConcurrentDictionary<ISymbol, KconfigExpression?> _ownRequirements = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, KconfigExpression?> _guards = new(SymbolEqualityComparer.Default);

    public KconfigAnnotations(IAssemblySymbol assembly)
    {
        _assembly = assembly;
        AssemblyRequirement = Parse(assembly);
    }

    /// <summary>The current assembly's <c>[assembly: RequiresKconfig]</c>, known true everywhere in it.</summary>
    public KconfigExpression? AssemblyRequirement { get; }

    /// <summary>What a use of <paramref name="member"/> must establish, or null.</summary>
    public KconfigExpression? RequirementOf(ISymbol member)
    {
        var result = Chain(member);
        if (!SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _assembly) && member.ContainingAssembly is { } other)
        {
            result = AndOpt(result, Own(other));
        }

        return result;
    }

    /// <summary>What is known true inside <paramref name="owner"/> (the member, its types, the assembly).</summary>
    public KconfigExpression? ContextOf(ISymbol? owner) => AndOpt(owner is null ? null : Chain(owner), AssemblyRequirement);

    /// <summary>What a <c>[KconfigGuard]</c> member establishes when it returns true, or null.</summary>
    public KconfigExpression? GuardOf(ISymbol member) =>
        _guards.GetOrAdd(member.OriginalDefinition, static m => ParseAll(m, KconfigMetadata.GuardAttribute));

    private KconfigExpression? Chain(ISymbol member)
    {
        KconfigExpression? result = null;
        for (ISymbol? s = member; s is not null and not INamespaceSymbol; s = s.ContainingSymbol)
        {
            result = AndOpt(result, Own(s));
            if (s is IMethodSymbol { AssociatedSymbol: { } associated })
            {
                // An accessor inherits its property's or event's requirement.
                result = AndOpt(result, Own(associated));
            }
        }

        return result;
    }

    private KconfigExpression? Own(ISymbol symbol) =>
        _ownRequirements.GetOrAdd(symbol is IAssemblySymbol ? symbol : symbol.OriginalDefinition, static s => Parse(s));

    private static KconfigExpression? Parse(ISymbol symbol) => ParseAll(symbol, KconfigMetadata.RequiresAttribute);

    private static KconfigExpression? ParseAll(ISymbol symbol, string attributeName)
    {
        KconfigExpression? result = null;
        foreach (var (text, _) in KconfigMetadata.StringArguments(symbol, attributeName))
        {
            // Expressions that do not parse are KCONF004's business; here they add nothing.
            result = AndOpt(result, KconfigExpressionReader.TryRead(text, out _));
        }

        return result;
    }

    private static KconfigExpression? AndOpt(KconfigExpression? left, KconfigExpression? right) =>
        left is null ? right : right is null ? left : KconfigExpression.And(left, right);
}
