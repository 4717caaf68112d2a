namespace KconfigSharp.Tests;

/// <summary>
/// A fact that needs tmux (the pseudo-terminal the end-to-end menuconfig test types into). Skipped,
/// saying why, where tmux is missing, except under <c>CI=true</c>, where <c>.ci/run</c> installs it
/// and a missing tmux must fail the test instead.
/// </summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (TmuxSession.Executable is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "tmux is not installed (apt-get install -y tmux; .ci/run installs it)";
        }
    }
}
