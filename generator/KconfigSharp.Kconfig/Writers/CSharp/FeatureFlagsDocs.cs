namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>How much XML documentation each generated member carries (MSBuild <c>KconfigDocs</c>).</summary>
public enum FeatureFlagsDocs
{
    /// <summary>Summary with value, prompt, definition sites, relations and provenance; help as remarks.</summary>
    Full,

    /// <summary>One line: the symbol, its type, value and prompt. For big trees, where full docs cost megabytes.</summary>
    Brief,

    /// <summary>No member docs (the metadata attributes the analyzers read stay).</summary>
    None,
}
