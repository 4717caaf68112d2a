namespace KconfigSharp.Kconfig.Text;

/// <summary>
/// A place in a Kconfig or values file. <see cref="File"/> is the path as the Kconfig tree names it
/// (relative to the source tree when the file lies inside it), lines and columns are 1-based.
/// 16 bytes: every menu node, property and reference of a model holds one (an end column nothing
/// read cost NuttX ≈ 1 MB per parse).
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 1)
{
    /// <summary>A location for diagnostics that concern no file (for example an MSBuild define).</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <summary>True when this location names a file.</summary>
    public bool IsInFile => File.Length > 0;

    /// <summary><c>file:line</c>, the form Kconfiglib and LKC use in messages.</summary>
    public override string ToString() => IsInFile ? $"{File}:{Line}" : "<command line>";
}
