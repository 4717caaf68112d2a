using System.Diagnostics;
using System.Text;

namespace KconfigSharp.EndToEnd.Tests;

/// <summary>The result of one child process.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Stdout, string Stderr, TimeSpan Duration)
{
    /// <summary>Everything a failing assertion should show.</summary>
    public override string ToString() =>
        $"$ {CommandLine}\n(exit {ExitCode} after {Duration.TotalSeconds:F1}s)\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs <c>dotnet</c> and other executables the way a user's shell would, hermetically.</summary>
public static class Dotnet
{
    /// <summary>The full path of the <c>dotnet</c> host on PATH, or null when there is none.</summary>
    public static string? HostPath { get; } = FindOnPath(OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    /// <summary>Runs <paramref name="fileName"/> and waits for it, killing the process tree on timeout.</summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs this process under MSBuild: its MSBuild* variables would steer the child
        // build to the parent's SDK resolution and nodes. A user's shell has none of them.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var commandLine = $"{fileName} {string.Join(' ', start.ArgumentList)}";
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"timed out after {timeout.TotalSeconds:F0}s: {commandLine}\n{stdout}\n{stderr}");
        }

        process.WaitForExit(); // drains the asynchronous readers
        return new ProcessResult(commandLine, process.ExitCode, stdout.ToString(), stderr.ToString(), stopwatch.Elapsed);
    }

    private static string? FindOnPath(string executable)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder.Trim('"'), executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
