using System.Collections.Generic;
using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// Serves Kconfig paths (relative to the source tree) from the AdditionalFiles; the generator never
/// reads the disk. Records which files were asked for but missing, to suggest the glob to add.
/// </summary>
internal sealed class AdditionalFilesProvider : IKconfigFileProvider
{
    private readonly Dictionary<string, string> _byFullPath = new(System.StringComparer.Ordinal);
    private readonly string _sourceTree;

    public AdditionalFilesProvider(string sourceTree, IEnumerable<InputFile> files)
    {
        _sourceTree = KconfigPath.Normalize(sourceTree);
        foreach (var file in files)
        {
            _byFullPath[KconfigPath.Normalize(file.Path)] = file.Text;
        }
    }

    public bool TryReadFile(string path, out string text) => _byFullPath.TryGetValue(FullPath(path), out text!);

    /// <summary>The absolute path of a path as the Kconfig tree names it.</summary>
    public string FullPath(string path) => KconfigPath.Combine(_sourceTree, path);

    /// <summary>The path as the tree names it: relative to the source tree when inside it.</summary>
    public string TreePath(string fullPath)
    {
        var normalized = KconfigPath.Normalize(fullPath);
        var prefix = _sourceTree.TrimEnd('/') + "/";
        return normalized.StartsWith(prefix, System.StringComparison.Ordinal) ? normalized.Substring(prefix.Length) : normalized;
    }
}
