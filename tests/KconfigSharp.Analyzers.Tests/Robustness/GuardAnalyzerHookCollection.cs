namespace KconfigSharp.Analyzers.Tests.Robustness;

/// <summary>
/// Tests that set the static <see cref="Guards.GuardAnalyzer.OnAnalyzeBlock"/> hook run one at a time
/// (xunit runs collections in parallel; a hook set by one would see the blocks of another).
/// </summary>
[CollectionDefinition(Name)]
public sealed class GuardAnalyzerHookCollection
{
    public const string Name = "GuardAnalyzer.OnAnalyzeBlock";
}
