using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A property's written condition and the one in effect, in one field: the condition in effect alone while
/// the written one is the shared <c>y</c> (no <c>if</c>: NuttX ≈ 58,000 of 62,000 properties), else a
/// <see cref="ConditionPair"/>. 8 bytes less on every property (issue 12, session 2026-11-29 morning).
/// </summary>
internal static class PropertyConditions
{
    /// <summary>The field's value for a property written with <paramref name="written"/> (in effect: the same, until the finalizer sets it).</summary>
    public static object Of(Expr written) =>
        ReferenceEquals(written, ConstantSymbols.Shared.YesExpr) ? written : new ConditionPair(written);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Expr InEffect(object conditions) =>
        conditions.GetType() == typeof(ConditionPair) ? Unsafe.As<ConditionPair>(conditions).InEffect : Unsafe.As<Expr>(conditions);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Expr Written(object conditions) =>
        conditions.GetType() == typeof(ConditionPair) ? Unsafe.As<ConditionPair>(conditions).Written : ConstantSymbols.Shared.YesExpr;

    public static void SetInEffect(ref object conditions, Expr value)
    {
        if (conditions.GetType() == typeof(ConditionPair))
        {
            Unsafe.As<ConditionPair>(conditions).InEffect = value;
        }
        else
        {
            conditions = value;
        }
    }
}

/// <summary>A written condition other than <c>y</c> and the condition in effect (value equality, as the properties' records compared both).</summary>
internal sealed record ConditionPair(Expr Written)
{
    public Expr InEffect { get; set; } = Written;
}
