using System.Collections.Concurrent;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The <c>[KconfigTable]</c> of a generated class (big trees: its members carry no metadata
/// attributes), decoded once with the core's <see cref="FlagMetadataTable"/>. Each dependency or
/// condition text is parsed once however many members share it.
/// </summary>
internal sealed class FlagTable
{
    private readonly Dictionary<string, FlagMetadataTable.Row> _byMember = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (KconfigExpression? Expression, string? Error)> _parsed = new(System.StringComparer.Ordinal);

    private FlagTable(List<FlagMetadataTable.Row> rows)
    {
        foreach (var row in rows)
        {
            _byMember[row.Member] = row;
        }
    }

    /// <summary>The table on <paramref name="type"/>, or null when it has none (or one that does not decode).</summary>
    public static FlagTable? Of(INamedTypeSymbol type)
    {
        foreach (var (text, _) in KconfigMetadata.StringArguments(type, KconfigMetadata.TableAttribute))
        {
            if (text is not null && FlagMetadataTable.TryRead(text, out var rows))
            {
                return new FlagTable(rows);
            }
        }

        return null;
    }

    /// <summary>The flag <paramref name="member"/> stands for, or null when the table has no row for it.</summary>
    public KconfigFlag? FlagOf(ISymbol member)
    {
        if (!_byMember.TryGetValue(member.Name, out var row))
        {
            return null;
        }

        List<UnreadableMetadata>? unreadable = null;
        KconfigExpression? Read(string attribute, string text)
        {
            var (expression, error) = _parsed.GetOrAdd(text, static t => (KconfigExpressionReader.TryRead(t, out var e), e));
            if (expression is null)
            {
                (unreadable ??= []).Add(new UnreadableMetadata(attribute, text, error ?? "it does not parse"));
            }

            return expression;
        }

        var dependsOn = row.DependsOn is { } text ? Read("KconfigDependsOnAttribute", text) : null;
        var selected = Relations(row.SelectedBy, "KconfigSelectedByAttribute", Read);
        var implied = Relations(row.ImpliedBy, "KconfigImpliedByAttribute", Read);
        return new KconfigFlag(member, row.Name, dependsOn, selected, implied, row.Choice, unreadable);
    }

    private static List<(string, KconfigExpression?)> Relations(IReadOnlyList<FlagMetadataTable.Relation> relations, string attribute, System.Func<string, string, KconfigExpression?> read)
    {
        var result = new List<(string, KconfigExpression?)>(relations.Count);
        foreach (var relation in relations)
        {
            KconfigExpression? condition = null;
            if (relation.Condition is { } text && (condition = read(attribute, text)) is null)
            {
                // An unreadable condition must not turn a conditional relation into an unconditional one.
                continue;
            }

            result.Add((relation.Symbol, condition));
        }

        return result;
    }
}
