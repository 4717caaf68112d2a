using System.Diagnostics;

namespace KconfigSharp.Cli;

/// <summary>
/// Runs <c>$(shell,...)</c> commands for <c>--allow-shell</c> as LKC does: <c>/bin/sh -c</c>, standard
/// output captured, trailing newlines removed and inner newlines turned into spaces. A command that
/// does not finish within <see cref="Timeout"/> is killed and expands to what it printed so far, so a
/// hanging command cannot hang the tool. Every result is remembered for <c>--record-shell</c>.
/// </summary>
internal sealed class ShellRunner
{
    /// <summary>How long one command may run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, string> _recorded = new(StringComparer.Ordinal);

    /// <summary>Commands run so far and their (processed) output, in first-run order.</summary>
    public IReadOnlyDictionary<string, string> Recorded => _recorded;

    /// <summary>Runs <paramref name="command"/>; null when it could not be started.</summary>
    public string? Run(string command)
    {
        if (_recorded.TryGetValue(command, out var known))
        {
            return known;
        }

        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.StandardInput.Close();
            var reading = Task.Run(() => ReadBounded(process.StandardOutput));
            if (!reading.Wait(Timeout) || !process.WaitForExit(TimeSpan.FromSeconds(1)))
            {
                process.Kill(entireProcessTree: true);
            }

            var output = reading.Wait(TimeSpan.FromSeconds(5)) ? reading.Result : string.Empty;
            var processed = output.TrimEnd('\n').Replace('\n', ' ');
            _recorded[command] = processed;
            return processed;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>
    /// The command's output up to the core's macro output limit (1 Mi characters): a command that
    /// writes without end (<c>yes</c>) is cut off there instead of filling memory.
    /// </summary>
    private static string ReadBounded(StreamReader output)
    {
        const int MaxOutput = 1 << 20;
        var text = new System.Text.StringBuilder();
        var chunk = new char[8192];
        int read;
        while (text.Length < MaxOutput && (read = output.Read(chunk, 0, chunk.Length)) > 0)
        {
            text.Append(chunk, 0, Math.Min(read, MaxOutput - text.Length));
        }

        return text.ToString();
    }
}
