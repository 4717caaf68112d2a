using System.Runtime.CompilerServices;
using System;
using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Flow;

/// <summary>
/// <see cref="ConditionTranslator"/>'s answer read from syntax, for the shapes where syntax decides it:
/// the same Kconfig expression (or the same "tests nothing"), or <see cref="Translation.Unknown"/> when it
/// cannot be sure. Only names that spell a flag read or an annotated member (by <see cref="GuardGate"/>'s
/// rules) are resolved, through <see cref="MemberResolver"/>; a part of a condition that spells none of
/// them translates to nothing, as the operation tree does (the gate's own premise). Tristate flags,
/// comparisons with anything but <c>true</c>/<c>false</c>, casts and invocations with arguments that name
/// one of those are left unknown.
/// </summary>
internal sealed class SyntaxConditionTranslator
{
    /// <summary>Deepest syntax nesting translated (far below <see cref="ConditionTranslator.MaxDepth"/>): deeper is unknown.</summary>
    public const int MaxDepth = 24;

    private readonly FlagModel _model;
    private readonly KconfigAnnotations _annotations;
    private readonly GuardGate _gate;
    private readonly MemberResolver _resolver;
    private readonly Func<string, bool> _declaredInBody;

    public SyntaxConditionTranslator(FlagModel model, KconfigAnnotations annotations, GuardGate gate, MemberResolver resolver, Func<string, bool> declaredInBody)
    {
        _model = model;
        _annotations = annotations;
        _gate = gate;
        _resolver = resolver;
        _declaredInBody = declaredInBody;
    }

    /// <summary>The result of a translation: known (an expression, or null for "tests nothing") or unknown.</summary>
    internal readonly struct Translation
    {
        private Translation(bool known, KconfigExpression? value)
        {
            IsKnown = known;
            Value = value;
        }

        public static Translation Unknown => default;

        public static Translation Nothing => new(true, null);

        public bool IsKnown { get; }

        public KconfigExpression? Value { get; }

        public static Translation Of(KconfigExpression? value) => new(true, value);
    }

    /// <summary>What the operation tree's translation of <paramref name="condition"/> is, when syntax can tell.</summary>
    [MethodImpl(HotPath.Optimized)]
    public Translation Translate(ExpressionSyntax condition) => Translate(condition, 0);

    [MethodImpl(HotPath.Optimized)]
    private Translation Translate(ExpressionSyntax expression, int depth)
    {
        if (++depth > MaxDepth)
        {
            return Translation.Unknown;
        }

        expression = Unwrap(expression);
        switch (expression)
        {
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }:
                return Member(expression);
            case InvocationExpressionSyntax invocation:
                return Invocation(invocation);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                {
                    var operand = Translate(not.Operand, depth);
                    return !operand.IsKnown ? operand : Translation.Of(operand.Value is null ? null : KconfigExpression.Not(operand.Value));
                }

            case BinaryExpressionSyntax binary:
                return Binary(binary, depth);
            case IsPatternExpressionSyntax isPattern:
                return Pattern(isPattern.Expression, isPattern.Pattern, depth);
            case ConditionalExpressionSyntax conditional:
                return Conditional(conditional, depth);
            case LiteralExpressionSyntax:
                return Translation.Nothing;
            default:
                // Other expressions translate to nothing, unless they might be (or hide) one of the shapes above.
                return MentionsNothing(expression) ? Translation.Nothing : Translation.Unknown;
        }
    }

    /// <summary>Parentheses, <c>x!</c> and <c>checked(x)</c> leave no node in the operation tree.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } s:
                    expression = s.Operand;
                    continue;
                case CheckedExpressionSyntax c:
                    expression = c.Expression;
                    continue;
                default:
                    return expression;
            }
        }
    }

    /// <summary>A field or property read: a bool flag, a <c>[KconfigGuard]</c> member, or nothing.</summary>
    [MethodImpl(HotPath.Optimized)]
    private Translation Member(ExpressionSyntax expression)
    {
        var name = expression is MemberAccessExpressionSyntax access ? access.Name : (SimpleNameSyntax)expression;
        var token = name.Identifier;
        var mayBeFlag = _gate.MayReadFlagAt(token);
        if (!mayBeFlag && !_gate.IsAnnotatedName(token.ValueText))
        {
            // Not a flag (by the gate's rule) and not annotated: no guard either. The qualifier (if any) is
            // an expression the translator never looks into.
            return Translation.Nothing;
        }

        var member = _resolver.Resolve(expression, _declaredInBody);
        switch (member)
        {
            case IFieldSymbol or IPropertySymbol:
                if (_model.FlagOf(member) is { } flag)
                {
                    return flag.IsTristate || !IsBool(member) ? Translation.Unknown : Translation.Of(flag.Reference);
                }

                var guard = _annotations.GuardOf(member);
                return guard is null ? Translation.Nothing : IsBool(member) ? Translation.Of(guard) : Translation.Unknown;
            default:
                return Translation.Unknown;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private Translation Invocation(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (name is not null && !_gate.IsAnnotatedName(name.Identifier.ValueText))
        {
            // Not a [KconfigGuard] method: the call tests nothing, whatever its arguments are.
            return Translation.Nothing;
        }

        if (name is null || name is GenericNameSyntax || invocation.ArgumentList.Arguments.Count > 0)
        {
            return Translation.Unknown;
        }

        var method = _resolver.Resolve(invocation, _declaredInBody) as IMethodSymbol;
        return method is null ? Translation.Unknown
            : _annotations.GuardOf(method) is not { } guard ? Translation.Nothing
            : method.ReturnType.SpecialType == SpecialType.System_Boolean ? Translation.Of(guard) : Translation.Unknown;
    }

    [MethodImpl(HotPath.Optimized)]
    private Translation Binary(BinaryExpressionSyntax binary, int depth)
    {
        switch (binary.Kind())
        {
            case SyntaxKind.LogicalAndExpression or SyntaxKind.BitwiseAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.BitwiseOrExpression:
                {
                    // Both sides are translated by the operation translator too (a depth limit on either is its KCONF000).
                    // Either side known to test nothing decides it: the operation translator needs both.
                    var left = Translate(binary.Left, depth);
                    var right = Translate(binary.Right, depth);
                    if ((left.IsKnown && left.Value is null) || (right.IsKnown && right.Value is null))
                    {
                        return Translation.Nothing;
                    }

                    if (!left.IsKnown || !right.IsKnown)
                    {
                        return Translation.Unknown;
                    }

                    // Both sides are bool flags or bool guards, so the operator is the bool one.
                    var and = binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.BitwiseAndExpression);
                    return Translation.Of(and ? KconfigExpression.And(left.Value!, right.Value!) : KconfigExpression.Or(left.Value!, right.Value!));
                }

            case SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression:
                {
                    var equal = binary.IsKind(SyntaxKind.EqualsExpression);
                    if (BoolLiteral(binary.Right) is { } right)
                    {
                        return Compare(binary.Left, right, equal, depth);
                    }

                    if (BoolLiteral(binary.Left) is { } left)
                    {
                        return Compare(binary.Right, left, equal, depth);
                    }

                    return MentionsNothing(binary) ? Translation.Nothing : Translation.Unknown;
                }

            case SyntaxKind.IsExpression:
                // `x is T` tests a type (nothing); `x is Constant` is a constant pattern, bound by name.
                return MentionsNothing(binary) ? Translation.Nothing : Translation.Unknown;
            default:
                // Relational, arithmetic, `as`, `??`, `^`: the translator reads none of them.
                return Translation.Nothing;
        }
    }

    /// <summary><c>side == literal</c> (the literal side is never a flag, so only this order can translate).</summary>
    [MethodImpl(HotPath.Optimized)]
    private Translation Compare(ExpressionSyntax side, bool literal, bool equal, int depth)
    {
        var translated = Translate(side, depth);
        return !translated.IsKnown || translated.Value is null ? translated
            : Translation.Of(literal == equal ? translated.Value : KconfigExpression.Not(translated.Value));
    }

    [MethodImpl(HotPath.Optimized)]
    private Translation Pattern(ExpressionSyntax value, PatternSyntax pattern, int depth)
    {
        if (++depth > MaxDepth)
        {
            return Translation.Unknown;
        }

        switch (pattern)
        {
            case ParenthesizedPatternSyntax p:
                return Pattern(value, p.Pattern, depth);
            case UnaryPatternSyntax { RawKind: (int)SyntaxKind.NotPattern } not:
                {
                    var operand = Pattern(value, not.Pattern, depth);
                    return !operand.IsKnown || operand.Value is null ? operand : Translation.Of(KconfigExpression.Not(operand.Value));
                }

            case BinaryPatternSyntax binary:
                {
                    var left = Pattern(value, binary.Left, depth);
                    var right = Pattern(value, binary.Right, depth);
                    if ((left.IsKnown && left.Value is null) || (right.IsKnown && right.Value is null))
                    {
                        return Translation.Nothing;
                    }

                    return !left.IsKnown || !right.IsKnown ? Translation.Unknown
                        : Translation.Of(binary.IsKind(SyntaxKind.AndPattern) ? KconfigExpression.And(left.Value!, right.Value!) : KconfigExpression.Or(left.Value!, right.Value!));
                }

            case ConstantPatternSyntax constant:
                if (BoolLiteral(constant.Expression) is { } literal)
                {
                    return Compare(value, literal, equal: true, depth);
                }

                return MentionsNothing(value) && MentionsNothing(constant.Expression) ? Translation.Nothing : Translation.Unknown;
            default:
                // Type, relational, property, list, var and discard patterns translate to nothing.
                return Translation.Nothing;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private Translation Conditional(ConditionalExpressionSyntax conditional, int depth)
    {
        var condition = Translate(conditional.Condition, depth);
        var whenTrue = Branch(conditional.WhenTrue, depth);
        var whenFalse = Branch(conditional.WhenFalse, depth);
        if (condition.IsKnown && condition.Value is null)
        {
            return Translation.Nothing;
        }

        if (!condition.IsKnown || !whenTrue.IsKnown || !whenFalse.IsKnown)
        {
            return Translation.Unknown;
        }

        if (whenTrue.Value is null || whenFalse.Value is null)
        {
            return Translation.Nothing;
        }

        var c = condition.Value!;
        return Translation.Of(KconfigExpression.Or(KconfigExpression.And(c, whenTrue.Value), KconfigExpression.And(KconfigExpression.Not(c), whenFalse.Value)));
    }

    /// <summary>A branch of <c>?:</c>: its translation, or a bool literal as a constant; other constants are unknown.</summary>
    [MethodImpl(HotPath.Optimized)]
    private Translation Branch(ExpressionSyntax branch, int depth)
    {
        if (BoolLiteral(branch) is { } literal)
        {
            return Translation.Of(KconfigExpression.Const(literal));
        }

        var translated = Translate(branch, depth);

        // "Nothing" for a branch means the translator would ask for its constant value, which syntax does not know.
        return translated.IsKnown && translated.Value is null ? Translation.Unknown : translated;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool? BoolLiteral(ExpressionSyntax expression) => Unwrap(expression).Kind() switch
    {
        SyntaxKind.TrueLiteralExpression => true,
        SyntaxKind.FalseLiteralExpression => false,
        _ => null,
    };

    [MethodImpl(HotPath.Optimized)]
    private static bool IsBool(ISymbol member) => member switch
    {
        IFieldSymbol f => f.Type.SpecialType == SpecialType.System_Boolean,
        IPropertySymbol p => p.Type.SpecialType == SpecialType.System_Boolean,
        _ => false,
    };

    /// <summary>Whether no token under <paramref name="node"/> spells a flag read or an annotated member.</summary>
    [MethodImpl(HotPath.Optimized)]
    private bool MentionsNothing(SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && (_gate.IsAnnotatedName(token.ValueText) || _gate.MayReadFlagAt(token)))
            {
                return false;
            }
        }

        return true;
    }
}
