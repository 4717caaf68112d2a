using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace KconfigSharp.EndToEnd.Tests;

/// <summary>
/// The package's ReadyToRun copies (docs/architecture.md, "ReadyToRun copies"): what is packed, which copy a build
/// hands the compiler, and that the compiler then runs their precompiled code instead of JIT-compiling ours.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ReadyToRunConsumerTests(PackedFeedFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private static readonly string[] Assemblies = ["KconfigSharp.Analyzers", "KconfigSharp.CodeFixes", "KconfigSharp.Generator", "KconfigSharp.Kconfig"];

    /// <summary>The assemblies with copies (KconfigSharpReadyToRunAssemblies); the core and the generator ship as IL only.</summary>
    private static readonly string[] Precompiled = ["KconfigSharp.Analyzers", "KconfigSharp.CodeFixes"];

    /// <summary>The RIDs the package ships copies for (KconfigSharpReadyToRunRuntimeIdentifiers).</summary>
    private static readonly string[] ShippedRuntimeIdentifiers = ["linux-x64"];

    private static bool HostHasCopies => ShippedRuntimeIdentifiers.Contains(RuntimeInformation.RuntimeIdentifier);

    [DotnetFact]
    public void The_package_ships_ReadyToRun_copies_of_the_IL_assemblies_with_the_same_identity()
    {
        using var package = ZipFile.OpenRead(Path.Combine(fixture.Feed, $"KconfigSharp.{fixture.Version}.nupkg"));
        var copies = package.Entries.Where(e => e.FullName.StartsWith("readytorun/", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
        Assert.Equal(
            ShippedRuntimeIdentifiers.SelectMany(rid => Precompiled.Select(name => $"readytorun/{rid}/{name}.dll")).Order(StringComparer.Ordinal),
            copies.Order(StringComparer.Ordinal));
        Assert.Matches(@"<_KconfigSharpReadyToRunRuntimeVersion>\d+\.\d+</", Read(package, "buildTransitive/KconfigSharp.ReadyToRun.props"));

        foreach (var rid in ShippedRuntimeIdentifiers)
        {
            foreach (var name in Precompiled)
            {
                using var il = new PEReader(new MemoryStream(Bytes(package, $"analyzers/dotnet/cs/{name}.dll")));
                using var copy = new PEReader(new MemoryStream(Bytes(package, $"readytorun/{rid}/{name}.dll")));

                // The IL copy is plain IL (any host loads it); the copy carries a ReadyToRun header.
                Assert.True(il.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.ILOnly), $"{name}: the IL copy is not IL-only");
                Assert.Equal(0, il.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size);
                Assert.True(copy.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{name}: readytorun/{rid} holds no ReadyToRun image");

                // Same assembly identity and module version id: only the path the compiler loads from changes.
                var ilMetadata = il.GetMetadataReader();
                var copyMetadata = copy.GetMetadataReader();
                Assert.Equal(ilMetadata.GetAssemblyDefinition().GetAssemblyName().FullName, copyMetadata.GetAssemblyDefinition().GetAssemblyName().FullName);
                Assert.Equal(ilMetadata.GetGuid(ilMetadata.GetModuleDefinition().Mvid), copyMetadata.GetGuid(copyMetadata.GetModuleDefinition().Mvid));

                // The HotPath hint (AggressiveOptimization) is cleared in the copy, else crossgen2 would leave those
                // methods to the JIT; every other method attribute is the IL copy's.
                var ilFlags = ilMetadata.MethodDefinitions.Select(m => ilMetadata.GetMethodDefinition(m).ImplAttributes).ToList();
                var copyFlags = copyMetadata.MethodDefinitions.Select(m => copyMetadata.GetMethodDefinition(m).ImplAttributes).ToList();
                Assert.Equal(ilFlags.Select(f => f & ~MethodImplAttributes.AggressiveOptimization), copyFlags);
                Assert.DoesNotContain(copyFlags, f => f.HasFlag(MethodImplAttributes.AggressiveOptimization));
                if (name is "KconfigSharp.Analyzers")
                {
                    Assert.Contains(ilFlags, f => f.HasFlag(MethodImplAttributes.AggressiveOptimization));
                }
            }
        }
    }

    [DotnetFact]
    public void The_build_hands_the_compiler_the_ReadyToRun_copies_only_on_dotnet_of_a_shipped_RID()
    {
        var app = Consumer("choice");
        var expected = HostHasCopies ? $"readytorun/{RuntimeInformation.RuntimeIdentifier}" : "analyzers/dotnet/cs";
        Assert.Equal(expected, AnalyzerFolder(app));

        // The IL copies otherwise: opted out, a .NET Framework compiler (Visual Studio's csc.exe), a host RID without
        // copies, an SDK whose runtime is older than the one the copies were compiled against.
        Assert.Equal("analyzers/dotnet/cs", AnalyzerFolder(app, "-p:KconfigSharpReadyToRun=false"));
        Assert.Equal("analyzers/dotnet/cs", AnalyzerFolder(app, "-p:RoslynCompilerType=Framework"));
        Assert.Equal("analyzers/dotnet/cs", AnalyzerFolder(app, "-p:NETCoreSdkRuntimeIdentifier=osx-arm64"));
        Assert.Equal("analyzers/dotnet/cs", AnalyzerFolder(app, "-p:BundledNETCoreAppPackageVersion=9.0.10"));
    }

    [DotnetFact]
    public void On_a_shipped_RID_the_compiler_runs_the_precompiled_code_and_reports_the_same_diagnostics()
    {
        if (!HostHasCopies)
        {
            output.WriteLine($"no ReadyToRun copies for {RuntimeInformation.RuntimeIdentifier}: the IL copies are the only ones (checked above)");
            return;
        }

        var app = Consumer("jit");
        var readyToRun = BuildWithJitSummary(app, "r2r");
        var il = BuildWithJitSummary(app, "il", "-p:KconfigSharpReadyToRun=false");

        // The JIT's own list of what it compiled, every process of the build: with the IL copies the compiler
        // JIT-compiles the analyzers' methods; with the ReadyToRun copies it runs their precompiled code (a
        // method whose precompiled code the runtime rejected would be listed here).
        var ours = new Regex(@"JIT compiled KconfigSharp\.Analyzers\.");
        var ilCount = ours.Matches(il.Jit).Count;
        var readyToRunCount = ours.Matches(readyToRun.Jit).Count;
        output.WriteLine($"methods of KconfigSharp.Analyzers JIT-compiled: IL copies {ilCount}, ReadyToRun copies {readyToRunCount}");
        Assert.True(ilCount >= 20, $"the IL build JIT-compiled only {ilCount} of the analyzers' methods: is the summary read?");
        Assert.True(readyToRunCount * 10 <= ilCount, $"the ReadyToRun build JIT-compiled {readyToRunCount} of the analyzers' methods (IL: {ilCount})");

        // Nothing of the copies runs unoptimized: a method of theirs at tier 0 is one whose precompiled code the runtime
        // rejected (its HotPath hint is cleared in the copies, so the JIT starts it at tier 0 and our methods rarely reach
        // tier 1 in one build). The cause so far was a Roslyn struct whose fields changed after 4.8 (the forward
        // ChildSyntaxList.Enumerator): use one that did not, or keep the hint on that method (docs/performance.md,
        // "analyzers, session 2026-11-29 (midday)", round 2).
        var tier0 = readyToRun.Jit.Split('\n')
            .Where(l => Regex.IsMatch(l, @"JIT compiled KconfigSharp\.(Analyzers|CodeFixes)\.[^\[]*\[(Instrumented )?Tier0\b"))
            .Select(l => l.Trim())
            .ToList();
        Assert.True(tier0.Count == 0, $"methods of the ReadyToRun copies JIT-compiled at tier 0 (precompiled code rejected):\n{string.Join('\n', tier0)}");

        // Same diagnostics either way.
        static IEnumerable<string> Diagnostics(string log) =>
            log.Split('\n').Select(l => Regex.Match(l, @"[\w.]+\(\d+,\d+\): warning KCONF\d+[^\[]*").Value.Trim()).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal);
        Assert.Contains(Diagnostics(readyToRun.Log), d => d.Contains("KCONF001", StringComparison.Ordinal));
        Assert.Equal(Diagnostics(il.Log), Diagnostics(readyToRun.Log));
    }

    private (string Log, string Jit) BuildWithJitSummary(string app, string name, params string[] extra)
    {
        var summary = Path.Combine(fixture.Root, $"jit-{name}.txt");
        var environment = new Dictionary<string, string>(ConsumerEnvironment)
        {
            ["DOTNET_JitStdOutFile"] = summary,
            ["DOTNET_JitDisasmSummary"] = "1",
        };
        var build = Dotnet.Run(Dotnet.HostPath!,
            ["build", "--no-incremental", "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:minimal", .. extra],
            app, environment, Timeout);
        Assert.True(build.ExitCode == 0, $"the consumer did not build\n{build}");
        Assert.True(File.Exists(summary), $"the runtime wrote no JIT summary to {summary}");
        return (build.Stdout, File.ReadAllText(summary));
    }

    private string AnalyzerFolder(string app, params string[] extra)
    {
        var result = Dotnet.Run(Dotnet.HostPath!,
            ["msbuild", "-t:ResolvePackageDependenciesForBuild", "-getItem:Analyzer", "-nodeReuse:false", .. extra],
            app, ConsumerEnvironment, Timeout);
        Assert.True(result.ExitCode == 0, $"resolving the analyzers failed\n{result}");
        var ours = Regex.Matches(result.Stdout, "\"Identity\": \"([^\"]*KconfigSharp[^\"]*\\.dll)\"")
            .Select(m => m.Groups[1].Value.Replace('\\', '/'))
            .ToList();
        Assert.Equal(Assemblies.Length, ours.Count);
        var folders = ours.Select(path => Regex.Match(path, @"/kconfigsharp/[^/]+/(.+)/([^/]+)\.dll$", RegexOptions.IgnoreCase))
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        output.WriteLine($"{string.Join(' ', extra)}: {string.Join(", ", folders.Select(f => $"{f.Key} from {f.Value}"))}");
        foreach (var name in Assemblies.Except(Precompiled))
        {
            Assert.Equal("analyzers/dotnet/cs", folders[name]);
        }

        return Assert.Single(Precompiled.Select(name => folders[name]).Distinct());
    }

    private IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = fixture.PackagesFolder,
    };

    /// <summary>A fresh console project on the seed, restored from the feed, as the adoption test writes it.</summary>
    private string Consumer(string name)
    {
        var app = fixture.NewSeedConsumer($"r2r-{name}", "R2rApp");
        var restore = Dotnet.Run(Dotnet.HostPath!, ["restore", "--disable-build-servers"], app, ConsumerEnvironment, Timeout);
        Assert.True(restore.ExitCode == 0, $"the consumer did not restore\n{restore}");
        return app;
    }

    private static byte[] Bytes(ZipArchive package, string entry)
    {
        using var stream = package.GetEntry(entry)?.Open() ?? throw new Xunit.Sdk.XunitException($"no {entry} in the package");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Read(ZipArchive package, string entry) => System.Text.Encoding.UTF8.GetString(Bytes(package, entry));
}
