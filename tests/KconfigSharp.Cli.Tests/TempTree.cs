namespace KconfigSharp.Cli.Tests;

/// <summary>A throw-away folder of small Kconfig and values files for one test.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), $"kconfig-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in files)
        {
            Add(path, text);
        }
    }

    public string Root { get; }

    public string this[string path] => Path.Combine(Root, path);

    public string Add(string path, string text)
    {
        var full = this[path];
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
