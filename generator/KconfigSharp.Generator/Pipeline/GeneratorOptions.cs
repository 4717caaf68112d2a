namespace KconfigSharp.Generator.Pipeline;

/// <summary>The raw MSBuild properties KconfigSharp reads (<c>build_property.Kconfig*</c>), before validation.</summary>
internal sealed record GeneratorOptions(
    string? Dialect,
    string? Defines,
    string? Macros,
    string? Mode,
    string? Namespace,
    string? RootNamespace,
    string? ClassName,
    string? Visibility,
    string? Constants,
    string? MemberNames,
    string? SourceTree,
    string? ProjectDirectory);
