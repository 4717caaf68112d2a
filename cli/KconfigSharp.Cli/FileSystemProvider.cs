using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Cli;

/// <summary>Serves Kconfig paths from the file system, relative to the source tree.</summary>
internal sealed class FileSystemProvider(string sourceTree) : IKconfigFileProvider
{
    public string SourceTree { get; } = Path.GetFullPath(sourceTree);

    public bool TryReadFile(string path, out string text)
    {
        var full = FullPath(path);
        try
        {
            if (File.Exists(full))
            {
                text = File.ReadAllText(full);
                return true;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        text = string.Empty;
        return false;
    }

    public string FullPath(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(SourceTree, path));
}
