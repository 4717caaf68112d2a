using KconfigSharp.Tests;
using Xunit.Abstractions;

namespace KconfigSharp.EndToEnd.Tests;

/// <summary>
/// The adoption path of a new user: a fresh console project with only a PackageReference to
/// KconfigSharp and the seed as AdditionalFiles; and the <c>kconfig</c> tool installed from the feed.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageConsumerTests(PackedFeedFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = fixture.PackagesFolder,
    };

    [DotnetFact]
    public void A_fresh_project_referencing_the_package_compiles_FeatureFlags_and_gets_KCONF001_for_an_unguarded_read()
    {
        var app = fixture.NewSeedConsumer("app", "E2eApp");
        output.WriteLine($"packed {fixture.Version} in {fixture.PackDuration.TotalSeconds:F1}s");
        const int unguardedLine = PackedFeedFixture.SeedConsumerUnguardedLine;

        var build = Dotnet.Run(Dotnet.HostPath!, ["build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal"],
            app, ConsumerEnvironment, Timeout);
        output.WriteLine(build.ToString());

        Assert.True(build.ExitCode == 0, $"the consumer did not build\n{build}");
        Assert.True(File.Exists(Path.Combine(app, "bin", "Debug", "net10.0", "E2eApp.dll")), "no E2eApp.dll");
        Assert.Matches(@$"Program\.cs\({unguardedLine},\d+\): warning KCONF001", build.Stdout);
        Assert.DoesNotMatch(@$"Program\.cs\([1-7],\d+\): warning KCONF001", build.Stdout);
        // The analyzers loaded (CS8032 = an analyzer could not be created) and the gate passed.
        Assert.DoesNotContain("CS8032", build.Stdout);
        Assert.DoesNotContain("KCONF203", build.Stdout);
        // Nothing of the package reaches the output: it is a development dependency without lib/.
        Assert.False(File.Exists(Path.Combine(app, "bin", "Debug", "net10.0", "KconfigSharp.Generator.dll")));
    }

    [DotnetFact]
    public void The_package_ships_every_diagnostic_page_that_a_help_link_names()
    {
        // Help links end in docs/diagnostics/KCONFnnn.md (HelpLinks); the package must carry the same pages,
        // byte for byte, so they can be read offline from the NuGet cache (issue 18, item 12).
        var package = Path.Combine(fixture.Feed, $"KconfigSharp.{fixture.Version}.nupkg");
        using var archive = System.IO.Compression.ZipFile.OpenRead(package);
        var packed = archive.Entries
            .Where(e => e.FullName.StartsWith("docs/diagnostics/", StringComparison.Ordinal))
            .ToDictionary(e => e.Name, e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            });

        var pages = Directory.GetFiles(Path.Combine(fixture.RepoRoot, "docs", "diagnostics"), "KCONF*.md");
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var name = Path.GetFileName(page);
            Assert.True(packed.TryGetValue(name, out var text), $"{name} is not in {Path.GetFileName(package)} under docs/diagnostics/");
            Assert.Equal(File.ReadAllText(page), text);
        }

        // Every ID the analyzers and the generator track in their release files has a page in the package ...
        var releaseFiles = Directory.GetFiles(fixture.RepoRoot, "AnalyzerReleases.*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var released = releaseFiles
            .SelectMany(File.ReadAllLines)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^(KCONF\d{3})\s*\|"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();
        Assert.Contains("KCONF001", released);
        Assert.Contains("KCONF201", released);

        // ... and so does every ID the README's diagnostics table names (the Kconfig-file diagnostics).
        var readme = File.ReadAllText(Path.Combine(fixture.RepoRoot, "README.md"));
        released.AddRange(System.Text.RegularExpressions.Regex.Matches(readme, @"\bKCONF\d{3}\b").Select(m => m.Value));
        Assert.Contains("KCONF110", released);
        foreach (var id in released)
        {
            Assert.True(packed.ContainsKey(id + ".md"), $"{id} is released but {id}.md is not in the package");
        }
    }

    [DotnetFact]
    public void The_kconfig_tool_installs_from_the_feed_and_checks_the_seed()
    {
        var feed = fixture.Feed;
        output.WriteLine($"packed {fixture.Version} in {fixture.PackDuration.TotalSeconds:F1}s");
        var tools = Path.Combine(fixture.Root, "tools");

        var install = Dotnet.Run(Dotnet.HostPath!,
            ["tool", "install", "KconfigSharp.Cli", "--tool-path", tools, "--add-source", feed, "--version", fixture.Version],
            fixture.Root, ConsumerEnvironment, Timeout);
        output.WriteLine(install.ToString());
        Assert.True(install.ExitCode == 0, $"the tool did not install\n{install}");

        var kconfig = Path.Combine(tools, OperatingSystem.IsWindows() ? "kconfig.exe" : "kconfig");
        Assert.True(File.Exists(kconfig), $"no `kconfig` command in {tools}");
        var runtime = new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot() };

        // On a platform with a RID-specific package the command is the Native AOT executable itself: it
        // comes from KconfigSharp.Cli.<RID>, and no managed assembly or runtimeconfig.json sits beside
        // it (an apphost or the dotnet shim could not start without them).
        var installed = new FileInfo(kconfig).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? kconfig;
        var folder = Path.GetDirectoryName(installed)!;
        output.WriteLine($"installed command: {installed}");
        if (PackedFeedFixture.ToolRuntimeIdentifier != "any")
        {
            Assert.Contains($"kconfigsharp.cli.{PackedFeedFixture.ToolRuntimeIdentifier}", installed, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(Directory.EnumerateFiles(folder, "*.dll"));
            Assert.Empty(Directory.EnumerateFiles(folder, "*.runtimeconfig.json"));
            // And it starts with no .NET runtime to find.
            runtime = new Dictionary<string, string> { ["DOTNET_ROOT"] = Path.Combine(fixture.Root, "no-dotnet-here") };
        }

        var version = Dotnet.Run(kconfig, ["--version"], fixture.Root, runtime, Timeout);
        Assert.True(version.ExitCode == 0, $"kconfig --version failed\n{version}");
        // The assembly's informational version (PackageVersion leaves the assemblies alone).
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout.Trim());

        var check = Dotnet.Run(kconfig, ["check", fixture.SeedKconfig, "--dialect", "qemu"], fixture.Root, runtime, Timeout);
        output.WriteLine(check.ToString());
        Assert.True(check.ExitCode == 0, $"kconfig check failed\n{check}");
        // The seed references three symbols it does not define: warnings in MSBuild's canonical form.
        Assert.Matches(@"Kconfig\.host\(\d+,\d+\): warning KCONF\d+", check.Stderr);

        var resolve = Dotnet.Run(kconfig, ["resolve", fixture.SeedKconfig, "--dialect", "qemu", "--values", fixture.SeedValues],
            fixture.Root, runtime, Timeout);
        output.WriteLine(resolve.ToString());
        Assert.True(resolve.ExitCode == 0, $"kconfig resolve failed\n{resolve}");
        Assert.Contains("CONFIG_MULTIPROCESS_ALLOWED=y", resolve.Stdout);
    }

    [TmuxFact]
    public void The_installed_tool_runs_menuconfig_in_a_terminal()
    {
        // The Native AOT tool leaves Terminal.Gui's start-up configuration to menuconfig itself (so other
        // commands do not pay for it, issue 12): this drives that build, as installed, in a real terminal.
        Assert.True(Dotnet.HostPath is not null, "the `dotnet` executable is not on PATH; this test packs and installs the tool with it");
        var tools = Path.Combine(fixture.Root, "tools-menuconfig");
        var install = Dotnet.Run(Dotnet.HostPath!,
            ["tool", "install", "KconfigSharp.Cli", "--tool-path", tools, "--add-source", fixture.Feed, "--version", fixture.Version],
            fixture.Root, ConsumerEnvironment, Timeout);
        Assert.True(install.ExitCode == 0, $"the tool did not install\n{install}");
        var kconfig = Path.Combine(tools, OperatingSystem.IsWindows() ? "kconfig.exe" : "kconfig");

        var tree = Path.Combine(fixture.Root, "menuconfig-tree");
        Directory.CreateDirectory(tree);
        File.WriteAllText(Path.Combine(tree, "Kconfig"), """
            mainmenu "Installed tool"

            config NET
            	bool "Networking support"

            config NET_IPV6
            	bool "IPv6 protocol"
            	depends on NET
            """);
        var environment = PackedFeedFixture.ToolRuntimeIdentifier == "any" ? $"DOTNET_ROOT='{DotnetRoot()}' " : string.Empty;
        using var terminal = new TmuxSession(tree, $"{environment}'{kconfig}' menuconfig Kconfig; echo menuconfig-exited-$?; sleep 60");

        var first = terminal.WaitFor("(Top) Installed tool", seconds: 60);
        Assert.Contains("Networking support", first);
        Assert.DoesNotContain("IPv6 protocol", first);
        terminal.Send("y", literal: true);
        terminal.WaitFor("IPv6 protocol (NEW)");
        terminal.Send("S", literal: true);
        terminal.WaitFor("Save configuration");
        terminal.Send("Enter");
        terminal.WaitFor("Configuration saved to '.config'");
        terminal.Send("Enter");
        terminal.Send("Q", literal: true);
        terminal.WaitFor("menuconfig-exited-0");

        Assert.Equal("CONFIG_NET=y\n# CONFIG_NET_IPV6 is not set\n", File.ReadAllText(Path.Combine(tree, ".config")));
    }

    private static string DotnetRoot()
    {
        var host = new FileInfo(Dotnet.HostPath!);
        var target = host.ResolveLinkTarget(returnFinalTarget: true) ?? host;
        return Path.GetDirectoryName(target.FullName)!;
    }
}
