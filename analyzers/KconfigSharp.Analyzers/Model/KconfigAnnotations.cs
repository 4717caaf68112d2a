using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The user-facing attributes of one compilation: what a member requires
/// (<c>[RequiresKconfig]</c> on it, its property or event, its containing types and its assembly) and what
/// a <c>[KconfigGuard]</c> member establishes when it returns true.
/// </summary>
internal sealed class KconfigAnnotations
{
    private readonly IAssemblySymbol _assembly;
    // Attribute texts repeat across members (the same requirement on many of them), and a parse costs far
    // more than the lookup (the core's parser sets up per call): one parse per distinct text.
    private readonly ConcurrentDictionary<string, KconfigExpression?> _parsed = new(System.StringComparer.Ordinal);

    public KconfigAnnotations(IAssemblySymbol assembly)
    {
        _assembly = assembly;
        AssemblyRequirement = ParseAll(assembly, KconfigMetadata.RequiresAttribute);
    }

    /// <summary>The current assembly's <c>[assembly: RequiresKconfig]</c>, known true everywhere in it.</summary>
    public KconfigExpression? AssemblyRequirement { get; }

    /// <summary>What a use of <paramref name="member"/> must establish, or null.</summary>
    [MethodImpl(HotPath.Optimized)]
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
    public KconfigExpression? GuardOf(ISymbol member) => ParseAll(member.OriginalDefinition, KconfigMetadata.GuardAttribute);

    [MethodImpl(HotPath.Optimized)]
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

    [MethodImpl(HotPath.Optimized)]
    private KconfigExpression? Own(ISymbol symbol)
    {
        // Not cached per symbol: Roslyn caches each symbol's attributes and the texts' parses are cached
        // below, so a look-up is a short loop; a shared per-symbol dictionary took a lock on every new
        // member, contended by every analysis thread (a third of the fast path's time in a real build,
        // docs/performance.md).
        return ParseAll(symbol is IAssemblySymbol ? symbol : symbol.OriginalDefinition, KconfigMetadata.RequiresAttribute);
    }

    [MethodImpl(HotPath.Optimized)]
    private KconfigExpression? ParseAll(ISymbol symbol, string attributeName)
    {
        KconfigExpression? result = null;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (KconfigMetadata.Is(attribute, attributeName))
            {
                // Expressions that do not parse are KCONF004's business; here they add nothing.
                result = AndOpt(result, Read(KconfigMetadata.FirstStringArgument(attribute)));
            }
        }

        return result;
    }

    [MethodImpl(HotPath.Optimized)]
    private KconfigExpression? Read(string? text) =>
        text is null ? KconfigExpressionReader.TryRead(text, out _)
        : _parsed.TryGetValue(text, out var known) ? known : _parsed.GetOrAdd(text, KconfigExpressionReader.TryRead(text, out _));

    [MethodImpl(HotPath.Optimized)]
    private static KconfigExpression? AndOpt(KconfigExpression? left, KconfigExpression? right) =>
        left is null ? right : right is null ? left : KconfigExpression.And(left, right);
}
