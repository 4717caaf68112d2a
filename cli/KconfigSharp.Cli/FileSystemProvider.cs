using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Cli;

/// <summary>Serves Kconfig paths from the file system, relative to the source tree.</summary>
internal sealed class FileSystemProvider(string sourceTree) : IKconfigFileProvider, IKconfigGlobProvider
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
        var full = FullPath(path);
        text = string.Empty;
        try
        {
            var kind = FileKind.Probe(full, out var size);
            if (kind == FileKind.Kind.Missing)
            {
                return false;
            }

            text = ReadText(path, full, kind, size);
            return true;
        }
        catch (IOException exception) when (exception is not KconfigFileRefusedException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return false;
    }

    /// <summary>
    /// The text of <paramref name="full"/> (named <paramref name="path"/> in messages), read with a
    /// size limit; a directory, device, FIFO or socket is refused before it is opened.
    /// </summary>
    /// <exception cref="KconfigFileRefusedException">Not a regular file, or larger than <see cref="MaxFileBytes"/>.</exception>
    public static string ReadText(string path, string full)
    {
        var kind = FileKind.Probe(full, out var size);
        return ReadText(path, full, kind, size);
    }

    // One stat, open, one exact-size read and close per file (a NuttX tree reads 858 files; `File.Exists`,
    // `FileStream` and a read to a zero-byte end made it 11 system calls each). File locking is off for
    // the whole tool (System.IO.DisableFileLocking in the project): Kconfig tools do not lock.
    private static string ReadText(string path, string full, FileKind.Kind kind, long size)
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
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent((int)expected + 1);
        try
        {
            var count = 0;
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
                    break;
                }

                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(bytes.Length * 2L, MaxFileBytes + 1));
                Buffer.BlockCopy(bytes, 0, larger, 0, count);
                System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
                bytes = larger;
            }

            return Decode(bytes, count);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// The text of a file's bytes as <see cref="StreamReader"/> with byte-order-mark detection reads
    /// it: UTF-8 (BOM skipped, invalid bytes as U+FFFD) unless a UTF-16/UTF-32 BOM says otherwise.
    /// </summary>
    internal static string Decode(byte[] bytes, int count)
    {
        var hasUtf8Bom = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var hasOtherBom = count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) || (count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF));
        if (!hasOtherBom)
        {
            return hasUtf8Bom ? Utf8.GetString(bytes, 3, count - 3) : Utf8.GetString(bytes, 0, count);
        }

        using var reader = new StreamReader(new MemoryStream(bytes, 0, count, writable: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
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
