namespace KconfigSharp.EndToEnd.Tests;

/// <summary>A fact that is skipped, saying why, when the <c>dotnet</c> host is not on PATH.</summary>
public sealed class DotnetFactAttribute : FactAttribute
{
    public DotnetFactAttribute()
    {
        if (Dotnet.HostPath is null)
        {
            Skip = "the `dotnet` executable is not on PATH; the end-to-end test packs and builds with it";
        }
    }
}
