namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The raw MSBuild properties that decide the Kconfig model and its values (<c>build_property.Kconfig*</c>),
/// before validation. Kept apart from <see cref="EmitSettings"/> so an emission-only change (say
/// <c>KconfigClassName</c>) does not reparse the tree. <c>KconfigDocs</c> is here too: only full docs
/// carry help texts, so it decides whether the parse keeps them (<see cref="ConfigurationStep"/>).
/// </summary>
internal sealed record GeneratorOptions(
    string? Dialect,
    string? Defines,
    string? Macros,
    string? Mode,
    string? SourceTree,
    string? ProjectDirectory,
    string? ProjectFile = null,
    string? Docs = null);
