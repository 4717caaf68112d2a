using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// How <see cref="FeatureFlagsWriter"/> spells repeated text. Full docs keep the readable long form;
/// brief and none (the big-tree defaults) use an alias for <c>global::KconfigSharp</c> and name each
/// dependency or condition text used more than once as a constant in a nested class, which the
/// analyzers read through the attribute's constant value like a literal (issue 13: NuttX's
/// dependencies repeat for every symbol of a menu).
/// </summary>
internal sealed class CompactSpelling
{
    /// <summary>The nested class holding shared texts and the <c>Symbols</c> row factory.</summary>
    public const string TextClass = "KconfigText";

    private const string Alias = "KS";

    private readonly Dictionary<string, string> _shared = new(System.StringComparer.Ordinal);
    private readonly List<string> _sharedTexts = [];

    private CompactSpelling(bool compact) => IsCompact = compact;

    public bool IsCompact { get; }

    /// <summary>The prefix of KconfigSharp's types: <c>global::KconfigSharp.</c> or the alias.</summary>
    public string Types => IsCompact ? Alias + "::" : "global::KconfigSharp.";

    public static CompactSpelling For(FeatureFlagsDocs docs, List<(ResolvedSymbol Symbol, string Member)> members)
    {
        var spelling = new CompactSpelling(docs != FeatureFlagsDocs.Full);
        if (!spelling.IsCompact)
        {
            return spelling;
        }

        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var (symbol, _) in members)
        {
            Count(counts, symbol.ChoiceName);
            foreach (var location in symbol.DefinedAt)
            {
                Count(counts, location.File);
            }

            Count(counts, symbol.DependsOn);
            foreach (var relation in symbol.SelectedBy)
            {
                Count(counts, relation.Condition);
            }

            foreach (var relation in symbol.ImpliedBy)
            {
                Count(counts, relation.Condition);
            }
        }

        foreach (var (symbol, _) in members)
        {
            spelling.Share(counts, symbol.ChoiceName);
            foreach (var location in symbol.DefinedAt)
            {
                spelling.Share(counts, location.File);
            }

            spelling.Share(counts, symbol.DependsOn);
            foreach (var relation in symbol.SelectedBy)
            {
                spelling.Share(counts, relation.Condition);
            }

            foreach (var relation in symbol.ImpliedBy)
            {
                spelling.Share(counts, relation.Condition);
            }
        }

        return spelling;
    }

    /// <summary>The alias line, written where usings may go (file start or namespace start).</summary>
    public void WriteAlias(IndentedWriter writer)
    {
        if (IsCompact)
        {
            writer.Line($"using {Alias} = global::KconfigSharp;");
        }
    }

    /// <summary>A string argument: the shared constant's name, or the quoted literal.</summary>
    public string Text(string value) =>
        IsCompact && _shared.TryGetValue(value, out var name) ? TextClass + "." + name : FeatureFlagsWriter.Quote(value);

    /// <summary>One <c>Symbols</c> row; compact rows pass a single definition site as file and line.</summary>
    public string SymbolInfoRow(string name, string member, string type, string value, EquatableArray<SourceLocation> definedAt)
    {
        var head = $"{FeatureFlagsWriter.Quote(name)}, {FeatureFlagsWriter.Quote(member)}, {FeatureFlagsWriter.Quote(type)}, {FeatureFlagsWriter.Quote(value)}";
        if (IsCompact && definedAt.Count == 1)
        {
            return $"{TextClass}.Row({head}, {Text(definedAt[0].File)}, {definedAt[0].Line.ToString(CultureInfo.InvariantCulture)})";
        }

        var sites = FeatureFlagsWriter.Quote(string.Join(", ", definedAt.Select(l => l.ToString())));
        return IsCompact ? $"{TextClass}.Row({head}, {sites})" : $"new global::KconfigSharp.KconfigSymbolInfo({head}, {sites})";
    }

    /// <summary>The nested class with the shared texts and the row factory (compact form only).</summary>
    public void WriteTextClass(IndentedWriter writer)
    {
        if (!IsCompact)
        {
            return;
        }

        writer.Line();
        writer.Line("/// <summary>Texts shared by several attributes above, and the factory of <c>Symbols</c> rows.</summary>");
        writer.OpenBlock($"private static class {TextClass}");
        for (var i = 0; i < _sharedTexts.Count; i++)
        {
            writer.Line($"internal const string T{i.ToString(CultureInfo.InvariantCulture)} = {FeatureFlagsWriter.Quote(_sharedTexts[i])};");
        }

        writer.Line($"internal static {Types}KconfigSymbolInfo Row(string name, string member, string type, string value, string definedAt) => new(name, member, type, value, definedAt);");
        writer.Line($"internal static {Types}KconfigSymbolInfo Row(string name, string member, string type, string value, string file, int line) => new(name, member, type, value, file + \":\" + line.ToString(global::System.Globalization.CultureInfo.InvariantCulture));");
        writer.CloseBlock();
    }

    private static void Count(Dictionary<string, int> counts, string? text)
    {
        if (text is not null)
        {
            counts[text] = counts.TryGetValue(text, out var count) ? count + 1 : 1;
        }
    }

    private void Share(Dictionary<string, int> counts, string? text)
    {
        // Naming a text costs its constant line; worth it only when it repeats and is not tiny.
        if (text is null || text.Length < 8 || counts[text] < 2 || _shared.ContainsKey(text))
        {
            return;
        }

        _shared[text] = "T" + _sharedTexts.Count.ToString(CultureInfo.InvariantCulture);
        _sharedTexts.Add(text);
    }
}
