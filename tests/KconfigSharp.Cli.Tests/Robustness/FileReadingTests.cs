using System.Text;

namespace KconfigSharp.Cli.Tests.Robustness;

/// <summary>
/// The CLI reads each Kconfig file in one exact-size read and decodes it itself (issue 12): the text
/// must be what <see cref="StreamReader"/> with byte-order-mark detection made of the same bytes.
/// </summary>
public sealed class FileReadingTests
{
    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "plain UTF-8", Encoding.UTF8.GetBytes("config A\n\tbool \"ä ✓\"\n") },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("config A\n")] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("config Ä\n")] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("config B\n")] },
        { "UTF-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("config C\n")] },
        { "invalid UTF-8", [0x63, 0xC3, 0x28, 0xFF, 0xE2, 0x82, 0x0A, 0xF0, 0x9F, 0x98] },
        { "empty", [] },
        { "one byte", [0xEF] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_file_reads_as_StreamReader_with_BOM_detection_reads_it(string name, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kconfigsharp-read-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            var expected = reader.ReadToEnd();

            var text = FileSystemProvider.ReadText(name, path);

            Assert.Equal(expected, text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decoding_into_the_parser_buffer_gives_the_same_text(string name, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kconfigsharp-read-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, bytes);
        try
        {
            var provider = new FileSystemProvider(Path.GetDirectoryName(path)!);
            var buffer = new Kconfig.IO.KconfigFileBuffer();
            buffer.SetText(new string('x', 300));

            Assert.True(provider.TryReadFile(Path.GetFileName(path), buffer));

            Assert.Equal(FileSystemProvider.ReadText(name, path), buffer.AsSpan().ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_larger_than_one_read_buffer_is_read_whole()
    {
        var content = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"config S{i}\n"));
        var path = Path.Combine(Path.GetTempPath(), $"kconfigsharp-read-{Guid.NewGuid():N}");
        File.WriteAllText(path, content);
        try
        {
            Assert.Equal(content, FileSystemProvider.ReadText("big", path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
