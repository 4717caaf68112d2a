namespace KconfigSharp.Generator.Pipeline;

/// <summary>Names of the tracked pipeline steps, asserted by the caching tests.</summary>
internal static class TrackingNames
{
    public const string InputFiles = nameof(InputFiles);
    public const string CollectedFiles = nameof(CollectedFiles);
    public const string ModelOptions = nameof(ModelOptions);
    public const string EmitOptions = "EmitOptions";
    public const string Model = nameof(Model);
    public const string Generation = nameof(Generation);
}
