using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KconfigSharp.Analyzers.Flow;

/// <summary>
/// Turns a C# boolean condition into the Kconfig expression it tests (the role of ILLink's
/// FeatureChecksVisitor): flag reads, <c>[KconfigGuard]</c> members, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>,
/// <c>&amp;</c>, <c>|</c>, <c>== true/false</c>, <c>!=</c>, <c>is true/false</c>, <c>is not</c>, <c>?:</c>,
/// and tristate comparisons with <c>Tristate.No/Module/Yes</c>. Anything else is null ("tests nothing").
/// Constant values are never looked at, so const and readonly flags give the same answer.
/// </summary>
/// <remarks>
/// The translation recurses over the operation tree, so its depth is checked before each step: a
/// condition nested deeper than <see cref="MaxDepth"/> (a chain of thousands of <c>&amp;&amp;</c>, which
/// Roslyn compiles) throws <see cref="GuardAnalysisLimitException"/> at the whole condition, and the
/// analyzer skips the member with KCONF000 instead of overflowing the compiler's stack. The limit also
/// bounds the depth of the expressions built here (at most three times it: <c>?:</c> adds three levels), which the rest of the
/// analysis walks recursively, as it walks attribute expressions (<see cref="KconfigExpressionReader.MaxDepth"/>).
/// </remarks>
internal sealed class ConditionTranslator
{
    private readonly FlagModel _model;
    private readonly KconfigAnnotations _annotations;
    private readonly SemanticModel? _semanticModel;

    public ConditionTranslator(FlagModel model, KconfigAnnotations annotations, SemanticModel? semanticModel)
    {
        _model = model;
        _annotations = annotations;
        _semanticModel = semanticModel;
    }

    /// <summary>Deepest operation nesting translated; deeper conditions are refused (see remarks).</summary>
    public const int MaxDepth = 100;

    /// <summary>The Kconfig expression that holds when <paramref name="operation"/> is true, or null.</summary>
    /// <exception cref="GuardAnalysisLimitException">The condition is nested deeper than <see cref="MaxDepth"/>.</exception>
    public KconfigExpression? Translate(IOperation? operation)
    {
        try
        {
            return Translate(operation, 0);
        }
        catch (GuardAnalysisLimitException e) when (e.At is null && operation is not null)
        {
            throw new GuardAnalysisLimitException(e.Message, operation.Syntax);
        }
    }

    /// <summary>
    /// What a true <paramref name="operation"/> establishes, keeping the conjuncts that translate
    /// (<c>Debug.Assert(F.X &amp;&amp; other)</c> establishes X). Only for positive use, never negated.
    /// </summary>
    /// <exception cref="GuardAnalysisLimitException">The condition is nested deeper than <see cref="MaxDepth"/>.</exception>
    public KconfigExpression? TranslateWhenTrue(IOperation operation)
    {
        try
        {
            return TranslateWhenTrue(operation, 0);
        }
        catch (GuardAnalysisLimitException e) when (e.At is null)
        {
            throw new GuardAnalysisLimitException(e.Message, operation.Syntax);
        }
    }

    private static int Deeper(int depth) =>
        depth < MaxDepth ? depth + 1 : throw new GuardAnalysisLimitException($"the condition is nested more than {MaxDepth} deep, past what the guard analysis reads");

    private KconfigExpression? Translate(IOperation? operation, int depth)
    {
        depth = Deeper(depth);
        switch (operation)
        {
            case null:
                return null;
            case IParenthesizedOperation p:
                return Translate(p.Operand, depth);
            case IConversionOperation { IsImplicit: true } c:
                return Translate(c.Operand, depth);
            case IFlowCaptureReferenceOperation capture:
                // The control-flow graph replaced the original expression by a capture; the semantic
                // model still has the original (for example the operand of a switch, or `a && b` passed
                // to Debug.Assert).
                return _semanticModel?.GetOperation(capture.Syntax) is { } original && original is not IFlowCaptureReferenceOperation
                    ? Translate(original, depth)
                    : null;
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                {
                    var member = ((IMemberReferenceOperation)operation).Member;
                    if (_model.FlagOf(member) is { IsTristate: false } flag)
                    {
                        return flag.Reference;
                    }

                    return _annotations.GuardOf(member);
                }

            case IInvocationOperation invocation:
                return _annotations.GuardOf(invocation.TargetMethod);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Negate(Translate(not.Operand, depth));
            case IBinaryOperation binary:
                return TranslateBinary(binary, depth);
            case IIsPatternOperation isPattern:
                return TranslatePattern(isPattern.Value, isPattern.Pattern, depth);
            case IConditionalOperation { WhenFalse: not null } conditional:
                {
                    var c = Translate(conditional.Condition, depth);
                    var t = Translate(conditional.WhenTrue, depth) ?? Constant(conditional.WhenTrue);
                    var f = Translate(conditional.WhenFalse, depth) ?? Constant(conditional.WhenFalse);
                    return c is null || t is null || f is null
                        ? null
                        : KconfigExpression.Or(KconfigExpression.And(c, t), KconfigExpression.And(KconfigExpression.Not(c), f));
                }

            default:
                return null;
        }
    }

    private KconfigExpression? TranslateWhenTrue(IOperation operation, int depth)
    {
        depth = Deeper(depth);
        if (operation is IFlowCaptureReferenceOperation capture && _semanticModel?.GetOperation(capture.Syntax) is { } original && original is not IFlowCaptureReferenceOperation)
        {
            operation = original;
        }

        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and && IsBool(and))
        {
            var l = TranslateWhenTrue(and.LeftOperand, depth);
            var r = TranslateWhenTrue(and.RightOperand, depth);
            return l is null ? r : r is null ? l : KconfigExpression.And(l, r);
        }

        return Translate(operation, depth);
    }

    private KconfigExpression? TranslateBinary(IBinaryOperation binary, int depth)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And when IsBool(binary):
                {
                    // Both sides must translate: a partial answer would be wrong once negated.
                    var l = Translate(binary.LeftOperand, depth);
                    var r = Translate(binary.RightOperand, depth);
                    return l is null || r is null ? null : KconfigExpression.And(l, r);
                }

            case BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or when IsBool(binary):
                {
                    var l = Translate(binary.LeftOperand, depth);
                    var r = Translate(binary.RightOperand, depth);
                    return l is null || r is null ? null : KconfigExpression.Or(l, r);
                }

            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                {
                    var equal = binary.OperatorKind == BinaryOperatorKind.Equals;
                    return Compare(binary.LeftOperand, binary.RightOperand, equal, depth) ?? Compare(binary.RightOperand, binary.LeftOperand, equal, depth);
                }

            default:
                return null;
        }
    }

    /// <summary><c>flagSide == other</c> where other is a literal bool or a Tristate constant.</summary>
    private KconfigExpression? Compare(IOperation flagSide, IOperation other, bool equal, int depth)
    {
        if (IsFlagOrGuard(other))
        {
            return null;
        }

        if (TristateSymbol(flagSide) is { } tristate && other.ConstantValue is { HasValue: true, Value: int value })
        {
            // No = 0, Module = 1, Yes = 2. "== Module/Yes" and "!= No" mean on; "== No" means off.
            var on = KconfigExpression.Sym(tristate);
            return (value, equal) switch
            {
                (0, true) => KconfigExpression.Not(on),
                (0, false) => on,
                (_, true) => on,
                _ => null,
            };
        }

        if (other.ConstantValue is { HasValue: true, Value: bool b } && Translate(flagSide, depth) is { } expression)
        {
            return b == equal ? expression : KconfigExpression.Not(expression);
        }

        return null;
    }

    private KconfigExpression? TranslatePattern(IOperation value, IPatternOperation pattern, int depth)
    {
        depth = Deeper(depth);
        switch (pattern)
        {
            case INegatedPatternOperation negated:
                return Negate(TranslatePattern(value, negated.Pattern, depth));
            case IConstantPatternOperation constant:
                return Compare(value, constant.Value, equal: true, depth);
            case IBinaryPatternOperation binaryPattern:
                {
                    var l = TranslatePattern(value, binaryPattern.LeftPattern, depth);
                    var r = TranslatePattern(value, binaryPattern.RightPattern, depth);
                    if (binaryPattern.OperatorKind == BinaryOperatorKind.And)
                    {
                        return l is null || r is null ? null : KconfigExpression.And(l, r);
                    }

                    return l is null || r is null ? null : KconfigExpression.Or(l, r);
                }

            default:
                return null;
        }
    }

    /// <summary>The Kconfig name when <paramref name="operation"/> reads a tristate flag.</summary>
    public string? TristateSymbol(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } c:
                    operation = c.Operand;
                    continue;
                case IParenthesizedOperation p:
                    operation = p.Operand;
                    continue;
                case IFlowCaptureReferenceOperation capture when _semanticModel?.GetOperation(capture.Syntax) is { } original and not IFlowCaptureReferenceOperation:
                    operation = original;
                    continue;
                case IMemberReferenceOperation member when _model.FlagOf(member.Member) is { IsTristate: true } flag:
                    return flag.Name;
                default:
                    return null;
            }
        }
    }

    private bool IsFlagOrGuard(IOperation operation) =>
        operation is IMemberReferenceOperation m && (_model.FlagOf(m.Member) is not null || _annotations.GuardOf(m.Member) is not null);

    private static KconfigExpression? Constant(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: bool b } && !(operation is IMemberReferenceOperation) ? KconfigExpression.Const(b) : null;

    private static bool IsBool(IOperation operation) => operation.Type?.SpecialType == SpecialType.System_Boolean;

    private static KconfigExpression? Negate(KconfigExpression? e) => e is null ? null : KconfigExpression.Not(e);
}
