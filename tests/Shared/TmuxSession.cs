using System.Diagnostics;

namespace KconfigSharp.Tests;

/// <summary>
/// A program running in a detached tmux session on a private server socket: <see cref="Send"/> types
/// with <c>send-keys</c>, <see cref="WaitFor"/> polls <c>capture-pane</c> (bounded) until the screen
/// shows a text. Disposing kills the server.
/// </summary>
public sealed class TmuxSession : IDisposable
{
    private readonly string _socket = $"kconfig-test-{Guid.NewGuid():N}";

    public TmuxSession(string workingDirectory, string command, int width = 100, int height = 30)
    {
        Run("new-session", "-d", "-s", "main", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", workingDirectory, command);
    }

    /// <summary>The tmux executable on PATH, or null.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "tmux"))
        .FirstOrDefault(File.Exists);

    /// <summary>Sends tmux key names (<c>Enter</c>, <c>Escape</c>) or, with <paramref name="literal"/>, the text as typed.</summary>
    public void Send(string keys, bool literal = false)
    {
        if (literal)
        {
            Run("send-keys", "-t", "main", "-l", keys);
        }
        else
        {
            Run("send-keys", "-t", "main", keys);
        }
    }

    public string Capture() => Run("capture-pane", "-p", "-t", "main");

    /// <summary>Waits (at most <paramref name="seconds"/>) until the screen contains <paramref name="text"/>; returns the screen, or throws with the last screen.</summary>
    public string WaitFor(string text, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        var screen = string.Empty;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            screen = Capture();
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return screen;
            }

            Thread.Sleep(200);
        }

        throw new TimeoutException($"the screen did not show '{text}' within {seconds} s; it shows:\n{screen}");
    }

    public void Dispose()
    {
        try
        {
            Run("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server is already gone.
        }
    }

    private string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("tmux is not installed (apt-get install -y tmux)"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(10_000))
        {
            process.Kill();
            throw new InvalidOperationException($"tmux {string.Join(' ', arguments)} did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', arguments)} failed: {error}");
        }

        return output;
    }
}
