namespace KconfigSharp.Analyzers.Model;

/// <summary>A metadata attribute of a flag whose expression does not parse, and why.</summary>
internal sealed record UnreadableMetadata(string AttributeName, string Text, string Error);
