using System.Runtime.CompilerServices;

namespace KconfigSharp.Generator.Tests.Infrastructure;

/// <summary>
/// Pinned generated sources in <c>Snapshots/</c>. Set <c>KCONFIG_UPDATE_SNAPSHOTS=1</c> to rewrite them
/// from the current output (then review the diff), which keeps snapshot tests easy to refresh.
/// </summary>
internal static class Snapshot
{
    public static string Folder([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path))!, "Snapshots");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder(), name));

    public static void Match(string name, string? actual)
    {
        Assert.NotNull(actual);
        var file = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable("KCONFIG_UPDATE_SNAPSHOTS") == "1" || !File.Exists(file))
        {
            File.WriteAllText(file, actual);
            return;
        }

        Assert.Equal(File.ReadAllText(file).Replace("\r\n", "\n"), actual!.Replace("\r\n", "\n"));
    }
}
