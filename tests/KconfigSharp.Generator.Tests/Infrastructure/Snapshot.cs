using KconfigSharp.Tests;

namespace KconfigSharp.Generator.Tests.Infrastructure;

/// <summary>
/// Pinned generated sources in <c>Snapshots/</c>. Set <c>KCONFIG_UPDATE_SNAPSHOTS=1</c> to rewrite them
/// from the current output (then review the diff), which keeps snapshot tests easy to refresh.
/// </summary>
internal static class Snapshot
{
    public static string Folder() => RepositoryPaths.PathOf("tests", "KconfigSharp.Generator.Tests", "Snapshots");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder(), name));

    public static void Match(string name, string? actual)
    {
        Assert.NotNull(actual);
        var file = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable("KCONFIG_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(file, actual);
            return;
        }

        Assert.True(File.Exists(file), $"snapshot {name} is missing; run with KCONFIG_UPDATE_SNAPSHOTS=1 to create it, then review it");

        Assert.Equal(File.ReadAllText(file).Replace("\r\n", "\n"), actual!.Replace("\r\n", "\n"));
    }
}
