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
    /// </summary>
    bool TryReadFile(string path, out string text);
}
