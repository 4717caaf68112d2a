namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The raw MSBuild properties that decide the Kconfig model and its values (<c>build_property.Kconfig*</c>),
/// before validation. Kept apart from <see cref="EmitSettings"/> so an emission-only change (say
/// <c>KconfigClassName</c>) does not reparse the tree.
/// </summary>
internal sealed record GeneratorOptions(
    string? Dialect,
    string? Defines,
    string? Macros,
    string? Mode,
    string? SourceTree,
    string? ProjectDirectory,
    string? ProjectFile = null);
