using System.Diagnostics;

namespace KconfigSharp.EndToEnd.Tests;

/// <summary>
/// Packs <c>KconfigSharp</c> and <c>KconfigSharp.Cli</c> once into a temporary local feed, under a
/// version no cache can hold (<c>1.0.0-e2e.&lt;UTC timestamp&gt;</c>), and deletes everything afterwards.
/// Consumers restore into their own packages folder inside the same temporary directory.
/// </summary>
public sealed class PackedFeedFixture : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private readonly Lazy<string> _feed;

    public PackedFeedFixture()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), $"kconfigsharp-e2e-{Guid.NewGuid():N}");
        Version = $"1.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";
        PackagesFolder = Path.Combine(Root, "packages");
        _feed = new Lazy<string>(Pack, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The checkout: the folder that holds KconfigSharp.slnx.</summary>
    public string RepoRoot { get; }

    /// <summary>The temporary directory that holds the feed, the consumer and its packages folder.</summary>
    public string Root { get; }

    /// <summary>The version both packages are packed with.</summary>
    public string Version { get; }

    /// <summary>The consumers' NuGet global packages folder (empty at start: no stale cache hits).</summary>
    public string PackagesFolder { get; }

    /// <summary>The RIDs the CLI project lists in <c>ToolPackageRuntimeIdentifiers</c> besides <c>any</c>.</summary>
    public static IReadOnlyList<string> NativeToolRuntimeIdentifiers { get; } = ["linux-x64", "linux-arm64", "osx-arm64", "win-x64"];

    /// <summary>
    /// The RID whose tool package this machine gets: its own when the CLI ships a Native AOT package for it
    /// (<c>ToolPackageRuntimeIdentifiers</c>), else <c>any</c>, the framework-dependent fallback.
    /// </summary>
    public static string ToolRuntimeIdentifier { get; } =
        NativeToolRuntimeIdentifiers.Contains(System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier)
            ? System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier
            : "any";

    /// <summary>What packing took, for the test log.</summary>
    public TimeSpan PackDuration { get; private set; }

    /// <summary>The local feed with both packages; packs on first use.</summary>
    public string Feed => _feed.Value;

    /// <summary>The seed: QEMU's Kconfig.host as the sample app uses it.</summary>
    public string SeedKconfig => Path.Combine(RepoRoot, "sample-app", "Kconfig.host");

    /// <summary>The seed's values file.</summary>
    public string SeedValues => Path.Combine(RepoRoot, "sample-app", "config-host.mak");

    /// <summary>
    /// A new folder under <see cref="Root"/> whose builds see the feed and nothing above the temporary folder (no
    /// Directory.Build.*, no central package versions; the machine's default NuGet sources stay).
    /// </summary>
    public string NewConsumerFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- The machine's default source(s) stay; the local feed is added. -->
                <add key="kconfigsharp-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    /// <summary>The line of <see cref="NewSeedConsumer"/>'s Program.cs that reads an implied flag unguarded (KCONF001).</summary>
    public const int SeedConsumerUnguardedLine = 8;

    /// <summary>
    /// A new user's console project (<see cref="NewConsumerFolder"/>): a PackageReference to KconfigSharp, the seed as
    /// AdditionalFiles, and a Program.cs that reads an implied flag once guarded and once not.
    /// </summary>
    public string NewSeedConsumer(string name, string rootNamespace)
    {
        var app = NewConsumerFolder(name);
        File.Copy(SeedKconfig, Path.Combine(app, "Kconfig.host"), overwrite: true);
        File.Copy(SeedValues, Path.Combine(app, "config-host.mak"), overwrite: true);
        File.WriteAllText(Path.Combine(app, rootNamespace + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>{rootNamespace}</RootNamespace>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <KconfigDialect>qemu</KconfigDialect>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KconfigSharp" Version="{Version}" PrivateAssets="all" />
                <AdditionalFiles Include="Kconfig.host" />
                <AdditionalFiles Include="config-host.mak" KconfigRole="values" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), $$"""
            using {{rootNamespace}};

            if (FeatureFlags.MultiprocessAllowed)
            {
                Console.WriteLine(FeatureFlags.Multiprocess);
            }

            Console.WriteLine(FeatureFlags.Multiprocess);
            """);
        return app;
    }

    private string Pack()
    {
        var feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(feed);
        var stopwatch = Stopwatch.StartNew();

        // One `dotnet pack` over a throw-away solution of the two packable projects: one restore, one
        // evaluation, one build graph. Debug: under `dotnet test` the assemblies are already built and
        // up to date. PackageVersion (not Version) leaves the assemblies, and so their build, alone.
        var solution = Path.Combine(Root, "pack.slnx");
        string Relative(params string[] parts) =>
            Path.GetRelativePath(Root, Path.Combine([RepoRoot, .. parts])).Replace('\\', '/');
        File.WriteAllText(solution, $"""
            <Solution>
              <Project Path="{Relative("packaging", "KconfigSharp.Package", "KconfigSharp.Package.csproj")}" />
              <Project Path="{Relative("cli", "KconfigSharp.Cli", "KconfigSharp.Cli.csproj")}" />
            </Solution>
            """);
        var result = Dotnet.Run(Dotnet.HostPath!,
            ["pack", solution, "-c", "Debug", "-o", feed, $"-p:PackageVersion={Version}",
             "--disable-build-servers", "-nodeReuse:false"],
            RepoRoot, new Dictionary<string, string>(), PackTimeout);
        Assert.True(result.ExitCode == 0, $"packing failed\n{result}");

        // The tool is RID-specific (.NET 10): the solution pack above wrote its pointer package; add the
        // framework-dependent fallback and this machine's Native AOT package, as packaging/pack-tool.sh does.
        var cli = Path.Combine(RepoRoot, "cli", "KconfigSharp.Cli", "KconfigSharp.Cli.csproj");
        foreach (var rid in new[] { "any", ToolRuntimeIdentifier }.Distinct())
        {
            var ridPack = Dotnet.Run(Dotnet.HostPath!,
                ["pack", cli, "-c", "Debug", "-r", rid, "-o", feed, $"-p:PackageVersion={Version}",
                 "--disable-build-servers", "-nodeReuse:false"],
                RepoRoot, new Dictionary<string, string>(), PackTimeout);
            Assert.True(ridPack.ExitCode == 0, $"packing the {rid} tool package failed\n{ridPack}");
            Assert.True(File.Exists(Path.Combine(feed, $"KconfigSharp.Cli.{rid}.{Version}.nupkg")), $"no KconfigSharp.Cli.{rid}.{Version}.nupkg in {feed}");
        }

        PackDuration = stopwatch.Elapsed;
        Assert.True(File.Exists(Path.Combine(feed, $"KconfigSharp.{Version}.nupkg")), $"no KconfigSharp.{Version}.nupkg in {feed}");
        Assert.True(File.Exists(Path.Combine(feed, $"KconfigSharp.Cli.{Version}.nupkg")), $"no KconfigSharp.Cli.{Version}.nupkg in {feed}");
        return feed;
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KconfigSharp.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds KconfigSharp.slnx");
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open by a lingering process; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
