namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// Thrown by an <see cref="IKconfigFileProvider"/> for a path that exists but must not be read: a
/// device, FIFO or directory (which never end, block or are not text) or a file over the size
/// limit. The core reports it at the line that names the path (KCONF123, or KCONF160 when
/// <see cref="IsSizeLimit"/>) instead of reading it.
/// </summary>
public sealed class KconfigFileRefusedException : System.IO.IOException
{
    /// <summary>A refusal of <paramref name="path"/>, with the reason as a sentence fragment (<c>is a device</c>).</summary>
    public KconfigFileRefusedException(string path, string reason, bool isSizeLimit = false)
        : base($"'{path}' {reason}")
    {
        Path = path;
        Reason = reason;
        IsSizeLimit = isSizeLimit;
    }

    /// <summary>The path as the tree names it.</summary>
    public string Path { get; }

    /// <summary>Why it was refused (<c>is not a regular file (a device, FIFO or socket)</c>).</summary>
    public string Reason { get; }

    /// <summary>True when the file is a regular file over the size limit (KCONF160), false for a non-regular file (KCONF123).</summary>
    public bool IsSizeLimit { get; }
}
