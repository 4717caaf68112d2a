using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Kconfig text of the expressions one resolve describes (<c>depends on</c>, select and imply
/// conditions), exactly as <see cref="Expr.ToString"/> writes them. Menu and <c>if</c> dependencies
/// are <c>&amp;&amp;</c> chains shared by every symbol inside them; printing each symbol's tree from
/// scratch re-walked those chains thousands of times. Here a shared <c>&amp;&amp;</c>/<c>||</c> node
/// is printed once when it is met a second time and its text is copied after that. Only the
/// outermost shared node of a walk is kept, so the cache never holds more text than the
/// descriptions themselves. Every text it returns is interned: NuttX's 21,358 <c>depends on</c> texts
/// are 7,614 distinct ones (many symbols of a menu each add the same <c>depends on</c> to the menu's
/// chain, each through its own expression object), and its relation conditions repeat too, so a text
/// is written into the builder and becomes a string only the first time it is met.
/// Iterative: the depth of an expression does not reach the call stack.
/// </summary>
internal sealed class ExprTextCache
{
    // A node's mark (AndExpr/OrExpr.TextMark) from here up is KeptMarks + the slot of its kept text; below it, a
    // cache's id: the node was written by that cache. A slot counts only where this cache's slot holds the node
    // itself, so another cache's slot (or a mark from an earlier cache over the same model) is never read as ours.
    private const int KeptMarks = 1 << 29;
    private static int _lastId;

    // Marks the && / || nodes this cache has written instead of a set of them, and finds a kept text by its slot
    // instead of hashing the node. Two caches over one model at once only lose marks: a node is then printed again.
    private readonly int _id = 1 + (int)((uint)System.Threading.Interlocked.Increment(ref _lastId) % (KeptMarks - 1));
    // Rented on the first kept text, room for about as many as expected (NuttX keeps about one per five symbols), and
    // given back with the interning table when the describer has written its last pending symbol.
    private Expr[] _keptNodes = [];
    private string[] _keptTexts = [];
    private int _keptCount;
    private int _expectedKept = 64;
    private readonly Dictionary<Expr, Expr> _withoutChoiceTerms = new(ReferenceComparer<Expr>.Instance);
    private readonly StringBuilder _builder = new();
    // Made on the first text: a resolve whose symbols are never described pays nothing for them.
    private WordTable? _interned;
    private char[] _scratch = [];
    private readonly Stack<Step> _steps = new();
    private readonly ExprStack _rewrite = new();

    /// <summary>Makes room for the kept texts of <paramref name="descriptions"/> descriptions in all when the first is kept.</summary>
    public void Expect(int descriptions) => _expectedKept = System.Math.Max(_expectedKept, descriptions / 5);

    /// <summary>The text of <paramref name="expr"/>, the same as <see cref="Expr.ToString"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public string Text(Expr expr)
    {
        if (KeptText(expr) is { } cached)
        {
            return cached;
        }

        _builder.Clear();
        var keeping = 0;
        _steps.Push(Step.Write(expr));
        while (_steps.Count > 0)
        {
            var step = _steps.Pop();
            if (step.Literal is { } literal)
            {
                _builder.Append(literal);
            }
            else if (step.Keep is { } finished)
            {
                keeping--;
                Keep(finished, Interned(step.Start, _builder.Length - step.Start));
            }
            else
            {
                keeping += WriteNode(step.Expr!, keeping);
            }
        }

        return Interned(0, _builder.Length);
    }

    /// <summary>
    /// The text of an expression that will be asked for again (a select or imply condition: the source's and the
    /// target's descriptions each list it; a selecting symbol's dependency, the condition of its selects without an
    /// 'if'), kept from its first write so the next ask is a look-up. A node <see cref="Text"/> has not met before is
    /// otherwise written again in full on the second ask, and kept only then.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public string TextAskedAgain(Expr expr)
    {
        var metBefore = IsMarked(expr);
        var text = Text(expr);

        // Met before, Text kept it now (or had it); an && / || node met for the first time is marked now and kept here.
        if (!metBefore && IsMarked(expr))
        {
            Keep(expr, text);
        }

        return text;
    }

    /// <summary>
    /// Gives the interning table and the kept texts' arrays back to the pool once nothing more is expected to be
    /// written (the texts stay valid); a later text starts a new table, and the nodes kept before read as not met
    /// (their slots are past the count), so they are printed again.
    /// </summary>
    public void ReleaseWorkingMemory()
    {
        _interned?.Release();
        _interned = null;
        if (_keptNodes.Length > 0)
        {
            ArrayPool<Expr>.Shared.Return(_keptNodes, clearArray: true);
            ArrayPool<string>.Shared.Return(_keptTexts, clearArray: true);
        }

        (_keptNodes, _keptTexts, _keptCount) = ([], [], 0);
    }

    /// <summary>The builder's text from <paramref name="start"/>, as the one string of that content this cache returns.</summary>
    private string Interned(int start, int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new char[System.Math.Max(System.Math.Max(length, 256), _scratch.Length * 2)];
        }

        _builder.CopyTo(start, _scratch, 0, length);
        return (_interned ??= new WordTable(capacity: 256)).Intern(_scratch, 0, length, TextHash(_scratch, length));
    }

    /// <summary>
    /// A hash of <c>text[0..length]</c> for this cache's own table, four characters a step: dependency texts run to
    /// hundreds of characters, and the word table's per-character hash (made for identifiers) was 15 % of describing.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static int TextHash(char[] text, int length)
    {
        var words = MemoryMarshal.Cast<char, ulong>(new System.ReadOnlySpan<char>(text, 0, length));
        var hash = (ulong)length;
        foreach (var word in words)
        {
            hash = unchecked(((hash << 5) | (hash >> 59)) ^ word) * 0x9E3779B97F4A7C15UL;
        }

        for (var i = words.Length * 4; i < length; i++)
        {
            hash = unchecked(((hash << 5) | (hash >> 59)) ^ text[i]) * 0x9E3779B97F4A7C15UL;
        }

        return unchecked((int)(hash >> 32));
    }

    private static int MarkOf(Expr expr) => expr switch
    {
        AndExpr and => and.TextMark,
        OrExpr or => or.TextMark,
        _ => 0,
    };

    /// <summary>Whether this cache has written <paramref name="expr"/> (an <c>&amp;&amp;</c>/<c>||</c> node) before.</summary>
    private bool IsMarked(Expr expr)
    {
        var mark = MarkOf(expr);
        return mark == _id || KeptText(expr, mark) is not null;
    }

    /// <summary>The text this cache keeps for <paramref name="expr"/>, or null.</summary>
    private string? KeptText(Expr expr) => KeptText(expr, MarkOf(expr));

    private string? KeptText(Expr expr, int mark)
    {
        var slot = mark - KeptMarks;
        return slot >= 0 && slot < _keptCount && ReferenceEquals(_keptNodes[slot], expr) ? _keptTexts[slot] : null;
    }

    /// <summary>Keeps <paramref name="text"/> as the text of <paramref name="expr"/> (an <c>&amp;&amp;</c>/<c>||</c> node), in a slot its mark names.</summary>
    private void Keep(Expr expr, string text)
    {
        var slot = MarkOf(expr) - KeptMarks;
        if (slot < 0 || slot >= _keptCount || !ReferenceEquals(_keptNodes[slot], expr))
        {
            if (_keptCount == _keptNodes.Length)
            {
                var capacity = System.Math.Max(_expectedKept, _keptCount * 2);
                _keptNodes = RentedArray.Grown(_keptNodes, _keptCount, capacity);
                _keptTexts = RentedArray.Grown(_keptTexts, _keptCount, capacity);
            }

            slot = _keptCount++;
            _keptNodes[slot] = expr;
            SetMark(expr, KeptMarks + slot);
        }

        _keptTexts[slot] = text;
    }

    private static void SetMark(Expr expr, int mark)
    {
        if (expr is AndExpr and)
        {
            and.TextMark = mark;
        }
        else
        {
            ((OrExpr)expr).TextMark = mark;
        }
    }

    /// <summary>
    /// <paramref name="expr"/> with every choice term replaced by that choice's own dependencies, so
    /// the text is a plain expression over symbols. The same instance when it holds no choice term
    /// (so shared chains stay shared for <see cref="Text"/>); simplified as <see cref="Expr.And"/>
    /// and <see cref="Expr.Or"/> simplify where something was replaced.
    /// </summary>
    public Expr WithoutChoiceTerms(Expr expr)
    {
        if (!expr.MayChangeWithoutChoiceTerms)
        {
            return expr;
        }

        // Post-order over && / || nodes with an explicit stack: a node is rewritten once both of its
        // operands have a result in _withoutChoiceTerms.
        _rewrite.Push(expr);
        while (_rewrite.Count > 0)
        {
            var node = _rewrite.Peek();
            if (_withoutChoiceTerms.ContainsKey(node))
            {
                _rewrite.Pop();
                continue;
            }

            switch (node)
            {
                case ChoiceExpr choice:
                    var dependency = choice.Choice.DirectDependency;
                    if (!dependency.MayChangeWithoutChoiceTerms)
                    {
                        _withoutChoiceTerms[node] = dependency;
                        _rewrite.Pop();
                    }
                    else if (_withoutChoiceTerms.TryGetValue(dependency, out var rewritten))
                    {
                        _withoutChoiceTerms[node] = rewritten;
                        _rewrite.Pop();
                    }
                    else
                    {
                        _rewrite.Push(dependency);
                    }

                    break;
                case AndExpr and:
                    if (Operands(and.Left, and.Right, out var andLeft, out var andRight))
                    {
                        _withoutChoiceTerms[node] = Unchanged(and.Left, and.Right, andLeft, andRight) ? node : Expr.And(andLeft, andRight);
                        _rewrite.Pop();
                    }

                    break;
                case OrExpr or:
                    if (Operands(or.Left, or.Right, out var orLeft, out var orRight))
                    {
                        _withoutChoiceTerms[node] = Unchanged(or.Left, or.Right, orLeft, orRight) ? node : Expr.Or(orLeft, orRight);
                        _rewrite.Pop();
                    }

                    break;
                default:
                    _withoutChoiceTerms[node] = node;
                    _rewrite.Pop();
                    break;
            }
        }

        return _withoutChoiceTerms[expr];
    }

    /// <summary>Both operands' rewrites when known; otherwise schedules the missing ones and returns false.</summary>
    private bool Operands(Expr left, Expr right, out Expr newLeft, out Expr newRight)
    {
        // Nodes the rewrite cannot change stay as they are and are not stored: most nodes are such.
        newLeft = left;
        newRight = right;
        var hasLeft = !left.MayChangeWithoutChoiceTerms || _withoutChoiceTerms.TryGetValue(left, out newLeft!);
        var hasRight = !right.MayChangeWithoutChoiceTerms || _withoutChoiceTerms.TryGetValue(right, out newRight!);
        if (!hasRight)
        {
            _rewrite.Push(right);
        }

        if (!hasLeft)
        {
            _rewrite.Push(left);
        }

        return hasLeft && hasRight;
    }

    /// <summary>
    /// True when the rebuilt node would print as the original: no operand changed and none is a y/n
    /// constant that <see cref="Expr.And"/>/<see cref="Expr.Or"/> would simplify away.
    /// </summary>
    private static bool Unchanged(Expr left, Expr right, Expr newLeft, Expr newRight) =>
        ReferenceEquals(left, newLeft) && ReferenceEquals(right, newRight) && !IsYesOrNo(left) && !IsYesOrNo(right);

    private static bool IsYesOrNo(Expr expr) => expr.IsConstant("y") || expr.IsConstant("n");

    /// <summary>Writes one node (or schedules its parts); returns 1 when it starts a kept region.</summary>
    private int WriteNode(Expr expr, int keeping)
    {
        string separator;
        Expr left;
        Expr right;
        int mark;
        switch (expr)
        {
            case AndExpr and:
                (separator, left, right, mark) = (" && ", and.Left, and.Right, and.TextMark);
                break;
            case OrExpr or:
                (separator, left, right, mark) = (" || ", or.Left, or.Right, or.TextMark);
                break;
            default:
                expr.Write(_builder);
                return 0;
        }

        if (KeptText(expr, mark) is { } cached)
        {
            _builder.Append(cached);
            return 0;
        }

        var seen = mark == _id;
        SetMark(expr, _id);

        // Met before and not inside a node already being kept: keep this node's text.
        var keep = seen && keeping == 0;
        if (keep)
        {
            _steps.Push(Step.Finish(expr, _builder.Length));
        }

        PushOperand(expr, right);
        _steps.Push(Step.Append(separator));
        PushOperand(expr, left);
        return keep ? 1 : 0;
    }

    /// <summary>The steps of <see cref="Expr.WriteOperand"/>, pushed in reverse.</summary>
    private void PushOperand(Expr parent, Expr operand)
    {
        if (operand.Precedence < parent.Precedence)
        {
            _steps.Push(Step.Append(")"));
            _steps.Push(Step.Write(operand));
            _steps.Push(Step.Append("("));
        }
        else
        {
            _steps.Push(Step.Write(operand));
        }
    }

    /// <summary>One unit of work: write an expression, append a literal, or keep the text written since <see cref="Start"/>.</summary>
    private readonly struct Step
    {
        private Step(Expr? expr, string? literal, Expr? keep, int start)
        {
            Expr = expr;
            Literal = literal;
            Keep = keep;
            Start = start;
        }

        public Expr? Expr { get; }

        public string? Literal { get; }

        public Expr? Keep { get; }

        public int Start { get; }

        public static Step Write(Expr expr) => new(expr, null, null, 0);

        public static Step Append(string literal) => new(null, literal, null, 0);

        public static Step Finish(Expr expr, int start) => new(null, null, expr, start);
    }
}
