using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Cli;

/// <summary>Serves Kconfig paths from the file system, relative to the source tree.</summary>
internal sealed class FileSystemProvider(string sourceTree) : IKconfigFileProvider, IKconfigGlobProvider
{
    /// <summary>Bounds the directory walk of one glob, so a pattern over a huge tree cannot hang.</summary>
    private const int MaxGlobCandidates = 100_000;

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
