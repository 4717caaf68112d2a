namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>The options that shape the emitted C# (SPEC §3).</summary>
/// <param name="Namespace">The namespace of the class; null for the global namespace.</param>
/// <param name="ClassName">The name of the static partial class.</param>
/// <param name="IsPublic">Public class (else internal and <c>[Embedded]</c>).</param>
/// <param name="UseConstants"><c>const</c> members (else <c>static readonly</c>).</param>
/// <param name="PascalCaseNames">PascalCase member names (else the Kconfig names verbatim).</param>
/// <param name="Description">The class's XML summary.</param>
public sealed record FeatureFlagsOptions(
    string? Namespace,
    string ClassName,
    bool IsPublic,
    bool UseConstants,
    bool PascalCaseNames,
    string Description)
{
    /// <summary>How much XML documentation each member carries; null picks by size (<see cref="DocsFor"/>).</summary>
    public FeatureFlagsDocs? Docs { get; init; }

    /// <summary>
    /// Emit the attribute and support types into the same file (block-scoped namespace), so the output
    /// compiles on its own without the generator (<c>kconfig generate --include-support-types</c>).
    /// </summary>
    public bool IncludeSupportTypes { get; init; }

    /// <summary>Trees above this many symbols get <see cref="FeatureFlagsDocs.Brief"/> docs unless asked otherwise.</summary>
    public const int FullDocsSymbolLimit = 2000;

    /// <summary>The docs level for a tree of <paramref name="symbolCount"/> symbols.</summary>
    public FeatureFlagsDocs DocsFor(int symbolCount) =>
        Docs ?? (symbolCount > FullDocsSymbolLimit ? FeatureFlagsDocs.Brief : FeatureFlagsDocs.Full);

    /// <summary>Global namespace, internal <c>FeatureFlags</c>, constants, PascalCase.</summary>
    public static FeatureFlagsOptions Default { get; } = new(null, "FeatureFlags", false, true, true, "Kconfig symbols");

    /// <summary>Whether <paramref name="text"/> can name the class: a C# identifier, not a keyword.</summary>
    public static bool IsValidClassName(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !MemberNames.IsKeyword(text);
    }

    /// <summary>Whether <paramref name="text"/> is a dotted C# namespace name.</summary>
    public static bool IsValidNamespace(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (!IsValidClassName(part))
            {
                return false;
            }
        }

        return true;
    }
}
