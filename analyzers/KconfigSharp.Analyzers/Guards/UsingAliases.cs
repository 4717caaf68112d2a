using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// Using aliases of a compilation, read from syntax: the syntax-level filters (the guard gate, KCONF004)
/// go by the name a use spells, and <c>using X = Some.Type;</c> lets it spell <c>X</c> instead. Only
/// using directives are read (of compilation units and namespaces, never member bodies), so this is cheap.
/// </summary>
internal static class UsingAliases
{
    /// <summary>The alias names whose target's rightmost name satisfies <paramref name="targetName"/>.</summary>
    public static List<string> Of(Compilation compilation, Func<string, bool> targetName)
    {
        var aliases = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            Add(unit.Usings, targetName, aliases);

            // Namespaces nest as deep as the source says: an explicit stack.
            var containers = new Stack<SyntaxList<MemberDeclarationSyntax>>();
            containers.Push(unit.Members);
            while (containers.Count > 0)
            {
                foreach (var member in containers.Pop())
                {
                    if (member is BaseNamespaceDeclarationSyntax ns)
                    {
                        Add(ns.Usings, targetName, aliases);
                        containers.Push(ns.Members);
                    }
                }
            }
        }

        return aliases;
    }

    /// <summary>
    /// Whether some file has a <c>global using static</c>: then any file may use a type's members by their
    /// bare names without spelling the type (only compilation units hold global usings).
    /// </summary>
    public static bool HasGlobalUsingStatic(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The rightmost simple name a type or attribute name spells (<c>Device</c> in <c>global::A.Device&lt;T&gt;</c>).</summary>
    public static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        _ => string.Empty,
    };

    private static void Add(SyntaxList<UsingDirectiveSyntax> usings, Func<string, bool> targetName, List<string> aliases)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias && directive.NamespaceOrType is NameSyntax target && targetName(RightmostName(target)))
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }
    }
}
