using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// The executable parts of a code block (what a code block action is handed: the declaration), each a
/// node whose <see cref="SemanticModel.GetOperation"/> is a root the control-flow graph builder
/// accepts: a method, accessor, constructor (with its initializer), primary constructor or top-level
/// program as a whole; an expression body of a property or indexer; the initializer of the field,
/// property or enum member declared; and parameter defaults. Attributes are left out (they are
/// constants, and KCONF004's business).
/// </summary>
internal static class ExecutableCode
{
    public static IEnumerable<SyntaxNode> Of(SyntaxNode codeBlock, ISymbol owner)
    {
        switch (codeBlock)
        {
            case BaseMethodDeclarationSyntax method:
                yield return method;
                foreach (var initializer in Defaults(method.ParameterList))
                {
                    yield return initializer;
                }

                break;
            case TypeDeclarationSyntax type:
                // A primary constructor: its base-type arguments run in it (GetOperation gives the constructor body).
                yield return type;
                foreach (var initializer in Defaults(type.ParameterList))
                {
                    yield return initializer;
                }

                break;
            case BaseFieldDeclarationSyntax field:
                foreach (var declarator in field.Declaration.Variables)
                {
                    if (declarator.Initializer is { } initializer && declarator.Identifier.ValueText == owner.Name)
                    {
                        yield return initializer;
                    }
                }

                break;
            case PropertyDeclarationSyntax { Initializer: { } initializer }:
                yield return initializer;
                break;
            case EnumMemberDeclarationSyntax { EqualsValue: { } value }:
                yield return value;
                break;
            case PropertyDeclarationSyntax or EnumMemberDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                break;
            default:
                // Accessors, expression bodies, the compilation unit of top-level statements.
                yield return codeBlock;
                break;
        }
    }

    private static IEnumerable<SyntaxNode> Defaults(ParameterListSyntax? parameters)
    {
        if (parameters is null)
        {
            yield break;
        }

        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.Default is { } initializer)
            {
                yield return initializer;
            }
        }
    }
}
