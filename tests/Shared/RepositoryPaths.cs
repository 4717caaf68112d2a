namespace KconfigSharp.Tests;

/// <summary>
/// Finds files of this repository at run time (walking up from the test binaries to the folder that
/// holds <c>KconfigSharp.slnx</c>); <c>[CallerFilePath]</c> is no use here because CI builds map
/// source paths to <c>/_/</c>.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KconfigSharp.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"KconfigSharp.slnx not found above {AppContext.BaseDirectory}");
    }
}
