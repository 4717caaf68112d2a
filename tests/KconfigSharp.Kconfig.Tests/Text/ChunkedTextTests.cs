using System.Globalization;
using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Text;

/// <summary>
/// The emitter's chunked text (issue 13: the generated source is handed to the compiler in its chunks)
/// holds exactly what a <see cref="StringBuilder"/> would, across chunk boundaries, and compares by content.
/// </summary>
public sealed class ChunkedTextTests
{
    /// <summary>One append: a character, a string, a slice, a repeated character, a number or a hex number.</summary>
    private sealed record Piece(int Kind, string Text, long Number, int Repeat)
    {
        public void To(ChunkedTextBuilder chunked, StringBuilder plain)
        {
            switch (Kind)
            {
                case 0:
                    chunked.Append(Text.Length > 0 ? Text[0] : 'x');
                    plain.Append(Text.Length > 0 ? Text[0] : 'x');
                    break;
                case 1:
                    chunked.Append(Text);
                    plain.Append(Text);
                    break;
                case 2:
                    var start = Text.Length / 3;
                    chunked.Append(Text, start, Text.Length - start);
                    plain.Append(Text, start, Text.Length - start);
                    break;
                case 3:
                    chunked.Append(' ', Repeat);
                    plain.Append(' ', Repeat);
                    break;
                case 4:
                    chunked.Append(Number);
                    plain.Append(Number.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    chunked.AppendHex((ulong)Number);
                    plain.Append(((ulong)Number).ToString("X", CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    // Long strings and repeats cross the 16,384-character chunks, and the first chunk's growth of a short text;
    // long ASCII strings make chunks kept as bytes, any other character chunks kept as chars, mixed in one text.
    private static readonly Gen<Piece> APiece = Gen.Select(
        Gen.Int[0, 5],
        Gen.OneOf(Gen.String[0, 40], Gen.Char.Array[20_000, 40_000].Select(c => new string(c)), Gen.Char['\0', '\x7f'].Array[20_000, 40_000].Select(c => new string(c))),
        Gen.OneOf(Gen.Long, Gen.Long[0, 100], Gen.Const(long.MinValue), Gen.Const(long.MaxValue)),
        Gen.Int[0, 20_000],
        (kind, text, number, repeat) => new Piece(kind, text, number, repeat));

    private static (ChunkedText Text, string Expected) Build(Piece[] pieces, int expectedLength)
    {
        var chunked = new ChunkedTextBuilder(expectedLength);
        var plain = new StringBuilder();
        foreach (var piece in pieces)
        {
            piece.To(chunked, plain);
        }

        Assert.Equal(plain.Length, chunked.Length);
        Assert.Equal(plain.ToString(), chunked.ToString());
        return (chunked.ToText(), plain.ToString());
    }

    [Fact]
    public void Holds_what_a_StringBuilder_holds() =>
        Gen.Select(APiece.Array[0, 8], Gen.OneOf(Gen.Const(0), Gen.Int[0, 100_000])).Sample((pieces, expectedLength) =>
        {
            var (text, expected) = Build(pieces, expectedLength);
            Assert.Equal(expected.Length, text.Length);
            Assert.Equal(expected, text.ToString());
            using var writer = new StringWriter();
            text.WriteTo(writer);
            Assert.Equal(expected, writer.ToString());
            for (var i = 0; i < expected.Length; i += 997)
            {
                Assert.Equal(expected[i], text[i]);
            }
        }, iter: 60);

    [Fact]
    public void Copies_any_range_across_chunks() =>
        Gen.Select(Gen.Int[0, 50_000], Gen.Int[0, 50_000], Gen.Int[0, 50_000]).Sample((length, a, b) =>
        {
            var source = new string(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))).ToArray());
            var text = new ChunkedTextBuilder().Append(source).ToText();
            var start = Math.Min(a, length);
            var count = Math.Min(b, length - start);
            var destination = new char[count + 2];
            text.CopyTo(start, destination, 1, count);
            Assert.Equal(source.Substring(start, count), new string(destination, 1, count));
            Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(start, destination, 0, length - start + 1));
        }, iter: 40);

    [Fact]
    public void Compares_by_content_whatever_the_chunk_sizes() =>
        Gen.Select(APiece.Array[0, 6], Gen.Int[0, 100_000]).Sample((pieces, expectedLength) =>
        {
            var (first, expected) = Build(pieces, 0);
            var (second, _) = Build(pieces, expectedLength);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            var changed = new ChunkedTextBuilder().Append(expected).Append('!').ToText();
            Assert.NotEqual(first, changed);
            if (expected.Length > 0)
            {
                var chars = expected.ToCharArray();
                chars[chars.Length - 1] = chars[chars.Length - 1] == 'a' ? 'b' : 'a';
                Assert.NotEqual(first, new ChunkedTextBuilder().Append(new string(chars)).ToText());
            }
        }, iter: 40);

    [Fact]
    public void Keeps_a_character_above_ascii_wherever_it_falls_in_an_otherwise_ascii_text() =>
        Gen.Select(Gen.Int[1, 50_000], Gen.Int[0, 49_999], Gen.Char['\x80', '\uffff']).Sample((length, at, special) =>
        {
            var chars = Enumerable.Range(0, length).Select(i => (char)(' ' + (i % 95))).ToArray();
            var ascii = new ChunkedTextBuilder().Append(new string(chars)).ToText();
            chars[at % length] = special;
            var expected = new string(chars);
            var text = new ChunkedTextBuilder().Append(expected).ToText();
            Assert.Equal(expected, text.ToString());
            Assert.Equal(special, text[at % length]);
            var destination = new char[length];
            text.CopyTo(0, destination, 0, length);
            Assert.Equal(expected, new string(destination));
            Assert.NotEqual(ascii, text);
            Assert.NotEqual(text, ascii);
            Assert.Equal(text, new ChunkedTextBuilder(length).Append(expected).ToText());
        }, iter: 40);
}
