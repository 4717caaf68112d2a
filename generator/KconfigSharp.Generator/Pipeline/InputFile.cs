namespace KconfigSharp.Generator.Pipeline;

/// <summary>An AdditionalFile KconfigSharp reads: its path, role and content (equatable by content).</summary>
internal sealed record InputFile(string Path, InputRole Role, string Text, int Order);
