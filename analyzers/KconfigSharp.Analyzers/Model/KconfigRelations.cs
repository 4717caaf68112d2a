using System.Collections.Generic;

namespace KconfigSharp.Analyzers.Model;

/// <summary>A flag's parsed relations (<see cref="KconfigFlag"/>): what its metadata texts say, and those that did not parse.</summary>
internal sealed record KconfigRelations(
    KconfigExpression? DependsOn,
    IReadOnlyList<(string Symbol, KconfigExpression? Condition)> SelectedBy,
    IReadOnlyList<(string Symbol, KconfigExpression? Condition)> ImpliedBy,
    IReadOnlyList<UnreadableMetadata> Unreadable);
