using System.Diagnostics;

namespace KconfigSharp.Cli.Tests;

/// <summary>Runs the built <c>kconfig</c> (KconfigSharp.Cli.dll beside the tests) as a separate process, for what needs its own working directory or terminal.</summary>
internal static class CliProcess
{
    /// <summary>The CLI assembly copied beside the test assembly.</summary>
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "KconfigSharp.Cli.dll");

    /// <summary>The dotnet host running the tests (or <c>dotnet</c> from PATH).</summary>
    public static string Dotnet { get; } = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Dotnet) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"kconfig {string.Join(' ', arguments)} did not finish in 60 s");
        }

        return (process.ExitCode, stdout.Result, stderr);
    }
}
