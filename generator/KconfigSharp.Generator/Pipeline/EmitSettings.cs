namespace KconfigSharp.Generator.Pipeline;

/// <summary>The raw MSBuild properties that shape only the emitted C#, before validation.</summary>
internal sealed record EmitSettings(
    string? Namespace,
    string? RootNamespace,
    string? ClassName,
    string? Visibility,
    string? Constants,
    string? MemberNames,
    string? Docs = null,
    string? ProjectFile = null);
