using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// Where a compilation spells <c>[RequiresKconfig]</c> or <c>[KconfigGuard]</c> (by name or a using alias of one), per
/// tree (<see cref="AttributeSpelling"/>): found once per compilation, for the guard gate (which takes the members so
/// annotated) and KCONF004 (which checks those attributes), that both looked for the same attributes in every file.
/// </summary>
internal sealed class SpelledAttributes
{
    // The table runs its factory outside its lock, so analyzers asking at once could each scan the files: a Lazy scans once.
    private static readonly ConditionalWeakTable<Compilation, Lazy<SpelledAttributes>> PerCompilation = new();

    private readonly Dictionary<SyntaxTree, List<AttributeSyntax>> _byTree = new();

    private SpelledAttributes(Compilation compilation)
    {
        Aliases = UsingAliases.For(compilation).Of(AttributeSpelling.IsKconfigAttributeName);
        var names = new HashSet<string>(AttributeSpelling.KconfigAttributeNames, StringComparer.Ordinal);
        names.UnionWith(Aliases);
        var words = AttributeSpelling.KconfigAttributeWords.Concat(Aliases).ToArray();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!SourceTextScan.MayContainAny(tree.GetText(), words))
            {
                continue;
            }

            var found = AttributeSpelling.Find(tree, words, names, CancellationToken.None);
            if (found.Count > 0)
            {
                _byTree[tree] = found;
            }
        }
    }

    /// <summary>The spelled attributes of <paramref name="compilation"/>, found on first use and shared.</summary>
    public static SpelledAttributes For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new Lazy<SpelledAttributes>(() => new SpelledAttributes(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The using aliases of our attribute names.</summary>
    public List<string> Aliases { get; }

    /// <summary>The trees that spell one of the attributes, each with those attributes in source order.</summary>
    public IReadOnlyDictionary<SyntaxTree, List<AttributeSyntax>> ByTree => _byTree;

    /// <summary>The attributes <paramref name="tree"/> spells, in source order (none when it spells none).</summary>
    public IReadOnlyList<AttributeSyntax> In(SyntaxTree tree) => _byTree.TryGetValue(tree, out var found) ? found : Array.Empty<AttributeSyntax>();
}
