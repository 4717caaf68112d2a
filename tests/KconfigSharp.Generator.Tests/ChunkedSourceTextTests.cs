using System.Text;
using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// The generated source goes to <c>AddSource</c> as the emitter's chunks (issue 13), not as a string: the
/// compiler must see the same text as <c>SourceText.From(string, UTF-8)</c> gave it before, down to the
/// checksum a PDB records.
/// </summary>
public sealed class ChunkedSourceTextTests
{
    [Theory]
    [InlineData(FeatureFlagsDocs.Full)]
    [InlineData(FeatureFlagsDocs.Brief)]
    [InlineData(FeatureFlagsDocs.None)]
    public void Reads_as_the_string_source_did(FeatureFlagsDocs docs)
    {
        // Enough symbols for several 16,384-character chunks in every docs mode.
        var kconfig = new StringBuilder();
        for (var i = 0; i < 600; i++)
        {
            kconfig.Append("config SYMBOL_").Append(i).Append("\n\tbool \"Symbol number ").Append(i).Append(" & <more>\"\n\tdefault y\n\tdepends on SYMBOL_")
                .Append(i / 2).Append("\n\thelp\n\t  Help for ").Append(i).Append(".\n\n");
        }

        var model = KconfigParser.Parse("Kconfig", new InMemoryFileProvider(new Dictionary<string, string> { ["Kconfig"] = kconfig.ToString() }), new KconfigParseOptions());
        var configuration = KconfigEngine.Resolve(model, []);
        var options = FeatureFlagsOptions.Default with { Docs = docs };
        var chunked = new ChunkedSourceText(FeatureFlagsWriter.WriteText(configuration, options));
        var plain = SourceText.From(FeatureFlagsWriter.Write(configuration, options), Encoding.UTF8);

        Assert.True(chunked.Length > 3 * 16_384, $"only {chunked.Length} characters");
        Assert.Equal(plain.ToString(), chunked.ToString());
        Assert.True(chunked.ContentEquals(plain));
        Assert.Equal(plain.Lines.Count, chunked.Lines.Count);
        Assert.Equal(Convert.ToHexString(plain.GetChecksum().AsSpan()), Convert.ToHexString(chunked.GetChecksum().AsSpan()));
        Assert.Equal(plain.ChecksumAlgorithm, chunked.ChecksumAlgorithm);
        Assert.Equal(plain.Encoding, chunked.Encoding);
        var span = new TextSpan(16_380, 20);
        Assert.Equal(plain.ToString(span), chunked.ToString(span));
    }
}
