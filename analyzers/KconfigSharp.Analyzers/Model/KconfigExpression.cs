using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KconfigSharp.Analyzers.Model;

/// <summary>The kinds of node in a Kconfig expression.</summary>
internal enum KconfigExpressionKind
{
    /// <summary>A symbol reference: true when the symbol is not n.</summary>
    Symbol,

    /// <summary>A constant y (true) or n (false); m is treated as "on" like y.</summary>
    Constant,

    /// <summary>Logical not.</summary>
    Not,

    /// <summary>Logical and.</summary>
    And,

    /// <summary>Logical or.</summary>
    Or,

    /// <summary>
    /// A comparison the on/off facts cannot decompose (<c>N &gt; 3</c>, <c>ARCH = "x86"</c>): an opaque
    /// fact named by its canonical text, established only as a whole.
    /// </summary>
    Comparison,
}

/// <summary>
/// A Kconfig expression as the guard analysis sees it: a formula over on/off facts, built by
/// <see cref="KconfigExpressionReader"/> from the core's parse. Comparisons with <c>y</c>/<c>m</c>/<c>n</c>
/// are reduced (<c>X=y</c>, <c>X=m</c> and <c>X!=n</c> mean "X on", <c>X=n</c> and <c>X!=y</c> mean
/// "X off"); every other comparison is an opaque <see cref="KconfigExpressionKind.Comparison"/> fact.
/// </summary>
internal sealed class KconfigExpression
{
    private string? _text;

    private KconfigExpression(KconfigExpressionKind kind, string? symbol, bool value, KconfigExpression? left, KconfigExpression? right, IReadOnlyList<string>? operands = null)
    {
        Operands = operands ?? System.Array.Empty<string>();
        Kind = kind;
        Symbol = symbol;
        Value = value;
        Left = left;
        Right = right;
    }

    /// <summary>The node kind.</summary>
    public KconfigExpressionKind Kind { get; }

    /// <summary>
    /// The symbol name of a <see cref="KconfigExpressionKind.Symbol"/> node; the canonical text (the fact's
    /// name) of a <see cref="KconfigExpressionKind.Comparison"/> node.
    /// </summary>
    public string? Symbol { get; }

    /// <summary>The Kconfig symbols a <see cref="KconfigExpressionKind.Comparison"/> compares (not its constants).</summary>
    public IReadOnlyList<string> Operands { get; }

    /// <summary>The value of a <see cref="KconfigExpressionKind.Constant"/> node.</summary>
    public bool Value { get; }

    /// <summary>The operand of Not, the left operand of And/Or.</summary>
    public KconfigExpression? Left { get; }

    /// <summary>The right operand of And/Or.</summary>
    public KconfigExpression? Right { get; }

    /// <summary>A symbol reference.</summary>
    public static KconfigExpression Sym(string name) => new(KconfigExpressionKind.Symbol, name, false, null, null);

    /// <summary>A constant.</summary>
    public static KconfigExpression Const(bool value) => new(KconfigExpressionKind.Constant, null, value, null, null);

    /// <summary>An opaque comparison fact named <paramref name="text"/> over the symbols <paramref name="operands"/>.</summary>
    public static KconfigExpression Comparison(string text, IReadOnlyList<string> operands) => new(KconfigExpressionKind.Comparison, text, false, null, null, operands);

    /// <summary>Negation.</summary>
    public static KconfigExpression Not(KconfigExpression operand) => new(KconfigExpressionKind.Not, null, false, operand, null);

    /// <summary>Conjunction.</summary>
    public static KconfigExpression And(KconfigExpression left, KconfigExpression right) => new(KconfigExpressionKind.And, null, false, left, right);

    /// <summary>Disjunction.</summary>
    public static KconfigExpression Or(KconfigExpression left, KconfigExpression right) => new(KconfigExpressionKind.Or, null, false, left, right);

    /// <summary>Every Kconfig symbol name the expression mentions (the operands of comparisons included).</summary>
    [MethodImpl(HotPath.Optimized)]
    public void CollectSymbols(ICollection<string> into)
    {
        switch (Kind)
        {
            case KconfigExpressionKind.Symbol:
                into.Add(Symbol!);
                break;
            case KconfigExpressionKind.Comparison:
                foreach (var operand in Operands)
                {
                    into.Add(operand);
                }

                break;
            case KconfigExpressionKind.Not:
                Left!.CollectSymbols(into);
                break;
            case KconfigExpressionKind.And:
            case KconfigExpressionKind.Or:
                Left!.CollectSymbols(into);
                Right!.CollectSymbols(into);
                break;
        }
    }

    /// <summary>
    /// Every fact the expression's value depends on: its symbols and its opaque comparisons (the free
    /// variables of <see cref="Evaluate"/>).
    /// </summary>
    public void CollectFacts(ICollection<string> into)
    {
        switch (Kind)
        {
            case KconfigExpressionKind.Symbol:
            case KconfigExpressionKind.Comparison:
                into.Add(Symbol!);
                break;
            case KconfigExpressionKind.Not:
                Left!.CollectFacts(into);
                break;
            case KconfigExpressionKind.And:
            case KconfigExpressionKind.Or:
                Left!.CollectFacts(into);
                Right!.CollectFacts(into);
                break;
        }
    }

    /// <summary>
    /// Literals that hold whenever the expression holds (the conjuncts that are a symbol or a negated
    /// symbol); this is what a true guard adds to the known facts.
    /// </summary>
    public void CollectImpliedLiterals(ICollection<Literal> into)
    {
        switch (Kind)
        {
            case KconfigExpressionKind.Symbol:
            case KconfigExpressionKind.Comparison:
                into.Add(new Literal(Symbol!, true));
                break;
            case KconfigExpressionKind.Not when Left!.Kind is KconfigExpressionKind.Symbol or KconfigExpressionKind.Comparison:
                into.Add(new Literal(Left.Symbol!, false));
                break;
            case KconfigExpressionKind.Not when Left!.Kind == KconfigExpressionKind.Or:
                // De Morgan: !(a || b) gives !a and !b.
                Not(Left.Left!).CollectImpliedLiterals(into);
                Not(Left.Right!).CollectImpliedLiterals(into);
                break;
            case KconfigExpressionKind.Not when Left!.Kind == KconfigExpressionKind.Not:
                Left.Left!.CollectImpliedLiterals(into);
                break;
            case KconfigExpressionKind.And:
                Left!.CollectImpliedLiterals(into);
                Right!.CollectImpliedLiterals(into);
                break;
            case KconfigExpressionKind.Or:
                {
                    // A literal implied by both sides holds either way (X || X, (X && A) || (X && B)).
                    var left = new List<Literal>();
                    var right = new HashSet<Literal>();
                    Left!.CollectImpliedLiterals(left);
                    Right!.CollectImpliedLiterals(right);
                    foreach (var literal in left)
                    {
                        if (right.Contains(literal))
                        {
                            into.Add(literal);
                        }
                    }

                    break;
                }
        }
    }

    /// <summary>Kleene evaluation: true/false when the facts decide it, null when they do not.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool? Evaluate(System.Func<string, bool?> valueOf)
    {
        switch (Kind)
        {
            case KconfigExpressionKind.Symbol:
            case KconfigExpressionKind.Comparison:
                return valueOf(Symbol!);
            case KconfigExpressionKind.Constant:
                return Value;
            case KconfigExpressionKind.Not:
                return !Left!.Evaluate(valueOf);
            case KconfigExpressionKind.And:
                {
                    var l = Left!.Evaluate(valueOf);
                    if (l == false)
                    {
                        return false;
                    }

                    var r = Right!.Evaluate(valueOf);
                    return r == false ? false : l == true && r == true ? true : null;
                }

            default:
                {
                    var l = Left!.Evaluate(valueOf);
                    if (l == true)
                    {
                        return true;
                    }

                    var r = Right!.Evaluate(valueOf);
                    return r == true ? true : l == false && r == false ? false : null;
                }
        }
    }

    /// <summary>A canonical text, used to recognise an established compound expression.</summary>
    /// <remarks>Cached: the data flow asks for it at every join (the expression is immutable).</remarks>
    [MethodImpl(HotPath.Optimized)]
    public override string ToString() => _text ??= Kind switch
    {
        KconfigExpressionKind.Symbol or KconfigExpressionKind.Comparison => Symbol!,
        KconfigExpressionKind.Constant => Value ? "y" : "n",
        KconfigExpressionKind.Not => "!" + (Left!.Kind == KconfigExpressionKind.Comparison ? "(" + Left + ")" : Wrap(Left)),
        KconfigExpressionKind.And => Wrap(Left!) + " && " + Wrap(Right!),
        _ => Wrap(Left!) + " || " + Wrap(Right!),
    };

    [MethodImpl(HotPath.Optimized)]
    private static string Wrap(KconfigExpression e) =>
        e.Kind is KconfigExpressionKind.And or KconfigExpressionKind.Or ? "(" + e + ")" : e.ToString();
}
