using System.Buffers;
using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Cli;

/// <summary>Serves Kconfig paths from the file system, relative to the source tree.</summary>
internal sealed class FileSystemProvider(string sourceTree) : IKconfigBufferedFileProvider, IKconfigGlobProvider
{
    /// <summary>Bounds the directory walk of one glob, so a pattern over a huge tree cannot hang.</summary>
    private const int MaxGlobCandidates = 100_000;

    public string SourceTree { get; } = Path.GetFullPath(sourceTree);

    /// <summary>
    /// Largest file read, in bytes: four times the core's character limit (the most UTF-8 can take),
    /// so the core's own check decides and a huge or endless file is never read to its end.
    /// </summary>
    public const long MaxFileBytes = 4L * 16 * 1024 * 1024;

    public bool TryReadFile(string path, out string text)
    {
        text = string.Empty;
        var bytes = TryReadBytes(path, out var count);
        if (bytes is null)
        {
            return false;
        }

        try
        {
            text = Decode(bytes, count);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The parser's way in: the file's UTF-8 decoded straight into its reused buffer, no string per file.</summary>
    public bool TryReadFile(string path, KconfigFileBuffer buffer)
    {
        var bytes = TryReadBytes(path, out var count);
        if (bytes is null)
        {
            return false;
        }

        try
        {
            DecodeInto(bytes, count, buffer);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // The file's bytes in a pooled array the caller returns; null when missing, unreadable or gone.
    // A refused file throws.
    private byte[]? TryReadBytes(string path, out int count)
    {
        var full = FullPath(path);
        count = 0;
        try
        {
            var kind = FileKind.Probe(full, out var size);
            return kind == FileKind.Kind.Missing ? null : ReadBytes(path, full, kind, size, out count);
        }
        catch (IOException exception) when (exception is not KconfigFileRefusedException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    /// <summary>
    /// The text of <paramref name="full"/> (named <paramref name="path"/> in messages), read with a
    /// size limit; a directory, device, FIFO or socket is refused before it is opened.
    /// </summary>
    /// <exception cref="KconfigFileRefusedException">Not a regular file, or larger than <see cref="MaxFileBytes"/>.</exception>
    public static string ReadText(string path, string full)
    {
        var kind = FileKind.Probe(full, out var size);
        var bytes = ReadBytes(path, full, kind, size, out var count);
        try
        {
            return Decode(bytes, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // One stat, open, one exact-size read and close per file (a NuttX tree reads 858 files; `File.Exists`,
    // `FileStream` and a read to a zero-byte end made it 11 system calls each). File locking is off for
    // the whole tool (System.IO.DisableFileLocking in the project): Kconfig tools do not lock.
    // Returns a pooled array holding the file's `count` bytes, which the caller returns to the pool.
    private static byte[] ReadBytes(string path, string full, FileKind.Kind kind, long size, out int count)
    {
        switch (kind)
        {
            case FileKind.Kind.Directory:
                throw new KconfigFileRefusedException(path, "is a directory, not a file");
            case FileKind.Kind.Other:
                throw new KconfigFileRefusedException(path, "is not a regular file (a device, FIFO or socket)");
        }

        using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var expected = Math.Min(size >= 0 ? size : RandomAccess.GetLength(handle), MaxFileBytes);
        var bytes = ArrayPool<byte>.Shared.Rent((int)expected + 1);
        count = 0;
        try
        {
            while (true)
            {
                var requested = bytes.Length - count;
                var read = RandomAccess.Read(handle, bytes.AsSpan(count, requested), count);
                count += read;
                if (count > MaxFileBytes)
                {
                    throw new KconfigFileRefusedException(path, $"is larger than the limit of {MaxFileBytes} bytes", isSizeLimit: true);
                }

                // A regular file reads short only at its end; a file that grew since the stat fills the buffer.
                if (read < requested)
                {
                    return bytes;
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(bytes.Length * 2L, MaxFileBytes + 1));
                Buffer.BlockCopy(bytes, 0, larger, 0, count);
                ArrayPool<byte>.Shared.Return(bytes);
                bytes = larger;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
    }

    /// <summary>
    /// The text of a file's bytes as <see cref="StreamReader"/> with byte-order-mark detection reads
    /// it: UTF-8 (BOM skipped, invalid bytes as U+FFFD) unless a UTF-16/UTF-32 BOM says otherwise.
    /// </summary>
    internal static string Decode(byte[] bytes, int count)
    {
        var utf8Start = Utf8Start(bytes, count);
        if (utf8Start >= 0)
        {
            return Utf8.GetString(bytes, utf8Start, count - utf8Start);
        }

        using var reader = new StreamReader(new MemoryStream(bytes, 0, count, writable: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The same text as <see cref="Decode"/>, written into <paramref name="buffer"/>.</summary>
    internal static void DecodeInto(byte[] bytes, int count, KconfigFileBuffer buffer)
    {
        var utf8Start = Utf8Start(bytes, count);
        if (utf8Start < 0)
        {
            buffer.SetText(Decode(bytes, count));
            return;
        }

        var chars = buffer.Reserve(Utf8.GetMaxCharCount(count - utf8Start));
        buffer.SetLength(Utf8.GetChars(bytes, utf8Start, count - utf8Start, chars, 0));
    }

    /// <summary>Where the UTF-8 text starts (3 after a UTF-8 byte-order mark, else 0); -1 when a UTF-16/UTF-32 mark says it is not UTF-8.</summary>
    private static int Utf8Start(byte[] bytes, int count)
    {
        var hasOtherBom = count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) || (count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF));
        if (hasOtherBom)
        {
            return -1;
        }

        return count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Files under the source tree matching a Kconfiglib-style pattern (<c>source "arch/*/Kconfig"</c>).</summary>
    public IReadOnlyList<string> Glob(string pattern)
    {
        var normalized = KconfigPath.Normalize(pattern);
        var rooted = Path.IsPathRooted(normalized);
        var full = FullPath(normalized).Replace('\\', '/');
        var firstWildcard = full.IndexOfAny(['*', '?', '[']);
        var baseDirectory = firstWildcard < 0 ? Path.GetDirectoryName(full) : full[..(full.LastIndexOf('/', firstWildcard) + 1)];
        var matches = new List<string>();
        if (string.IsNullOrEmpty(baseDirectory) || !Directory.Exists(baseDirectory))
        {
            return matches;
        }

        try
        {
            var seen = 0;
            foreach (var file in Directory.EnumerateFiles(baseDirectory, "*", SearchOption.AllDirectories))
            {
                if (++seen > MaxGlobCandidates)
                {
                    break;
                }

                var candidate = file.Replace('\\', '/');
                if (KconfigGlob.IsMatch(full, candidate))
                {
                    matches.Add(rooted ? candidate : TreePath(candidate));
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return matches;
    }

    public string FullPath(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(SourceTree, path));

    /// <summary>
    /// The path the tree uses for a file given on the command line: relative to the source tree when
    /// inside it (so diagnostics and <c>definedAt</c> read as the tree names files), else absolute.
    /// </summary>
    public string TreePath(string fullPath)
    {
        var relative = Path.GetRelativePath(SourceTree, fullPath);
        var inside = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (inside ? relative : fullPath).Replace('\\', '/');
    }
}
