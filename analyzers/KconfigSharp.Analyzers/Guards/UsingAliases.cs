using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// Using aliases of a compilation, read from syntax: the syntax-level filters (the guard gate, KCONF004)
/// go by the name a use spells, and <c>using X = Some.Type;</c> lets it spell <c>X</c> instead. Only
/// using directives are read (of compilation units and namespaces, never member bodies), once per
/// compilation (<see cref="For"/>) for every analyzer and question.
/// </summary>
internal sealed class UsingAliases
{
    // The table runs its factory outside its lock, so analyzers asking at once could each walk the trees: a Lazy walks once.
    private static readonly ConditionalWeakTable<Compilation, Lazy<UsingAliases>> PerCompilation = new();

    private readonly List<(string Alias, string Target)> _aliases = new();

    // Once per compilation, but its loop runs per file: left to tiering it ran at tier 0, then was compiled again (OSR).
    [MethodImpl(HotPath.Optimized)]
    private UsingAliases(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            Add(unit.Usings, compilationUnit: true);

            // Namespaces nest as deep as the source says: an explicit stack.
            var containers = new Stack<SyntaxList<MemberDeclarationSyntax>>();
            containers.Push(unit.Members);
            while (containers.Count > 0)
            {
                foreach (var member in containers.Pop())
                {
                    if (member is BaseNamespaceDeclarationSyntax ns)
                    {
                        Add(ns.Usings, compilationUnit: false);
                        containers.Push(ns.Members);
                    }
                }
            }
        }
    }

    /// <summary>The using aliases of <paramref name="compilation"/>, read on first use and shared.</summary>
    public static UsingAliases For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new Lazy<UsingAliases>(() => new UsingAliases(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// Whether some file has a <c>global using static</c>: then any file may use a type's members by their
    /// bare names without spelling the type (only compilation units hold global usings).
    /// </summary>
    public bool HasGlobalUsingStatic { get; private set; }

    /// <summary>The alias names whose target's rightmost name satisfies <paramref name="targetName"/>.</summary>
    public List<string> Of(Func<string, bool> targetName)
    {
        var aliases = new List<string>();
        foreach (var (alias, target) in _aliases)
        {
            if (targetName(target))
            {
                aliases.Add(alias);
            }
        }

        return aliases;
    }

    /// <summary>The rightmost simple name a type or attribute name spells (<c>Device</c> in <c>global::A.Device&lt;T&gt;</c>).</summary>
    public static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        _ => string.Empty,
    };

    private void Add(SyntaxList<UsingDirectiveSyntax> usings, bool compilationUnit)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias && directive.NamespaceOrType is NameSyntax target)
            {
                _aliases.Add((alias.Name.Identifier.ValueText, RightmostName(target)));
            }

            if (compilationUnit && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
            {
                HasGlobalUsingStatic = true;
            }
        }
    }
}
