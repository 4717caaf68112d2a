using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// The attributes of a file spelled with given names (<c>[RequiresKconfig]</c>, <c>[KconfigSharp.KconfigGuardAttribute]</c>,
/// a using alias), found from where the file's text spells those names rather than by walking every
/// node: an attribute's name is a token, so a name that spells one of the words has it in the text at a
/// position inside that token. Only when the text holds a <c>\u</c> escape (an identifier may spell a
/// letter that way) or too many occurrences is the whole tree walked.
/// </summary>
internal static class AttributeSpelling
{
    /// <summary>The names our attributes are spelled by (besides using aliases).</summary>
    public static readonly string[] KconfigAttributeNames = ["RequiresKconfig", "RequiresKconfigAttribute", "KconfigGuard", "KconfigGuardAttribute"];

    /// <summary>The words every one of <see cref="KconfigAttributeNames"/> contains.</summary>
    public static readonly string[] KconfigAttributeWords = ["RequiresKconfig", "KconfigGuard"];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="KconfigAttributeNames"/>.</summary>
    public static bool IsKconfigAttributeName(string name) => Array.IndexOf(KconfigAttributeNames, name) >= 0;

    /// <summary>Past this many occurrences a walk of the tree is cheaper than finding each token.</summary>
    private const int MaxOccurrences = 256;

    /// <summary>
    /// The attributes in <paramref name="tree"/> whose rightmost name is one of <paramref name="names"/>, in
    /// source order. Every such name contains one of <paramref name="words"/> (the caller's promise).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static List<AttributeSyntax> Find(SyntaxTree tree, string[] words, HashSet<string> names, CancellationToken cancellationToken)
    {
        var found = new List<AttributeSyntax>();
        var text = tree.GetText(cancellationToken).ToString();
        var root = tree.GetRoot(cancellationToken);
        if (Occurrences(text, words) is not { } positions)
        {
            foreach (var node in root.DescendantNodes())
            {
                if (node is AttributeSyntax attribute && names.Contains(UsingAliases.RightmostName(attribute.Name)))
                {
                    found.Add(attribute);
                }
            }

            return found;
        }

        positions.Sort();
        foreach (var position in positions)
        {
            var token = root.FindToken(position);
            if (!token.IsKind(SyntaxKind.IdentifierToken) || !token.Span.Contains(position) || token.Parent is not SimpleNameSyntax simple)
            {
                continue;
            }

            NameSyntax name = simple;
            while (name.Parent is QualifiedNameSyntax qualified && qualified.Right == name || name.Parent is AliasQualifiedNameSyntax aliased && aliased.Name == name)
            {
                name = (NameSyntax)name.Parent;
            }

            if (name.Parent is AttributeSyntax attribute && attribute.Name == name && names.Contains(UsingAliases.RightmostName(name))
                && (found.Count == 0 || found[found.Count - 1] != attribute))
            {
                found.Add(attribute);
            }
        }

        return found;
    }

    /// <summary>Where the words occur in the text, or null when the text cannot tell (an escape, or too many).</summary>
    private static List<int>? Occurrences(string text, string[] words)
    {
        if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var positions = new List<int>();
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (positions.Count == MaxOccurrences)
                {
                    return null;
                }

                positions.Add(at);
            }
        }

        return positions;
    }
}
