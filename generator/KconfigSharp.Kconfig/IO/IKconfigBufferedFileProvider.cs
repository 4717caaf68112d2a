namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// Optional capability of an <see cref="IKconfigFileProvider"/>: writing a file's text into a buffer
/// the parser reuses, instead of returning a string the parser would only lex and drop. The CLI decodes
/// each file's UTF-8 straight into it (NuttX: 8.6 MB of strings per run less). The parser keeps
/// nothing of the buffer: what the model holds is interned from it as strings.
/// </summary>
public interface IKconfigBufferedFileProvider : IKconfigFileProvider
{
    /// <summary>
    /// Reads <paramref name="path"/> (as <see cref="IKconfigFileProvider.TryReadFile"/> names it) into
    /// <paramref name="buffer"/>; false when it does not exist. Same limits and refusals as
    /// <see cref="IKconfigFileProvider.TryReadFile"/>.
    /// </summary>
    bool TryReadFile(string path, KconfigFileBuffer buffer);
}
