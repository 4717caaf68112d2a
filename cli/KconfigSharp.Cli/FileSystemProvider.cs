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
