using System.Runtime.CompilerServices;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Flow;

/// <summary>
/// Finds the member a name like <c>FeatureFlags.Linux</c>, <c>Alias.Linux</c> or <c>IsReady()</c> binds to
/// without binding the body it is in (binding a body, in a nullable-enabled project, is a whole-member
/// nullable analysis): the text is bound speculatively at the top of the enclosing type, where the same
/// type, namespace, using and member lookups apply. What only a body declares (locals, parameters, range
/// and pattern variables, method type parameters, <c>value</c>) is not in scope there, so a name whose
/// leftmost part the body declares is not resolved (null: the caller must not decide). One file at a time.
/// </summary>
internal sealed class MemberResolver
{
    private SemanticModel _model;
    private CancellationToken _cancellationToken;
    private readonly Dictionary<(TypeDeclarationSyntax Type, string Text), ISymbol?> _resolved = new();
    private readonly Dictionary<TypeDeclarationSyntax, int> _bindPositions = new();
    private readonly Dictionary<SyntaxNode, string?> _scopeKeys = new();
    private readonly Dictionary<TypeDeclarationSyntax, INamedTypeSymbol?> _declaredTypes = new();
    private readonly ConcurrentDictionary<string, ExpressionSyntax> _parsedTexts;
    private readonly SharedQualifiers _sharedQualifiers;

    /// <param name="model">The file's semantic model.</param>
    /// <param name="parsedTexts">Texts parsed on their own, shared by the compilation's files (see <see cref="Standalone"/>).</param>
    /// <param name="sharedQualifiers">Qualifier bindings shared by the compilation's type declarations.</param>
    /// <param name="cancellationToken">The analysis's cancellation.</param>
    public MemberResolver(SemanticModel model, ConcurrentDictionary<string, ExpressionSyntax> parsedTexts, SharedQualifiers sharedQualifiers, CancellationToken cancellationToken)
    {
        _parsedTexts = parsedTexts;
        _sharedQualifiers = sharedQualifiers;
        _model = model;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Starts over on another file (the instance and its table are reused file to file).</summary>
    public void Reset(SemanticModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _cancellationToken = cancellationToken;
        _resolved.Clear();
        _bindPositions.Clear();
        _scopeKeys.Clear();
        _declaredTypes.Clear();
    }

    /// <summary>
    /// The field, property or method <paramref name="expression"/> (a dotted name, or an invocation of one
    /// with no arguments) binds to, or null when that cannot be told this way. <paramref name="declaredInBody"/>
    /// says whether the executable part declares a name.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public ISymbol? Resolve(ExpressionSyntax expression, Func<string, bool> declaredInBody)
    {
        var target = expression is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call ? call.Expression : expression;
        if (LeftmostName(target) is not { } leftmost || leftmost is "value" or "field" || declaredInBody(leftmost))
        {
            return null;
        }

        if (expression.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type || BindPosition(type) < 0)
        {
            return null;
        }

        // `Type.Member`: the qualifier is bound once per type declaration (a file reads many members of one
        // flag type), or once per scope where type declarations agree on it (SharedQualifiers), then the
        // member is looked up by name in the type it names.
        if (target is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access && expression == target)
        {
            // A plain identifier's text is its token's (no string built per read: a file reads flags thousands of times).
            var qualifierText = access.Expression is IdentifierNameSyntax simple ? simple.Identifier.Text : access.Expression.ToString();
            return BindQualifier(type, access.Expression, qualifierText) is INamedTypeSymbol qualifier ? StaticMember(qualifier, member.Identifier.ValueText) : null;
        }

        var symbol = Bind(type, expression.ToString());
        return symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol ? symbol : null;
    }

    /// <summary><see cref="Bind"/> for the qualifier of a member access, taken from another type declaration of the same scope when they agree.</summary>
    [MethodImpl(HotPath.Optimized)]
    private ISymbol? BindQualifier(TypeDeclarationSyntax type, ExpressionSyntax qualifier, string text)
    {
        var key = (type, text);
        if (_resolved.TryGetValue(key, out var symbol))
        {
            return symbol;
        }

        var scope = SharedScope(type, qualifier);
        if (scope is not null && _sharedQualifiers.TryGet(scope, text, out var shared))
        {
            _resolved[key] = shared;
            return shared;
        }

        symbol = Bind(type, text);
        if (scope is not null)
        {
            _sharedQualifiers.Add(scope, text, symbol);
        }

        return symbol;
    }

    /// <summary>The scope key under which <paramref name="qualifier"/>'s binding in <paramref name="type"/> may be shared, or null.</summary>
    [MethodImpl(HotPath.Optimized)]
    private string? SharedScope(TypeDeclarationSyntax type, ExpressionSyntax qualifier)
    {
        if (LeftmostOfDottedName(qualifier) is not { } leftmost || _sharedQualifiers.Disabled)
        {
            return null;
        }

        SyntaxNode? enclosing = type.Parent;
        while (enclosing is not null and not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax))
        {
            enclosing = enclosing.Parent;
        }

        if (enclosing is null)
        {
            return null;
        }

        if (!_scopeKeys.TryGetValue(enclosing, out var scope))
        {
            _scopeKeys[enclosing] = scope = SharedQualifiers.ScopeKey(enclosing);
        }

        return scope is not null && DeclaredType(type) is { } declared && !SharedQualifiers.TypeScopeMayFind(declared, leftmost) ? scope : null;
    }

    /// <summary>The leftmost name of <c>A</c> or <c>A.B.C</c> (identifiers only), or null for any other qualifier.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static string? LeftmostOfDottedName(ExpressionSyntax qualifier)
    {
        while (qualifier is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax } access)
        {
            qualifier = access.Expression;
        }

        return qualifier is IdentifierNameSyntax name ? name.Identifier.ValueText : null;
    }

    [MethodImpl(HotPath.Optimized)]
    private ISymbol? Bind(TypeDeclarationSyntax type, string text)
    {
        var key = (type, text);
        if (!_resolved.TryGetValue(key, out var symbol))
        {
            symbol = OwnStaticMember(type, text);
            if (symbol is null)
            {
                // A node of its own: the speculative binder sees only the text, not the parents it has in the file.
                var standalone = Standalone(text);
                symbol = _model.GetSpeculativeSymbolInfo(BindPosition(type), standalone, SpeculativeBindingOption.BindAsExpression).Symbol;
                _cancellationToken.ThrowIfCancellationRequested();
            }

            _resolved[key] = symbol;
        }

        return symbol;
    }

    /// <summary>
    /// What the simple name <paramref name="text"/> binds to at the top of <paramref name="type"/>'s body when the
    /// type itself declares it as its only member of that name, a static field or property (a guard property read
    /// bare, as <c>if (ready &amp;&amp; Both)</c>), or null when the speculative binder must decide. Lookup of a simple name
    /// there starts with the type's type parameters, then its members (every partial part, then its bases); a field
    /// or property the type declares hides every inherited member of that name, so the binder would find the same
    /// member. Instance members (their meaning outside a member body is the binder's to say) and types with a
    /// primary constructor (its parameters' scope) are left to the binder.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private ISymbol? OwnStaticMember(TypeDeclarationSyntax type, string text)
    {
        if (type.ParameterList is not null || !SyntaxFacts.IsValidIdentifier(text) || DeclaredType(type) is not { } declared)
        {
            return null;
        }

        foreach (var parameter in declared.TypeParameters)
        {
            if (parameter.Name == text)
            {
                return null;
            }
        }

        var members = declared.GetMembers(text);
        return members.Length == 1 && members[0] is IFieldSymbol or IPropertySymbol { IsIndexer: false } && members[0].IsStatic ? members[0] : null;
    }

    /// <summary>The type <paramref name="type"/> declares (kept per declaration: asked per qualifier and per bare name).</summary>
    private INamedTypeSymbol? DeclaredType(TypeDeclarationSyntax type)
    {
        if (!_declaredTypes.TryGetValue(type, out var declared))
        {
            _declaredTypes[type] = declared = _model.GetDeclaredSymbol(type, _cancellationToken);
        }

        return declared;
    }

    /// <summary>
    /// Where names are bound for <paramref name="type"/>: the end of its open brace, or -1 when it has none. Kept per
    /// type (a token's position is worked out from its siblings' widths each time it is asked for).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private int BindPosition(TypeDeclarationSyntax type)
    {
        if (!_bindPositions.TryGetValue(type, out var position))
        {
            var brace = type.OpenBraceToken;
            _bindPositions[type] = position = brace.IsMissing || brace.Span.Length == 0 ? -1 : brace.Span.End;
        }

        return position;
    }

    /// <summary>
    /// The expression <paramref name="text"/> parsed on its own, shared by the compilation's files: they bind the same
    /// few qualifiers (<c>FeatureFlags</c>), and parsing them anew per file was a fifth of the fast path's
    /// time in a real build. Syntax nodes are immutable and safe to share; speculative binding does not
    /// attach them to a tree.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private ExpressionSyntax Standalone(string text)
    {
        if (!_parsedTexts.TryGetValue(text, out var expression))
        {
            expression = _parsedTexts.GetOrAdd(text, SyntaxFactory.ParseExpression(text));
        }

        return expression;
    }

    /// <summary>
    /// The field or property <c>Type.name</c> binds to: member lookup goes up the base types to the first
    /// that declares the name; anything but one field or property there (methods, a nested type) is not resolved.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static ISymbol? StaticMember(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var members = current.GetMembers(name);
            if (members.Length > 0)
            {
                return members.Length == 1 && members[0] is IFieldSymbol or IPropertySymbol ? members[0] : null;
            }
        }

        return null;
    }

    /// <summary>The first simple name of a dotted name (<c>A</c> in <c>A.B.C</c>), or null for anything else.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static string? LeftmostName(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access:
                    expression = access.Expression;
                    continue;
                case AliasQualifiedNameSyntax alias:
                    return alias.Alias.Identifier.ValueText == "global" ? "global" : alias.Alias.Identifier.ValueText;
                case IdentifierNameSyntax name:
                    return name.Identifier.ValueText;
                case GenericNameSyntax generic:
                    return generic.Identifier.ValueText;
                default:
                    return null;
            }
        }
    }
}
