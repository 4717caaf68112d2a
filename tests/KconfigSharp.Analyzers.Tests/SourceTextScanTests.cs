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

    /// <summary>Words whose first characters fall in each part of the first-character set (below 64, 64–127, beyond ASCII).</summary>
    [Theory]
    [InlineData("_flag", true)]
    [InlineData("1st", true)]
    [InlineData("\u00E9t\u00E9", true)]
    [InlineData("zeta", true)]
    [InlineData("flag 1s t \u00E9 Zeta", false)]
    public void Finds_words_whatever_their_first_character(string text, bool found)
    {
        string[] words = ["_flag", "1st", "\u00E9t\u00E9", "zeta"];
        Assert.Equal(found, SourceTextScan.MayContainAny(SourceText.From("x " + text + " y"), words));
    }

    [Fact]
    public void Looks_only_inside_the_span()
    {
        var text = SourceText.From("KconfigGuard " + new string(' ', 3000) + " RequiresKconfig");
        Assert.False(SourceTextScan.MayContainAny(text, new TextSpan(5, 3000), Words));
        Assert.True(SourceTextScan.MayContainAny(text, new TextSpan(0, 12), Words));
        Assert.True(SourceTextScan.MayContainAny(text, new TextSpan(3000, text.Length - 3000), Words));
        Assert.False(SourceTextScan.MayContainAny(text, new TextSpan(0, 11), Words));
    }

    /// <summary>Every start of a word or escape, in order, with none lost at a chunk boundary (a word across it, one in the overlap).</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1013)]
    [InlineData(1020)]
    [InlineData(1023)]
    [InlineData(2040)]
    public void Lists_every_position_in_order(int offset)
    {
        var text = new string(' ', offset) + "RK{KconfigGuard?" + new string(' ', 30) + "x\\u0041" + new string(' ', 1100) + "RequiresKconfig";
        var positions = new List<int> { -1 };
        SourceTextScan.AddPositions(SourceText.From(text), new TextSpan(0, text.Length), [.. Words, "{", "?"], positions);

        int[] expected = [-1, offset, offset + 2, offset + 3, offset + 15, offset + 47, text.Length - "RequiresKconfig".Length];
        Assert.Equal(expected, positions.Distinct());
    }

    [Fact]
    public void Lists_positions_only_inside_the_span()
    {
        var text = SourceText.From("RK " + new string(' ', 3000) + " RK");
        var positions = new List<int>();
        SourceTextScan.AddPositions(text, new TextSpan(1, 3000), Words, positions);
        Assert.Empty(positions);
    }
}
