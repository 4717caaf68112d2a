using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>How the <c>kconfig</c> tool is built for the fresh-process benchmarks.</summary>
public enum CliFlavor
{
    /// <summary><c>dotnet publish -c Release -p:PublishAot=false</c>: IL only, everything JIT-compiled at start-up
    /// (what the framework-dependent <c>any</c> tool package holds).</summary>
    Jit,

    /// <summary><c>dotnet publish -c Release -r RID -p:PublishAot=false -p:PublishReadyToRun=true</c>: precompiled code, tiered up later.</summary>
    ReadyToRun,

    /// <summary><c>dotnet publish -c Release -r RID</c>: a native executable (the CLI project sets <c>PublishAot</c>),
    /// what <c>dotnet tool install</c> gets on a platform with a RID-specific package.</summary>
    NativeAot,
}

/// <summary>
/// Publishes <c>cli/KconfigSharp.Cli</c> into <c>artifacts/benchmarks/cli-*</c> (git-ignored) when the
/// publish is missing or older than any source of the CLI, core or generator, then runs it as a fresh
/// process. The publish happens in [GlobalSetup], outside every measurement.
/// </summary>
internal static class CliBuilds
{
    private static readonly string[] SourceFolders =
    [
        Path.Combine("cli", "KconfigSharp.Cli"),
        Path.Combine("generator", "KconfigSharp.Kconfig"),
        Path.Combine("generator", "KconfigSharp.Generator"),
    ];

    /// <summary>The command to start: the executable and the arguments before the tool's own.</summary>
    public static (string FileName, string[] Prefix) Publish(CliFlavor flavor)
    {
        var output = Path.Combine(RepositoryPaths.RepoRoot, "artifacts", "benchmarks", "cli-" + flavor.ToString().ToLowerInvariant());
        var stamp = Path.Combine(output, ".published");
        var newestSource = SourceFolders
            .SelectMany(folder => EnumerateSources(Path.Combine(RepositoryPaths.RepoRoot, folder)))
            .Concat([Path.Combine(RepositoryPaths.RepoRoot, "Directory.Build.props"), Path.Combine(RepositoryPaths.RepoRoot, "Directory.Packages.props")])
            .Where(File.Exists)
            .Max(File.GetLastWriteTimeUtc);
        if (!File.Exists(stamp) || File.GetLastWriteTimeUtc(stamp) < newestSource)
        {
            // The CLI project sets PublishAot itself (a global -p:PublishAot=true would reach the netstandard2.0
            // core: NETSDK1207); the other flavors switch it off, which is harmless for the libraries.
            var project = Path.Combine(RepositoryPaths.RepoRoot, "cli", "KconfigSharp.Cli", "KconfigSharp.Cli.csproj");
            List<string> args = ["publish", project, "-c", "Release", "-o", output, "--nologo", "-nodeReuse:false", "--disable-build-servers"];
            args.AddRange(flavor switch
            {
                CliFlavor.Jit => ["-p:PublishAot=false", "-p:PublishReadyToRun=false"],
                CliFlavor.ReadyToRun => ["-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:PublishAot=false", "-p:PublishReadyToRun=true"],
                _ => ["-r", RuntimeInformation.RuntimeIdentifier],
            });
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            var (exitCode, stdout, stderr) = Run("dotnet", args, environment: null);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {string.Join(" ", args)} failed ({exitCode}):\n{stdout}\n{stderr}");
            }

            File.WriteAllText(stamp, DateTime.UtcNow.ToString("O"));
        }

        // The tool command is `kconfig`; the assembly is named by the CLI project (its runtimeconfig says which).
        var runtimeConfig = Directory.EnumerateFiles(output, "*.runtimeconfig.json").FirstOrDefault();
        if (flavor == CliFlavor.NativeAot)
        {
            var executable = Directory.EnumerateFiles(output)
                .FirstOrDefault(f => (File.GetUnixFileMode(f) & UnixFileMode.UserExecute) != 0 && !f.EndsWith(".dbg", StringComparison.Ordinal) && !f.EndsWith(".so", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"No native executable in '{output}'.");
            return (executable, []);
        }

        return runtimeConfig is null
            ? throw new InvalidOperationException($"No *.runtimeconfig.json in '{output}': the publish did not produce a framework-dependent app.")
            : ("dotnet", [runtimeConfig[..^".runtimeconfig.json".Length] + ".dll"]);
    }

    /// <summary>Runs a process to completion, draining both pipes.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static IEnumerable<string> EnumerateSources(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : [];
}
