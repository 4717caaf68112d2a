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

    /// <summary>The Kconfig expression that holds when <paramref name="operation"/> is true, or null.</summary>
    public KconfigExpression? Translate(IOperation? operation)
    {
        switch (operation)
        {
            case null:
                return null;
            case IParenthesizedOperation p:
                return Translate(p.Operand);
            case IConversionOperation { IsImplicit: true } c:
                return Translate(c.Operand);
            case IFlowCaptureReferenceOperation capture:
                // The control-flow graph replaced the original expression by a capture; the semantic
                // model still has the original (for example the operand of a switch, or `a && b` passed
                // to Debug.Assert).
                return _semanticModel?.GetOperation(capture.Syntax) is { } original && original is not IFlowCaptureReferenceOperation
                    ? Translate(original)
                    : null;
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                {
                    var member = ((IMemberReferenceOperation)operation).Member;
                    if (_model.FlagOf(member) is { IsTristate: false } flag)
                    {
                        return KconfigExpression.Sym(flag.Name);
                    }

                    return _annotations.GuardOf(member);
                }

            case IInvocationOperation invocation:
                return _annotations.GuardOf(invocation.TargetMethod);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Negate(Translate(not.Operand));
            case IBinaryOperation binary:
                return TranslateBinary(binary);
            case IIsPatternOperation isPattern:
                return TranslatePattern(isPattern.Value, isPattern.Pattern);
            case IConditionalOperation { WhenFalse: not null } conditional:
                {
                    var c = Translate(conditional.Condition);
                    var t = Translate(conditional.WhenTrue) ?? Constant(conditional.WhenTrue);
                    var f = Translate(conditional.WhenFalse) ?? Constant(conditional.WhenFalse);
                    return c is null || t is null || f is null
                        ? null
                        : KconfigExpression.Or(KconfigExpression.And(c, t), KconfigExpression.And(KconfigExpression.Not(c), f));
                }

            default:
                return null;
        }
    }

    /// <summary>
    /// What a true <paramref name="operation"/> establishes, keeping the conjuncts that translate
    /// (<c>Debug.Assert(F.X &amp;&amp; other)</c> establishes X). Only for positive use, never negated.
    /// </summary>
    public KconfigExpression? TranslateWhenTrue(IOperation operation)
    {
        if (operation is IFlowCaptureReferenceOperation capture && _semanticModel?.GetOperation(capture.Syntax) is { } original && original is not IFlowCaptureReferenceOperation)
        {
            operation = original;
        }

        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and && IsBool(and))
        {
            var l = TranslateWhenTrue(and.LeftOperand);
            var r = TranslateWhenTrue(and.RightOperand);
            return l is null ? r : r is null ? l : KconfigExpression.And(l, r);
        }

        return Translate(operation);
    }

    private KconfigExpression? TranslateBinary(IBinaryOperation binary)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And when IsBool(binary):
                {
                    // Both sides must translate: a partial answer would be wrong once negated.
                    var l = Translate(binary.LeftOperand);
                    var r = Translate(binary.RightOperand);
                    return l is null || r is null ? null : KconfigExpression.And(l, r);
                }

            case BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or when IsBool(binary):
                {
                    var l = Translate(binary.LeftOperand);
                    var r = Translate(binary.RightOperand);
                    return l is null || r is null ? null : KconfigExpression.Or(l, r);
                }

            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                {
                    var equal = binary.OperatorKind == BinaryOperatorKind.Equals;
                    return Compare(binary.LeftOperand, binary.RightOperand, equal) ?? Compare(binary.RightOperand, binary.LeftOperand, equal);
                }

            default:
                return null;
        }
    }

    /// <summary><c>flagSide == other</c> where other is a literal bool or a Tristate constant.</summary>
    private KconfigExpression? Compare(IOperation flagSide, IOperation other, bool equal)
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

        if (other.ConstantValue is { HasValue: true, Value: bool b } && Translate(flagSide) is { } expression)
        {
            return b == equal ? expression : KconfigExpression.Not(expression);
        }

        return null;
    }

    private KconfigExpression? TranslatePattern(IOperation value, IPatternOperation pattern)
    {
        switch (pattern)
        {
            case INegatedPatternOperation negated:
                return Negate(TranslatePattern(value, negated.Pattern));
            case IConstantPatternOperation constant:
                return Compare(value, constant.Value, equal: true);
            case IBinaryPatternOperation binaryPattern:
                {
                    var l = TranslatePattern(value, binaryPattern.LeftPattern);
                    var r = TranslatePattern(value, binaryPattern.RightPattern);
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
