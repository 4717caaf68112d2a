using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>What a minikconf clause says about its destination.</summary>
internal enum QemuClauseKind : byte
{
    Assignment,
    DependsOn,
    Select,
    Default,
}

/// <summary>
/// One clause of a QEMU resolve (<see cref="QemuResolver"/>): a struct in a <see cref="QemuClauseTable"/>,
/// not an object per clause (the clause objects were half of a QEMU resolve's bytes). Its number is its
/// position in the table, the order it was added in.
/// </summary>
internal struct QemuClause(QemuClauseKind kind, Symbol destination, bool value, Expr? condition, SourceLocation location, ValueSource source, object? detail = null)
{
    public readonly QemuClauseKind Kind = kind;

    public readonly bool Value = value;

    public readonly Symbol Destination = destination;

    public readonly Expr? Condition = condition;

    public readonly SourceLocation Location = location;

    public readonly ValueSource Source = source;

    /// <summary>The value as written (an assignment's string) or the implying symbol (an imply's default).</summary>
    public readonly object? Detail = detail;

    /// <summary>The destination's variable number.</summary>
    public int Target;

    /// <summary>Processing reached the resolver's <c>Set</c> with this clause (minikconf's list of a variable's clauses).</summary>
    public bool HasSet;
}
