using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Engines;
using KconfigSharp.Benchmarks.Infrastructure;

namespace KconfigSharp.Benchmarks;

/// <summary>
/// <c>kconfig resolve</c> on NuttX as a fresh process, wall time, per build flavour (issue 8): JIT only,
/// ReadyToRun, Native AOT. <see cref="StartupOnly"/> (<c>kconfig --version</c>) is the start-up floor of
/// the same build. The command is <c>resolve</c> when the tool has it, else <c>check</c> (parse only);
/// macros go through <c>--env</c> when the tool has it, else through the environment. Both detected
/// from <c>--help</c> in [GlobalSetup], which also publishes the build when its sources changed.
/// Slow operations: monitoring strategy, 2 warm-ups, 10 measured runs.
/// </summary>
[Config(typeof(Style))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CliProcessBenchmarks
{
    private string _fileName = null!;
    private string[] _startupArgs = null!;
    private string[] _resolveArgs = null!;
    private Dictionary<string, string> _environment = [];
    private string? _outputFile;

    [Params(CliFlavor.Jit, CliFlavor.ReadyToRun, CliFlavor.NativeAot)]
    public CliFlavor Build { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var nuttx = CorpusTree.Get(Corpus.NuttX);
        var (fileName, prefix) = CliBuilds.Publish(Build);
        _fileName = fileName;
        _startupArgs = [.. prefix, "--version"];

        var help = CliBuilds.Run(fileName, [.. prefix, "--help"], null).Stdout;
        var command = System.Text.RegularExpressions.Regex.IsMatch(help, @"^\s+resolve\b", System.Text.RegularExpressions.RegexOptions.Multiline) ? "resolve" : "check";
        var commandHelp = CliBuilds.Run(fileName, [.. prefix, command, "--help"], null).Stdout;
        List<string> args = [.. prefix, command, Path.Combine(nuttx.Folder, CorpusTree.RootFile), "--srctree", nuttx.Folder];
        if (commandHelp.Contains("--env", StringComparison.Ordinal))
        {
            foreach (var (name, value) in CorpusTree.NuttXMacros)
            {
                args.AddRange(["--env", $"{name}={value}"]);
            }
        }
        else
        {
            _environment = new Dictionary<string, string>(CorpusTree.NuttXMacros);
            if (commandHelp.Contains("--use-environment", StringComparison.Ordinal))
            {
                args.Add("--use-environment");
            }
        }

        if (command == "resolve" && System.Text.RegularExpressions.Regex.IsMatch(commandHelp, @"(^|\s)-o[\s,]"))
        {
            _outputFile = Path.Combine(Path.GetTempPath(), $"kconfig-bench-{Environment.ProcessId}.config");
            args.AddRange(["-o", _outputFile]);
        }

        _resolveArgs = [.. args];
        var (exitCode, _, stderr) = CliBuilds.Run(_fileName, _resolveArgs, _environment);
        Console.WriteLine($"// kconfig {string.Join(" ", _resolveArgs.Skip(prefix.Length))} -> exit {exitCode}, {stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} diagnostic lines");
        if (exitCode == 2)
        {
            throw new InvalidOperationException($"kconfig rejected the command line: {string.Join(" ", _resolveArgs)}\n{stderr}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_outputFile is not null && File.Exists(_outputFile))
        {
            File.Delete(_outputFile);
        }
    }

    /// <summary>The start-up floor: <c>kconfig --version</c>.</summary>
    [Benchmark(Baseline = true)]
    public int StartupOnly() => CliBuilds.Run(_fileName, _startupArgs, _environment).ExitCode;

    /// <summary><c>kconfig resolve nuttx/Kconfig --srctree nuttx --env ...</c> (or <c>check</c>), start to exit.</summary>
    [Benchmark]
    public int ResolveNuttX() => CliBuilds.Run(_fileName, _resolveArgs, _environment).ExitCode;

    private sealed class Style : ManualConfig
    {
        public Style() => SummaryStyle = SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
    }
}
