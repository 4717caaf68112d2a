using System.Collections.Generic;

namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// A file provider over texts held in memory (the generator's AdditionalFiles, tests), with globbing.
/// Files are stored under their full paths; with a source tree, the paths the Kconfig tree names
/// (relative ones) are looked up under it, and glob matches come back in the same relative form.
/// </summary>
public sealed class InMemoryFileProvider : IKconfigFileProvider, IKconfigGlobProvider
{
    private readonly Dictionary<string, string> _files = new(System.StringComparer.Ordinal);

    /// <summary>An empty provider whose paths are used as given.</summary>
    public InMemoryFileProvider()
        : this(string.Empty)
    {
    }

    /// <summary>A provider holding <paramref name="files"/> (path to text), paths used as given.</summary>
    public InMemoryFileProvider(IEnumerable<KeyValuePair<string, string>> files)
        : this(string.Empty, files)
    {
    }

    /// <summary>
    /// A provider holding <paramref name="files"/> (full path to text) for a tree rooted at
    /// <paramref name="sourceTree"/>: relative Kconfig paths resolve under it.
    /// </summary>
    public InMemoryFileProvider(string sourceTree, IEnumerable<KeyValuePair<string, string>>? files = null)
    {
        SourceTree = KconfigPath.Normalize(sourceTree);
        foreach (var file in files ?? [])
        {
            Add(file.Key, file.Value);
        }
    }

    /// <summary>The folder relative paths are resolved against (empty: none).</summary>
    public string SourceTree { get; }

    /// <summary>Adds (or replaces) the file at <paramref name="path"/>; returns this provider.</summary>
    public InMemoryFileProvider Add(string path, string text)
    {
        var key = KconfigPath.Normalize(path);
        if (_files.TryGetValue(key, out var replaced))
        {
            TextLength -= replaced.Length;
        }

        _files[key] = text;
        TextLength += text.Length;
        return this;
    }

    /// <summary>Characters held in all files: the parser sizes its tables from it.</summary>
    internal long TextLength { get; private set; }

    /// <inheritdoc />
    public bool TryReadFile(string path, out string text) =>
        _files.TryGetValue(FullPath(path), out text!);

    /// <summary>The stored path of a path as the Kconfig tree names it.</summary>
    public string FullPath(string path) => KconfigPath.Combine(SourceTree, path);

    /// <summary>The path as the tree names it: relative to the source tree when inside it, else as stored.</summary>
    public string TreePath(string fullPath)
    {
        var normalized = KconfigPath.Normalize(fullPath);
        if (SourceTree.Length == 0)
        {
            return normalized;
        }

        var prefix = SourceTree.TrimEnd('/') + "/";
        return normalized.StartsWith(prefix, System.StringComparison.Ordinal) ? normalized.Substring(prefix.Length) : normalized;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Glob(string pattern)
    {
        var full = FullPath(pattern);
        var relative = !pattern.StartsWith("/", System.StringComparison.Ordinal);
        var matches = new List<string>();
        foreach (var path in _files.Keys)
        {
            if (KconfigGlob.IsMatch(full, path))
            {
                matches.Add(relative ? TreePath(path) : path);
            }
        }

        return matches;
    }
}
