using System;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Flow;

/// <summary>
/// Thrown when an input is past a limit the guard analysis checks before descending (a condition nested
/// deeper than <see cref="ConditionTranslator.MaxDepth"/>): the member is skipped with KCONF000 at
/// <see cref="Location"/> instead of a stack overflow that would kill the compiler.
/// </summary>
internal sealed class GuardAnalysisLimitException : Exception
{
    public GuardAnalysisLimitException(string message, SyntaxNode? at = null)
        : base(message)
    {
        At = at;
    }

    /// <summary>The syntax the limit was hit in (the whole condition), or null while it is being unwound.</summary>
    public SyntaxNode? At { get; }
}
