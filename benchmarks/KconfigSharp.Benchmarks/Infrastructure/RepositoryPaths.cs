using System.Reflection;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// Where the repository and the shared corpus are. Baked in at build time (AssemblyMetadata), because
/// BenchmarkDotNet runs benchmarks from a generated copy of the output folder; the environment
/// variables <c>KCONFIGSHARP_REPO</c> and <c>KCONFIGSHARP_SHARED</c> override them.
/// </summary>
internal static class RepositoryPaths
{
    public static string RepoRoot { get; } = Resolve("KCONFIGSHARP_REPO", "KconfigSharp.RepoRoot");

    public static string SharedRoot { get; } = Resolve("KCONFIGSHARP_SHARED", "KconfigSharp.SharedDataRoot");

    public static string CorpusRoot => Path.Combine(SharedRoot, "corpus");

    /// <summary>
    /// The folder of one corpus (<c>qemu</c>, <c>nuttx</c>); throws with a message saying what is
    /// missing and how to point at it, so a corpus benchmark never fails with a bare I/O error.
    /// </summary>
    public static string RequireCorpus(string name)
    {
        var folder = Path.Combine(CorpusRoot, name);
        if (!File.Exists(Path.Combine(folder, "Kconfig")))
        {
            throw new InvalidOperationException(
                $"The '{name}' corpus is missing: expected its root Kconfig at '{Path.Combine(folder, "Kconfig")}'. " +
                "The corpus benchmarks need the shared data folder '../shared' next to the checkout " +
                "(or set KCONFIGSHARP_SHARED to the folder that holds 'corpus/'). " +
                "Only SeedParseBenchmarks runs without it: --filter '*Seed*'.");
        }

        return folder;
    }

    /// <summary>True when both corpora are present (Program warns up front when not).</summary>
    public static bool CorporaPresent =>
        File.Exists(Path.Combine(CorpusRoot, "qemu", "Kconfig")) && File.Exists(Path.Combine(CorpusRoot, "nuttx", "Kconfig"));

    private static string Resolve(string environmentVariable, string metadataKey)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(environmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var fromBuild = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == metadataKey)?.Value;
        return string.IsNullOrEmpty(fromBuild) ? Directory.GetCurrentDirectory() : Path.GetFullPath(fromBuild);
    }
}
