namespace KconfigSharp.Tests;

/// <summary>A fact about a Linux-only mechanism (<c>/proc</c>, <c>madvise</c>); skipped, saying so, elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "a Linux-only mechanism";
        }
    }
}
