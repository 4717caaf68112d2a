using KconfigSharp.Analyzers.Guards;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>The per-file text pre-check KCONF004 uses before walking a file's syntax.</summary>
public sealed class SourceTextScanTests
{
    private static readonly string[] Words = ["RequiresKconfig", "KconfigGuard", "RK"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1015)]
    [InlineData(1020)]
    [InlineData(4090)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(8190)]
    public void Finds_a_word_at_any_offset_including_across_chunks(int offset)
    {
        var text = new string(' ', offset) + "KconfigGuard" + new string(' ', 50);
        Assert.True(SourceTextScan.MayContainAny(SourceText.From(text), Words));
    }

    [Theory]
    [InlineData("")]
    [InlineData("class C { void M() { } }")]
    [InlineData("Kconfig Guard Requires_Kconfig rk")]
    public void Misses_text_without_a_word(string text) =>
        Assert.False(SourceTextScan.MayContainAny(SourceText.From(text + new string('y', 9000)), Words));

    [Theory]
    [InlineData("[Requires\\u004Bconfig(\"X\")]")]
    [InlineData("[Requires\\U0000004Bconfig(\"X\")]")]
    public void An_escaped_identifier_counts_as_a_possible_word(string text) =>
        Assert.True(SourceTextScan.MayContainAny(SourceText.From(text), Words));
}
