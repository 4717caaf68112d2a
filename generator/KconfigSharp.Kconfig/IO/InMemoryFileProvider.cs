using System.Collections.Generic;

namespace KconfigSharp.Kconfig.IO;

/// <summary>A file provider over a dictionary of path to text (tests, the generator's AdditionalFiles).</summary>
public sealed class InMemoryFileProvider : IKconfigFileProvider, IKconfigGlobProvider
{
    private readonly Dictionary<string, string> _files = new(System.StringComparer.Ordinal);

    public InMemoryFileProvider()
    {
    }

    public InMemoryFileProvider(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var file in files)
        {
            Add(file.Key, file.Value);
        }
    }

    public InMemoryFileProvider Add(string path, string text)
    {
        _files[KconfigPath.Normalize(path)] = text;
        return this;
    }

    public bool TryReadFile(string path, out string text) =>
        _files.TryGetValue(KconfigPath.Normalize(path), out text!);

    /// <inheritdoc />
    public IReadOnlyList<string> Glob(string pattern)
    {
        var normalized = KconfigPath.Normalize(pattern);
        var matches = new List<string>();
        foreach (var path in _files.Keys)
        {
            if (KconfigGlob.IsMatch(normalized, path))
            {
                matches.Add(path);
            }
        }

        return matches;
    }
}
