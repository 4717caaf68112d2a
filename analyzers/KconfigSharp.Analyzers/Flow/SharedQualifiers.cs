using System.Runtime.CompilerServices;
using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Flow;

/// <summary>
/// Qualifier bindings (<c>FeatureFlags</c> in <c>FeatureFlags.X</c>) shared between the type declarations of a
/// compilation whose lookups agree, so <see cref="MemberResolver"/> binds a qualifier speculatively once per
/// scope instead of once per type (2,000 times for the same result on the benchmark's project).
/// </summary>
/// <remarks>
/// A simple name at the top of a type's body is looked up in the type and its containing types (type
/// parameters, members of each and of their bases and interfaces, primary constructor parameters), then in
/// each enclosing namespace declaration (the namespace's members, then that declaration's extern aliases and
/// usings), out to the compilation unit and the global usings. Two type declarations agree on a qualifier
/// when the type part cannot find its leftmost name (<see cref="TypeScopeMayFind"/>) and their enclosing
/// declarations spell the same namespaces, extern aliases and usings (<see cref="ScopeKey"/>): the namespace
/// members are the compilation's, whatever file asks. What could still tell two such files apart is excluded:
/// a <c>using static</c> (its members' lookup depends on the asking type's accessibility; no key), a
/// file-local type anywhere in the compilation (visible only in its file; nothing is shared), and results
/// whose accessibility could depend on the asking type (only types public or internal down their containing
/// chain are shared; a dotted qualifier only when its result is a top-level type, so every segment but the
/// last named a namespace). Failed bindings are not shared.
/// </remarks>
internal sealed class SharedQualifiers
{
    private readonly ConcurrentDictionary<(string Scope, string Qualifier), INamedTypeSymbol> _bound = new();
    private readonly Lazy<bool> _disabled;

    /// <param name="compilation">The compilation whose type declarations share bindings.</param>
    /// <param name="anyGlobalUsingStatic">Whether some file has a <c>global using static</c> (it is in every file's scope: nothing is shared).</param>
    public SharedQualifiers(Compilation compilation, bool anyGlobalUsingStatic)
    {
        _disabled = new Lazy<bool>(() => anyGlobalUsingStatic || HasFileLocalType(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether no binding can be shared in this compilation (a <c>global using static</c>, or a file-local type).</summary>
    public bool Disabled => _disabled.Value;

    /// <summary>The type <paramref name="qualifier"/> bound to in another type declaration of <paramref name="scope"/>, if any.</summary>
    public bool TryGet(string scope, string qualifier, out INamedTypeSymbol type) => _bound.TryGetValue((scope, qualifier), out type!);

    /// <summary>Records what <paramref name="qualifier"/> bound to in <paramref name="scope"/>, when the result may be shared.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void Add(string scope, string qualifier, ISymbol? bound)
    {
        if (bound is INamedTypeSymbol type && IsShareable(type, qualifier))
        {
            _bound.TryAdd((scope, qualifier), type);
        }
    }

    /// <summary>
    /// The text of what a type's enclosing declarations contribute to a lookup (namespace names, extern aliases,
    /// usings, outermost first), or null when it must not be shared: a <c>using static</c>, or text with syntax errors.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static string? ScopeKey(SyntaxNode namespaceOrUnit)
    {
        var key = new StringBuilder();
        for (SyntaxNode? node = namespaceOrUnit; node is not null; node = node.Parent)
        {
            SyntaxList<ExternAliasDirectiveSyntax> externs;
            SyntaxList<UsingDirectiveSyntax> usings;
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    if (ns.Name.ContainsDiagnostics)
                    {
                        return null;
                    }

                    externs = ns.Externs;
                    usings = ns.Usings;
                    key.Append("namespace ").Append(ns.Name.ToString());
                    break;
                case CompilationUnitSyntax unit:
                    externs = unit.Externs;
                    usings = unit.Usings;
                    key.Append("unit");
                    break;
                default:
                    continue;
            }

            foreach (var alias in externs)
            {
                if (alias.ContainsDiagnostics)
                {
                    return null;
                }

                key.Append('|').Append(alias.ToString());
            }

            foreach (var directive in usings)
            {
                if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || directive.ContainsDiagnostics)
                {
                    return null;
                }

                key.Append('|').Append(directive.ToString());
            }

            key.Append(';');
        }

        return key.ToString();
    }

    /// <summary>
    /// Whether a lookup of <paramref name="name"/> at the top of <paramref name="type"/>'s body may stop in the
    /// type part (a type parameter, a member of the type or a containing type or of their bases and
    /// interfaces, a constructor parameter): then only that type's own binding answers.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool TypeScopeMayFind(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var parameter in current.TypeParameters)
            {
                if (parameter.Name == name)
                {
                    return true;
                }
            }

            foreach (var constructor in current.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == name)
                    {
                        return true;
                    }
                }
            }

            for (var inherited = current; inherited is not null; inherited = inherited.BaseType)
            {
                if (!inherited.GetMembers(name).IsEmpty)
                {
                    return true;
                }
            }

            foreach (var implemented in current.AllInterfaces)
            {
                if (!implemented.GetMembers(name).IsEmpty)
                {
                    return true;
                }
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsShareable(INamedTypeSymbol type, string qualifier)
    {
        if (type.TypeKind == TypeKind.Error || (type.ContainingType is not null && qualifier.IndexOf('.') >= 0))
        {
            return false;
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal) || current.IsFileLocal)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasFileLocalType(Compilation compilation) =>
        compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).Any(symbol => symbol is INamedTypeSymbol { IsFileLocal: true });
}
