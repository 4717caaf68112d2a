namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The explicit stack of the expression walks. Its slots are structs: storing an <see cref="Expr"/> (a class
/// with subclasses) into an <c>Expr[]</c> costs a covariant type check per push, which was 4–5 % of a NuttX
/// resolve in the Native AOT profile (<c>TypeCast.StelemRef</c> under <c>Stack&lt;Expr&gt;.Push</c>).
/// </summary>
internal sealed class ExprStack
{
    private Slot[] _slots = new Slot[16];

    public int Count { get; private set; }

    public void Push(Expr expr)
    {
        if (Count == _slots.Length)
        {
            System.Array.Resize(ref _slots, Count * 2);
        }

        _slots[Count++] = new Slot(expr);
    }

    /// <summary>Empties the stack, keeping its capacity for the next walk.</summary>
    public void Clear()
    {
        System.Array.Clear(_slots, 0, Count);
        Count = 0;
    }

    public Expr Peek() => _slots[Count - 1].Expr;

    public Expr Pop()
    {
        var expr = _slots[--Count].Expr;
        _slots[Count] = default;
        return expr;
    }

    private readonly struct Slot
    {
        public Slot(Expr expr) => Expr = expr;

        public Expr Expr { get; }
    }
}
