using KconfigSharp.Generator.Tests.Infrastructure;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// <c>FeatureFlags.Symbols</c> is one encoded string decoded on first use (issue 13): every row reads
/// back exactly, escapes, several definition sites and renamed members included, in every docs mode.
/// </summary>
public sealed class SymbolsTableTests
{
    private static readonly List<InMemoryAdditionalText> Files =
    [
        new("/src/Kconfig",
            "config TEXT\n\tstring \"Text\"\n\tdefault \"back\\\\slash, comma: colon \\\"quoted\\\"\"\n\n"
            + "config COUNT\n\tint \"Count\"\n\tdefault -3\n\n"
            + "config MASK\n\thex \"Mask\"\n\tdefault 0x1F\n\n"
            + "config KVM\n\ttristate \"KVM\"\n\tdefault m\n\n" // m reads y: the tree has no MODULES
            + "config TWICE\n\tbool \"first\"\n\n"
            + "config TAB\n\tstring \"Tab\"\n\n"
            + "source \"sub/Kconfig\"\n"),
        new("/src/sub/Kconfig", "config TWICE\n\tbool \"second\"\n\tdefault y\n\nconfig SYMBOLS\n\tbool \"collides with Symbols\"\n\tdefault UNDEFINED\n"),
        new("/src/.config", "CONFIG_TAB=\"tab\there\"\n"),
    ];

    [Theory]
    [InlineData("full")]
    [InlineData("brief")]
    [InlineData("none")]
    public void Every_row_reads_back_exactly(string docs)
    {
        var (output, diagnostics, _) = GeneratorHarness.Run(Files, new() { ["RootNamespace"] = "App", ["KconfigDocs"] = docs });
        Assert.DoesNotContain(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        var rows = new List<string>();
        foreach (var row in (System.Collections.IEnumerable)GeneratorHarness.Load(output).GetType("App.FeatureFlags")!.GetProperty("Symbols")!.GetValue(null)!)
        {
            string Get(string property) => (string)row.GetType().GetProperty(property)!.GetValue(row)!;
            rows.Add($"{Get("Name")}|{Get("MemberName")}|{Get("Type")}|{Get("Value")}|{Get("DefinedAt")}");
        }

        Assert.Equal(
            [
                "TEXT|Text|string|back\\slash, comma: colon \"quoted\"|Kconfig:1",
                "COUNT|Count|int|-3|Kconfig:5",
                "MASK|Mask|hex|0x1F|Kconfig:9",
                "KVM|Kvm|tristate|y|Kconfig:13",
                "TWICE|Twice|bool|y|Kconfig:17, sub/Kconfig:1",
                "TAB|Tab|string|tab\there|Kconfig:20",
                "SYMBOLS|SYMBOLS|bool|n|sub/Kconfig:5",
                "UNDEFINED|Undefined|bool|n|",
            ],
            rows);
    }
}
