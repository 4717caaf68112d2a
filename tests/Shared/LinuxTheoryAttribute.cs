namespace KconfigSharp.Tests;

/// <summary>A theory about a Linux-only mechanism (<c>/proc</c>, <c>madvise</c>); skipped, saying so, elsewhere.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "a Linux-only mechanism";
        }
    }
}
