using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Kconfig.Tests;

/// <summary>Reads a folder of the shared corpus (test-only; the product's providers live elsewhere).</summary>
internal sealed class DirectoryProvider(string root) : IKconfigFileProvider
{
    public bool TryReadFile(string path, out string text)
    {
        var full = Path.Combine(root, path);
        if (File.Exists(full))
        {
            text = File.ReadAllText(full);
            return true;
        }

        text = string.Empty;
        return false;
    }
}
