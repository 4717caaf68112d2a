using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// The <c>[KconfigTable]</c> of a generated class (big trees: its members carry no metadata
/// attributes), decoded once per table text with the core's <see cref="FlagMetadataTable"/>. A flag's relations are
/// parsed when first asked for (a build whose code reads no flag parses none of NuttX's 9,000 texts),
/// and each dependency or condition text once however many members share it.
/// </summary>
internal sealed class FlagTable
{
    /// <summary>The folder Roslyn puts the KconfigSharp generator's sources in (assembly name, then generator type).</summary>
    private const string GeneratorOutputFolder = "KconfigSharp.Generator.KconfigGenerator";

    // Decoded tables by their text (the same string instance while the generated tree is unchanged): an
    // IDE builds a new compilation per edit, and each would otherwise decode and parse the table again.
    // What is kept holds no symbol, only the rows and the parsed texts.
    private static readonly ConditionalWeakTable<string, Decoded> DecodedTables = new();

    private readonly Decoded _decoded;

    private FlagTable(Decoded decoded, bool isGeneratorOutput)
    {
        _decoded = decoded;
        IsGeneratorOutput = isGeneratorOutput;
    }

    /// <summary>
    /// Whether the table is the KconfigSharp generator's own output (or compiled into a referenced
    /// assembly): its texts were printed by the core from parsed expressions, so they parse, and KCONF000
    /// need not check them. A table someone wrote or edited is checked.
    /// </summary>
    public bool IsGeneratorOutput { get; }

    /// <summary>The table on <paramref name="type"/>, or null when it has none (or one that does not decode).</summary>
    public static FlagTable? Of(INamedTypeSymbol type)
    {
        foreach (var (text, attribute) in KconfigMetadata.StringArguments(type, KconfigMetadata.TableAttribute))
        {
            if (text is not null && DecodedTables.GetValue(text, static t => new Decoded(t)) is { ByMember: not null } decoded)
            {
                return new FlagTable(decoded, IsWrittenByGenerator(attribute.ApplicationSyntaxReference));
            }
        }

        return null;
    }

    /// <summary>Whether the attribute is written in the generator's <c>FeatureFlags.g.cs</c> (or comes from metadata, already compiled).</summary>
    private static bool IsWrittenByGenerator(SyntaxReference? application)
    {
        if (application is null)
        {
            return true;
        }

        var path = application.SyntaxTree.FilePath;
        var file = path.Length - FeatureFlagsWriter.HintName.Length;
        var folder = file - 1 - GeneratorOutputFolder.Length;
        return folder > 0
            && path.EndsWith(FeatureFlagsWriter.HintName, System.StringComparison.Ordinal)
            && path[file - 1] is ('/' or '\\')
            && string.CompareOrdinal(path, folder, GeneratorOutputFolder, 0, GeneratorOutputFolder.Length) == 0
            && path[folder - 1] is ('/' or '\\');
    }

    /// <summary>The flag <paramref name="member"/> stands for (relations parsed on first use), or null when the table has no row for it.</summary>
    public KconfigFlag? FlagOf(ISymbol member) =>
        _decoded.ByMember!.TryGetValue(member.Name, out var row) ? new KconfigFlag(member, row.Name, row.Choice, () => Relations(row)) : null;

    private KconfigRelations Relations(FlagMetadataTable.Row row)
    {
        List<UnreadableMetadata>? unreadable = null;
        KconfigExpression? Read(string attribute, string text)
        {
            var (expression, error) = _decoded.Parsed.GetOrAdd(text, static t => (KconfigExpressionReader.TryRead(t, out var e), e));
            if (expression is null)
            {
                (unreadable ??= []).Add(new UnreadableMetadata(attribute, text, error ?? "it does not parse"));
            }

            return expression;
        }

        var dependsOn = row.DependsOn is { } text ? Read("KconfigDependsOnAttribute", text) : null;
        var selected = Relations(row.SelectedBy, "KconfigSelectedByAttribute", Read);
        var implied = Relations(row.ImpliedBy, "KconfigImpliedByAttribute", Read);
        return new KconfigRelations(dependsOn, selected, implied, unreadable ?? (IReadOnlyList<UnreadableMetadata>)System.Array.Empty<UnreadableMetadata>());
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

    /// <summary>A table's rows by member (null when the text is not a table), and its texts as parsed so far.</summary>
    private sealed class Decoded
    {
        public Decoded(string text)
        {
            if (FlagMetadataTable.TryRead(text, out var rows))
            {
                ByMember = new Dictionary<string, FlagMetadataTable.Row>(rows.Count, System.StringComparer.Ordinal);
                foreach (var row in rows)
                {
                    ByMember[row.Member] = row;
                }
            }
        }

        public Dictionary<string, FlagMetadataTable.Row>? ByMember { get; }

        public ConcurrentDictionary<string, (KconfigExpression? Expression, string? Error)> Parsed { get; } = new(System.StringComparer.Ordinal);
    }
}
