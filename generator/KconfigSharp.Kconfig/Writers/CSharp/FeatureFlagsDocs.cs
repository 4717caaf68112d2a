namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>How much XML documentation each generated member carries (MSBuild <c>KconfigDocs</c>).</summary>
public enum FeatureFlagsDocs
{
    /// <summary>Summary with value, prompt, definition sites, relations and provenance; help as remarks.</summary>
    Full,

    /// <summary>One line: <c>CONFIG_NAME=value</c> and the prompt. For big trees, where full docs cost megabytes.</summary>
    Brief,

    /// <summary>No member docs (the metadata attributes the analyzers read stay).</summary>
    None,
}
