using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using System.Threading;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// The syntax-level gate of the guard analysis: whether a code block can hold anything the analysis
/// looks at (a flag read, a use of a <c>[RequiresKconfig]</c> or <c>[KconfigGuard]</c> member), decided from
/// its tokens alone, so Roslyn builds an operation tree and a control-flow graph only for blocks that
/// pass. Built once per compilation from the names such uses must spell: flag members (qualified by
/// a flag type, see <see cref="MayReadFlag"/>), annotated members, annotated types with all their
/// members, and using aliases of those types. Uses that spell
/// no such name are recognised by their syntax: element access (an indexer), target-typed <c>new()</c>
/// and <c>: base(...)</c>/<c>: this(...)</c> (a constructor), an invocation (a delegate's <c>Invoke</c>),
/// an attribute in the body (a local function's own <c>[RequiresKconfig]</c>) — each only when the
/// compilation has an annotated member of that kind. A gate that lets a block through only costs time;
/// one that turns a block away must be sure, so anything it cannot decide opens it.
/// </summary>
internal sealed class GuardGate
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ISymbol>> _annotatedByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliasNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flagNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flagTypeNames = new(StringComparer.Ordinal);
    private bool _everything;
    private bool _elementAccess;
    private bool _constructors;
    private bool _invocations;

    private GuardGate()
    {
    }

    /// <summary>The gate of <paramref name="compilation"/>, whose flags <paramref name="model"/> holds.</summary>
    public static GuardGate Create(Compilation compilation, FlagModel model)
    {
        var gate = new GuardGate();
        foreach (var flag in model.Flags)
        {
            gate._flagNames.Add(flag.Member.Name);
            gate._flagTypeNames.Add(flag.Member.ContainingType.Name);
        }

        // `using F = SampleApp.FeatureFlags;` then `F.X`.
        var usingAliases = UsingAliases.For(compilation);
        gate._flagTypeNames.UnionWith(usingAliases.Of(gate._flagTypeNames.Contains));

        var spelled = SpelledAttributes.For(compilation);
        var attributeAliases = spelled.Aliases;
        gate.AddAnnotated(compilation.Assembly, SourceAttributeSpans(spelled));
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Annotations in metadata name the attribute types, which every KconfigSharp assembly embeds
            // itself: an assembly without them has none (and is not walked).
            if (reference.TypeNames.Contains("RequiresKconfigAttribute") || reference.TypeNames.Contains("KconfigGuardAttribute"))
            {
                gate.AddAnnotated(reference, sourceAttributes: null);
            }
        }

        if (gate._constructors)
        {
            // `using X = Device;` then `new X()`: the alias spells the annotated type.
            gate._aliasNames.UnionWith(usingAliases.Of(gate._names.Contains));
            gate._names.UnionWith(gate._aliasNames);
        }

        gate.ScanWords = gate.WordsForTextScan(usingAliases.HasGlobalUsingStatic, attributeAliases);
        return gate;
    }

    /// <summary>
    /// The words a file's text must contain for any block in it to pass <see cref="Admits"/> (see
    /// <see cref="SourceTextScan"/>), or null when the text cannot tell (a use the gate recognises by its
    /// syntax alone, or a <c>global using static</c> that lets another file read flags by their bare names).
    /// </summary>
    public string[]? ScanWords { get; private set; }

    /// <summary>Whether some file has a <c>global using static</c> (members of another type may be used by bare name anywhere).</summary>
    public bool HasGlobalUsingStatic { get; private set; }

    /// <summary>Whether the gate lets every block through (an annotated referenced assembly): no name tells uses apart.</summary>
    public bool AdmitsEverything => _everything;

    /// <summary>Whether <paramref name="name"/> is the name of a flag member.</summary>
    public bool IsFlagMemberName(string name) => _flagNames.Contains(name);

    /// <summary>Whether <paramref name="name"/> spells a use of an annotated member (or type, or an alias of one).</summary>
    public bool IsAnnotatedName(string name) => _names.Contains(name);

    /// <summary>
    /// The annotated members (and members of annotated types) a use spelled <paramref name="name"/> may
    /// bind to; empty for a using alias (the caller must then not decide by name).
    /// </summary>
    public IReadOnlyList<ISymbol> AnnotatedNamed(string name) =>
        _annotatedByName.TryGetValue(name, out var members) ? members : (IReadOnlyList<ISymbol>)Array.Empty<ISymbol>();

    /// <summary>Whether <paramref name="name"/> is an alias the gate added (its uses spell no member's own name).</summary>
    public bool IsAliasName(string name) => _aliasNames.Contains(name);

    /// <summary>
    /// Whether <paramref name="node"/> is one of the uses the gate recognises by syntax rather than by name
    /// (an element access, a target-typed <c>new()</c>, a constructor initializer or an invocation when the
    /// compilation annotates a member of that kind; an attribute inside a body).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsSyntaxOnlyUse(SyntaxNode node) => node switch
    {
        AttributeListSyntax => true,
        BracketedArgumentListSyntax => _elementAccess,
        ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax => _constructors,
        ArgumentListSyntax { Parent: InvocationExpressionSyntax } => _invocations,
        _ => false,
    };

    /// <summary>Whether the identifier token names a flag member where it may read one (see <see cref="MayReadFlag"/>).</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool MayReadFlagAt(SyntaxToken token) => _flagNames.Contains(token.ValueText) && MayReadFlag(token);

    private string[]? WordsForTextScan(bool hasGlobalUsingStatic, List<string> attributeAliases)
    {
        HasGlobalUsingStatic = hasGlobalUsingStatic;
        if (_everything || _elementAccess || _constructors || _invocations || HasGlobalUsingStatic)
        {
            return null;
        }

        // Bare flag names need the flag type's name in the same file (a `using static` of it, or its own
        // partial declaration); qualified reads spell it. An attribute in a body matters only when it is
        // one of ours (a local function's [RequiresKconfig]), spelled by name or a using alias.
        var words = new HashSet<string>(_flagTypeNames, StringComparer.Ordinal) { "RequiresKconfig", "KconfigGuard" };
        words.UnionWith(_names);
        words.UnionWith(attributeAliases);
        return words.Count > MaxScanWords ? null : words.ToArray();
    }

    /// <summary>Past this many words the text scan (a pass per word start) costs more than the token walk it saves.</summary>
    private const int MaxScanWords = 256;

    /// <summary>
    /// Whether code in the file whose root is <paramref name="root"/> may read a flag by its bare name: the
    /// file has a <c>using static</c> (of a flag type or not: an alias may hide which), or declares a type
    /// named like a flag type (a part of it, whose members see the flags unqualified).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool MayReadBareFlags(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            switch (node)
            {
                case UsingDirectiveSyntax { StaticKeyword.RawKind: (int)SyntaxKind.StaticKeyword }:
                    return true;
                case TypeDeclarationSyntax type when _flagTypeNames.Contains(type.Identifier.ValueText):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether the analysis must look at <paramref name="node"/> (a code block or a part of one).</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool Admits(SyntaxNode node)
    {
        if (_everything)
        {
            return true;
        }

        foreach (var token in node.DescendantTokens(child => child == node || Executes(child)))
        {
            switch (token.Kind())
            {
                case SyntaxKind.IdentifierToken when _names.Contains(token.ValueText) || (_flagNames.Contains(token.ValueText) && MayReadFlag(token)):
                    return true;
                case SyntaxKind.OpenBracketToken when token.Parent is AttributeListSyntax:
                    return true;
                case SyntaxKind.OpenBracketToken when _elementAccess && token.Parent is BracketedArgumentListSyntax:
                    return true;
                case SyntaxKind.NewKeyword when _constructors && token.Parent is ImplicitObjectCreationExpressionSyntax:
                    return true;
                case SyntaxKind.BaseKeyword or SyntaxKind.ThisKeyword when _constructors && token.Parent is ConstructorInitializerSyntax:
                    return true;
                case SyntaxKind.OpenParenToken when _invocations && token.Parent is ArgumentListSyntax { Parent: InvocationExpressionSyntax }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an identifier named like a flag member can read one: flags are static members of a few
    /// types, so <c>Qualifier.Name</c> reads a flag only when the qualifier spells one of those types (or
    /// an alias of one); a bare name (inside the type, or under <c>using static</c>) always may. Common
    /// flag names (<c>Debug</c>, <c>Net</c>) then do not open every block that uses them on other types.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private bool MayReadFlag(SyntaxToken token)
    {
        if (token.Parent is not IdentifierNameSyntax name || name.Parent is not MemberAccessExpressionSyntax access || access.Name != name)
        {
            return true;
        }

        var qualifier = access.Expression switch
        {
            MemberAccessExpressionSyntax outer => outer.Name,
            NameSyntax simple => simple,
            _ => null,
        };
        return qualifier is null || _flagTypeNames.Contains(UsingAliases.RightmostName(qualifier));
    }

    /// <summary>
    /// Whether a node below the scanned one belongs to it: not a nested declaration (a type after the
    /// top-level statements, a member of a primary constructor's type), nor the attributes of a
    /// declaration (only attributes in a body, on a local function or lambda, mean something here).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool Executes(SyntaxNode node) => node switch
    {
        GlobalStatementSyntax => true,
        MemberDeclarationSyntax => false,
        AttributeListSyntax { Parent: MemberDeclarationSyntax or AccessorDeclarationSyntax or ParameterSyntax or TypeParameterSyntax or CompilationUnitSyntax } => false,
        _ => true,
    };

    /// <summary>
    /// Where the source spells one of our attribute names, per tree (<see cref="SpelledAttributes"/>): a
    /// source member is taken as annotated from these (<see cref="IsAnnotatedInSource"/>) without asking
    /// for its attributes (asking binds them: most of the gate's cost in a real build).
    /// </summary>
    private static Dictionary<SyntaxTree, List<TextSpan>> SourceAttributeSpans(SpelledAttributes spelled)
    {
        var spans = new Dictionary<SyntaxTree, List<TextSpan>>();
        foreach (var pair in spelled.ByTree)
        {
            var list = new List<TextSpan>(pair.Value.Count);
            foreach (var attribute in pair.Value)
            {
                list.Add(attribute.Span);
            }

            spans[pair.Key] = list;
        }

        return spans;
    }

    /// <summary>
    /// Whether a source member counts as annotated for the gate: one of its declarations' own attribute
    /// lists spells one of our attribute names (not bound: an attribute of another type so named, or a
    /// <c>return:</c> target, only makes the gate admit more, which costs time, never a result, since what
    /// a use requires is read from the bound attributes); a member with no declaration (implicit, its
    /// attributes from elsewhere) is asked for its attributes.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsAnnotatedInSource(ISymbol member, Dictionary<SyntaxTree, List<TextSpan>> sourceAttributes)
    {
        var references = member.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return IsAnnotated(member);
        }

        foreach (var reference in references)
        {
            if (!sourceAttributes.TryGetValue(reference.SyntaxTree, out var spans))
            {
                continue;
            }

            // A field's or event field's declaration is its declarator; the attributes sit on the declaration around it.
            var lists = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists,
                MemberDeclarationSyntax declaration => declaration.AttributeLists,
                AccessorDeclarationSyntax accessor => accessor.AttributeLists,
                ParameterSyntax parameter => parameter.AttributeLists,
                _ => default(SyntaxList<AttributeListSyntax>?),
            };
            if (lists is not { } ownLists)
            {
                // A declaration shape not listed above: ask the bound attributes.
                return IsAnnotated(member);
            }

            foreach (var list in ownLists)
            {
                foreach (var span in spans)
                {
                    if (list.Span.Contains(span))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the annotated members of <paramref name="assembly"/>; <paramref name="sourceAttributes"/> is
    /// null for a referenced assembly, else the source's spelled attributes (<see cref="SourceAttributeSpans"/>).
    /// </summary>
    /// <remarks>Once per assembly, but its loop runs per member: left to tiering it ran at tier 0, then was compiled again (OSR).</remarks>
    [MethodImpl(HotPath.Optimized)]
    private void AddAnnotated(IAssemblySymbol assembly, Dictionary<SyntaxTree, List<TextSpan>>? sourceAttributes)
    {
        if (sourceAttributes is null && IsAnnotated(assembly))
        {
            // Every member of that assembly requires something: no name tells its uses apart.
            _everything = true;
            return;
        }

        // Depth first with an explicit stack: namespaces and types nest as deep as the source says.
        var pending = new Stack<(INamespaceOrTypeSymbol Container, bool Required)>();
        pending.Push((assembly.GlobalNamespace, false));
        while (pending.Count > 0)
        {
            var (container, required) = pending.Pop();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push((ns, false));
                    continue;
                }

                var annotated = required || (sourceAttributes is null ? IsAnnotated(member) : IsAnnotatedInSource(member, sourceAttributes));
                if (annotated)
                {
                    AddUse(member);
                }

                if (member is INamedTypeSymbol type)
                {
                    pending.Push((type, annotated));
                }
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsAnnotated(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (KconfigMetadata.Is(attribute, KconfigMetadata.RequiresAttribute) || KconfigMetadata.Is(attribute, KconfigMetadata.GuardAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records how a use of an annotated member (or a member of an annotated type) is spelled.</summary>
    private void AddUse(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor:
                _names.Add(constructor.ContainingType.Name);
                _constructors = true;
                break;
            case IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } }:
            case IPropertySymbol { IsIndexer: true }:
                _elementAccess = true;
                break;
            case IMethodSymbol { AssociatedSymbol: { } associated }:
                _names.Add(associated.Name);
                break;
            case INamedTypeSymbol type:
                _names.Add(type.Name);
                _constructors = true;
                if (type.TypeKind == TypeKind.Delegate)
                {
                    _invocations = true;
                }

                break;
            default:
                _names.Add(member.Name);
                break;
        }

        if (SpelledName(member) is { } spelled)
        {
            if (!_annotatedByName.TryGetValue(spelled, out var members))
            {
                _annotatedByName[spelled] = members = new List<ISymbol>();
            }

            members.Add(member);
        }
    }

    /// <summary>The name a use of <paramref name="member"/> spells, as <see cref="AddUse"/> records it (null: none).</summary>
    private static string? SpelledName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name,
        IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } } or IPropertySymbol { IsIndexer: true } => null,
        IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
        _ => member.Name,
    };
}
