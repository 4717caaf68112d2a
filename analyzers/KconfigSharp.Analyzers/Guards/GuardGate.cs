using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        gate._flagTypeNames.UnionWith(UsingAliases.Of(compilation, gate._flagTypeNames.Contains));

        gate.AddAnnotated(compilation.Assembly, isSource: true);
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Annotations in metadata name the attribute types, which every KconfigSharp assembly embeds
            // itself: an assembly without them has none (and is not walked).
            if (reference.TypeNames.Contains("RequiresKconfigAttribute") || reference.TypeNames.Contains("KconfigGuardAttribute"))
            {
                gate.AddAnnotated(reference, isSource: false);
            }
        }

        if (gate._constructors)
        {
            // `using X = Device;` then `new X()`: the alias spells the annotated type.
            gate._names.UnionWith(UsingAliases.Of(compilation, gate._names.Contains));
        }

        return gate;
    }

    /// <summary>Whether the analysis must look at <paramref name="node"/> (a code block or a part of one).</summary>
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
    private static bool Executes(SyntaxNode node) => node switch
    {
        GlobalStatementSyntax => true,
        MemberDeclarationSyntax => false,
        AttributeListSyntax { Parent: MemberDeclarationSyntax or AccessorDeclarationSyntax or ParameterSyntax or TypeParameterSyntax or CompilationUnitSyntax } => false,
        _ => true,
    };

    private void AddAnnotated(IAssemblySymbol assembly, bool isSource)
    {
        if (!isSource && IsAnnotated(assembly))
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

                var annotated = required || IsAnnotated(member);
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
    }
}
