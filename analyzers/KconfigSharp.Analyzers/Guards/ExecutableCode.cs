using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>
/// The executable parts of a file, each a node whose <see cref="SemanticModel.GetOperation"/> is a root
/// the control-flow graph builder accepts, with the declaration that owns it: a method, accessor,
/// constructor (with its initializer), primary constructor or top-level program as a whole; an expression
/// body of a property or indexer; the initializer of a field, property or enum member; and parameter
/// defaults of methods and primary constructors. These are the code blocks Roslyn's driver would hand a
/// code-block action (the guard analyzer walks them itself, per file, to avoid that action's
/// per-declaration cost). Attributes are left out (they are constants, and KCONF004's business).
/// </summary>
internal static class ExecutableCode
{
    /// <summary>The executable parts of the file whose root is <paramref name="root"/>, in source order.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static List<Part> InTree(SyntaxNode root)
    {
        var parts = new List<Part>();
        if (root is not CompilationUnitSyntax unit)
        {
            return parts;
        }

        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax)
            {
                // Top-level statements: the compilation unit is the program's body.
                parts.Add(new Part(unit, unit, PartKind.Program));
                break;
            }
        }

        // Namespaces and types nest as deep as the source says: an explicit stack (pushed in reverse, so
        // parts come out in source order).
        var pending = new Stack<MemberDeclarationSyntax>();
        PushReversed(pending, unit.Members);
        while (pending.Count > 0)
        {
            var member = pending.Pop();
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    PushReversed(pending, ns.Members);
                    break;
                case TypeDeclarationSyntax type:
                    if (type.ParameterList is { } primary)
                    {
                        parts.Add(new Part(type, type, PartKind.PrimaryConstructor));
                        AddDefaults(parts, primary, type, PartKind.PrimaryConstructor);
                    }

                    PushReversed(pending, type.Members);
                    break;
                case EnumDeclarationSyntax enumeration:
                    foreach (var value in enumeration.Members)
                    {
                        if (value.EqualsValue is { } equals)
                        {
                            parts.Add(new Part(equals, value, PartKind.Declared));
                        }
                    }

                    break;
                case BaseMethodDeclarationSyntax method:
                    parts.Add(new Part(method, method, PartKind.Declared));
                    AddDefaults(parts, method.ParameterList, method, PartKind.Declared);
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var declarator in field.Declaration.Variables)
                    {
                        if (declarator.Initializer is { } initializer)
                        {
                            parts.Add(new Part(initializer, declarator, PartKind.Declared));
                        }
                    }

                    break;
                case BasePropertyDeclarationSyntax property:
                    AddProperty(parts, property);
                    break;
            }
        }

        return parts;
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AddProperty(List<Part> parts, BasePropertyDeclarationSyntax property)
    {
        if (property is PropertyDeclarationSyntax { Initializer: { } initializer })
        {
            parts.Add(new Part(initializer, property, PartKind.Declared));
        }

        var expressionBody = property switch
        {
            PropertyDeclarationSyntax p => p.ExpressionBody,
            IndexerDeclarationSyntax i => i.ExpressionBody,
            _ => null,
        };
        if (expressionBody is not null)
        {
            parts.Add(new Part(expressionBody, property, PartKind.Getter));
        }

        if (property.AccessorList is { } accessors)
        {
            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Body is not null || accessor.ExpressionBody is not null)
                {
                    parts.Add(new Part(accessor, accessor, PartKind.Declared));
                }
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AddDefaults(List<Part> parts, ParameterListSyntax parameters, SyntaxNode declaration, PartKind kind)
    {
        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.Default is { } initializer)
            {
                parts.Add(new Part(initializer, declaration, kind));
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void PushReversed(Stack<MemberDeclarationSyntax> pending, SyntaxList<MemberDeclarationSyntax> members)
    {
        for (var i = members.Count - 1; i >= 0; i--)
        {
            pending.Push(members[i]);
        }
    }

    /// <summary>How a part's owning symbol is found from its declaration.</summary>
    internal enum PartKind
    {
        /// <summary>The symbol the declaration declares (method, accessor, field, property, enum member).</summary>
        Declared,

        /// <summary>The getter of the declared property or indexer (an expression body).</summary>
        Getter,

        /// <summary>The primary constructor of the declared type.</summary>
        PrimaryConstructor,

        /// <summary>The entry point of the top-level statements.</summary>
        Program,
    }

    /// <summary>One executable part and the declaration that owns it.</summary>
    internal readonly struct Part
    {
        public Part(SyntaxNode node, SyntaxNode declaration, PartKind kind)
        {
            Node = node;
            Declaration = declaration;
            Kind = kind;
        }

        /// <summary>The root to analyse (what <see cref="SemanticModel.GetOperation"/> is asked about).</summary>
        public SyntaxNode Node { get; }

        /// <summary>The declaration whose symbol owns <see cref="Node"/>.</summary>
        public SyntaxNode Declaration { get; }

        public PartKind Kind { get; }

        /// <summary>The owning symbol (what a code-block action would be handed as its owner), or null.</summary>
        [MethodImpl(HotPath.Optimized)]
        public ISymbol? Owner(SemanticModel model, CancellationToken cancellationToken)
        {
            switch (Kind)
            {
                case PartKind.Program:
                    foreach (var member in ((CompilationUnitSyntax)Declaration).Members)
                    {
                        if (member is GlobalStatementSyntax statement)
                        {
                            return model.GetEnclosingSymbol(statement.Statement.SpanStart, cancellationToken);
                        }
                    }

                    return null;
                case PartKind.PrimaryConstructor:
                    if (model.GetDeclaredSymbol(Declaration, cancellationToken) is INamedTypeSymbol type)
                    {
                        foreach (var constructor in type.InstanceConstructors)
                        {
                            foreach (var reference in constructor.DeclaringSyntaxReferences)
                            {
                                if (reference.SyntaxTree == Declaration.SyntaxTree && reference.Span == Declaration.Span)
                                {
                                    return constructor;
                                }
                            }
                        }
                    }

                    return null;
                case PartKind.Getter:
                    var property = model.GetDeclaredSymbol(Declaration, cancellationToken) as IPropertySymbol;
                    return (ISymbol?)property?.GetMethod ?? property;
                default:
                    return model.GetDeclaredSymbol(Declaration, cancellationToken);
            }
        }

        /// <summary>
        /// Adds to <paramref name="roots"/> the nodes of <see cref="Node"/> the analysis reads, in source order: a
        /// method's or accessor's bodies and constructor initializer, not its attributes or parameter list
        /// (its defaults are parts of their own); everything of the other parts. (A list the caller reuses:
        /// an iterator was an allocation per part.)
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public void AddExecutedTo(List<SyntaxNode> roots)
        {
            switch (Node)
            {
                case BaseMethodDeclarationSyntax method:
                    if (method is ConstructorDeclarationSyntax { Initializer: { } initializer })
                    {
                        roots.Add(initializer);
                    }

                    if (method.Body is { } body)
                    {
                        roots.Add(body);
                    }

                    if (method.ExpressionBody is { } expression)
                    {
                        roots.Add(expression);
                    }

                    break;
                case AccessorDeclarationSyntax accessor:
                    if (accessor.Body is { } accessorBody)
                    {
                        roots.Add(accessorBody);
                    }

                    if (accessor.ExpressionBody is { } accessorExpression)
                    {
                        roots.Add(accessorExpression);
                    }

                    break;
                default:
                    roots.Add(Node);
                    break;
            }
        }
    }
}
