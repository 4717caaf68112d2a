using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// Reads Kconfig paths from a source tree on disk (what the CLI does), optionally recording every path
/// served so the floors read exactly the files the parser read.
/// </summary>
internal sealed class DiskFileProvider(string sourceTree, List<string>? record = null) : IKconfigFileProvider
{
    public string SourceTree { get; } = Path.GetFullPath(sourceTree);

    public bool TryReadFile(string path, out string text)
    {
        var fullPath = Path.IsPathRooted(path) ? path : Path.Combine(SourceTree, path);
        if (!File.Exists(fullPath))
        {
            text = string.Empty;
            return false;
        }

        text = File.ReadAllText(fullPath);
        record?.Add(KconfigPath.Normalize(path));
        return true;
    }
}
