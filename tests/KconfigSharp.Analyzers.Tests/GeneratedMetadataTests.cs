using KconfigSharp.Analyzers.Model;
using KconfigSharp.Kconfig.Writers.CSharp;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Tests;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// Every relation the generator writes for real trees reads back with the analyzers' reader: nothing
/// the generator emits is lost to the guard analysis.
/// </summary>
public sealed class GeneratedMetadataTests
{
    private static readonly string[] RelationAttributes = ["KconfigDependsOn", "KconfigSelectedBy", "KconfigImpliedBy", "KconfigChoice"];

    private static string Generate(string corpus, KconfigParseOptions options, FeatureFlagsDocs docs = FeatureFlagsDocs.Full)
    {
        var root = SharedData.PathOf("corpus", corpus);
        var files = new InMemoryFileProvider(Directory.EnumerateFiles(root, "Kconfig*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText));
        var model = KconfigParser.Parse("Kconfig", files, options);
        // Full docs write every text as a literal, which this syntax-level check reads; the compact form of
        // big trees carries the same attribute values (Generator.Tests' DocsOptionTests).
        return FeatureFlagsWriter.Write(KconfigEngine.Resolve(model, []), FeatureFlagsOptions.Default with { Docs = docs });
    }

    /// <summary>(attribute, argument text) for every string argument of the relation attributes.</summary>
    private static List<(string Attribute, string Text)> RelationArguments(string source)
    {
        var result = new List<(string, string)>();
        foreach (var attribute in CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<AttributeSyntax>())
        {
            var name = attribute.Name.ToString().Replace("global::KconfigSharp.", string.Empty, StringComparison.Ordinal);
            if (!RelationAttributes.Contains(name) || attribute.ArgumentList is null)
            {
                continue;
            }

            var arguments = attribute.ArgumentList.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Expression is LiteralExpressionSyntax literal && literal.Token.Value is string text)
                {
                    result.Add((i == 0 ? name : name + " condition", text));
                }
            }
        }

        return result;
    }

    /// <summary>(attribute, argument text) for every relation in the class's <c>[KconfigTable]</c> (big trees' form).</summary>
    private static List<(string Attribute, string Text)> TableArguments(string source)
    {
        var table = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<AttributeSyntax>()
            .Single(a => a.Name.ToString().EndsWith("KconfigTable", StringComparison.Ordinal));
        var text = (string)((LiteralExpressionSyntax)table.ArgumentList!.Arguments[0].Expression).Token.Value!;
        Assert.True(FlagMetadataTable.TryRead(text, out var rows));
        var result = new List<(string, string)>();
        foreach (var row in rows)
        {
            if (row.DependsOn is { } dependsOn)
            {
                result.Add(("KconfigDependsOn", dependsOn));
            }

            foreach (var (kind, relations) in new[] { ("KconfigSelectedBy", row.SelectedBy), ("KconfigImpliedBy", row.ImpliedBy) })
            {
                foreach (var relation in relations)
                {
                    result.Add((kind, relation.Symbol));
                    if (relation.Condition is { } condition)
                    {
                        result.Add((kind + " condition", condition));
                    }
                }
            }

            if (row.Choice is { } choice)
            {
                result.Add(("KconfigChoice", choice));
            }
        }

        return result;
    }

    /// <summary>
    /// How the analyzers read each argument (<see cref="KconfigFlag.TryCreate"/>): a dependency or condition
    /// is an expression; a selector or implier is one symbol; a choice is a name.
    /// </summary>
    private static string? Problem(string attribute, string text)
    {
        if (attribute == "KconfigChoice")
        {
            return text.Length > 0 ? null : "empty choice name";
        }

        var expression = KconfigExpressionReader.TryRead(text, out var error);
        if (expression is null)
        {
            return error;
        }

        return attribute is "KconfigSelectedBy" or "KconfigImpliedBy" && expression.Kind != KconfigExpressionKind.Symbol
            ? "not a symbol name"
            : null;
    }

    private static void AssertAllRead(string source) => AssertAllRead(RelationArguments(source));

    private static void AssertAllRead(List<(string Attribute, string Text)> arguments)
    {
        var failures = arguments
            .Select(a => (a.Attribute, a.Text, Problem: Problem(a.Attribute, a.Text)))
            .Where(a => a.Problem is not null)
            .Select(a => $"[{a.Attribute}: \"{a.Text}\"]: {a.Problem}")
            .ToList();

        Assert.True(arguments.Count > 500, $"only {arguments.Count} relation arguments found");
        Assert.Empty(failures);
    }

    [SharedDataFact]
    public void Every_relation_of_the_generated_QEMU_flags_reads_back() =>
        AssertAllRead(Generate("qemu", new KconfigParseOptions { Dialect = KconfigDialect.Qemu }));

    [SharedDataFact]
    public void Every_relation_of_the_generated_NuttX_flags_reads_back() =>
        AssertAllRead(Generate("nuttx", new KconfigParseOptions
        {
            Macros = new Dictionary<string, string>
            {
                ["BINDIR"] = "_stubs/BINDIR",
                ["APPSBINDIR"] = "_stubs/APPSBINDIR",
                ["EXTERNALDIR"] = "_stubs/EXTERNALDIR",
                ["APPSDIR"] = "../apps",
            },
        }));

    [SharedDataFact]
    public void The_compact_NuttX_table_carries_every_relation_of_the_full_form_and_each_reads_back()
    {
        var options = new KconfigParseOptions { Macros = NuttXMacros };
        var full = RelationArguments(Generate("nuttx", options));
        var table = TableArguments(Generate("nuttx", options, FeatureFlagsDocs.Brief));
        Assert.Equal(full.Order(), table.Order());
        AssertAllRead(table);
    }

    private static readonly Dictionary<string, string> NuttXMacros = new()
    {
        ["BINDIR"] = "_stubs/BINDIR",
        ["APPSBINDIR"] = "_stubs/APPSBINDIR",
        ["EXTERNALDIR"] = "_stubs/EXTERNALDIR",
        ["APPSDIR"] = "../apps",
    };
}
