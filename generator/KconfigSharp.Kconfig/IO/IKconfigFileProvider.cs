namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// Serves the text of Kconfig files to the parser. The generator's provider serves AdditionalFiles,
/// the CLI's reads the file system; the core itself never touches the disk.
/// </summary>
public interface IKconfigFileProvider
{
    /// <summary>
    /// Reads <paramref name="path"/>, a path as the Kconfig tree names it (normalized, with
    /// <c>/</c> separators, relative to the source tree unless absolute). False when it does not exist.
    /// A provider never reads without a size limit, and throws <see cref="KconfigFileRefusedException"/>
    /// for a path that exists but is a directory, device, FIFO or socket, or is too large.
    /// </summary>
    bool TryReadFile(string path, out string text);
}
