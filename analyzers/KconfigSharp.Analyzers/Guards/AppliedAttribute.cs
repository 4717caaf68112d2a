using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// An attribute as the compiler bound it for its declaration (<see cref="ISymbol.GetAttributes"/>, which
/// the compiler fills once for its own needs), instead of binding the syntax again through the semantic
/// model (each <see cref="SemanticModel.GetSymbolInfo(SyntaxNode, CancellationToken)"/> on an attribute binds
/// it anew). Only the plain cases: an attribute list without a target (or <c>assembly:</c>) on a type,
/// member, accessor, parameter or type parameter; anything else is null and the caller binds it itself.
/// </summary>
internal static class AppliedAttribute
{
    /// <summary>The <see cref="AttributeData"/> applied by <paramref name="attribute"/>, or null when not found this way.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static AttributeData? Find(SemanticModel model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        if (attribute.Parent is not AttributeListSyntax list)
        {
            return null;
        }

        ImmutableArray<AttributeData> attributes;
        if (list.Target is { } target)
        {
            if (!target.Identifier.IsKind(SyntaxKind.AssemblyKeyword) || list.Parent is not CompilationUnitSyntax)
            {
                return null;
            }

            attributes = model.Compilation.Assembly.GetAttributes();
        }
        else
        {
            var declaration = list.Parent switch
            {
                BaseFieldDeclarationSyntax field => field.Declaration.Variables.Count > 0 ? field.Declaration.Variables[0] : null,
                MemberDeclarationSyntax or AccessorDeclarationSyntax or ParameterSyntax or TypeParameterSyntax => list.Parent,
                _ => null,
            };
            if (declaration is null || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } symbol)
            {
                return null;
            }

            attributes = symbol.GetAttributes();
        }

        foreach (var data in attributes)
        {
            if (data.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == attribute.SyntaxTree && reference.Span == attribute.Span)
            {
                return data;
            }
        }

        return null;
    }
}
