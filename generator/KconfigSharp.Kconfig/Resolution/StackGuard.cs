using System.Runtime.CompilerServices;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Guards the recursive walks over expressions and dependency chains (evaluation, printing, clause
/// building): on a pathologically deep input (say 50,000 selects of one symbol, whose reverse
/// dependency is an OR chain that deep) they throw <see cref="System.InsufficientExecutionStackException"/>,
/// which <see cref="KconfigEngine.Resolve"/> turns into a KCONF160 diagnostic, instead of a fatal
/// stack overflow. The check is a cheap stack-pointer comparison.
/// </summary>
internal static class StackGuard
{
    /// <summary>Throws <see cref="System.InsufficientExecutionStackException"/> when the stack is nearly full; returns null otherwise (usable in <c>??</c> chains).</summary>
    public static Model.Tristate? Check()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return null;
    }
}
