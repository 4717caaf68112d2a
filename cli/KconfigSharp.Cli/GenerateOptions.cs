using System.CommandLine;
using KconfigSharp.Kconfig.Writers.CSharp;

namespace KconfigSharp.Cli;

/// <summary>
/// <c>kconfig generate</c>'s options: the generator's MSBuild options (SPEC §3) under the same names and
/// values, validated the same way (a bad name is a usage error, exit 2, not invalid C#), plus
/// <c>--include-support-types</c> so the output compiles on its own.
/// </summary>
internal sealed class GenerateOptions
{
    public Option<string?> Namespace { get; } = new("--namespace") { Description = "Namespace of the generated class (KconfigNamespace; default: none)", HelpName = "NAMESPACE" };

    public Option<string> ClassName { get; } = new("--class-name") { Description = "Name of the generated class (KconfigClassName)", DefaultValueFactory = _ => "FeatureFlags", HelpName = "NAME" };

    public Option<string> Visibility { get; } = Only(new Option<string>("--visibility") { Description = "internal (default) or public (KconfigVisibility)", DefaultValueFactory = _ => "internal" }, "internal", "public");

    public Option<string> Constants { get; } = Only(new Option<string>("--constants") { Description = "const (default) or readonly (KconfigConstants)", DefaultValueFactory = _ => "const" }, "const", "readonly");

    public Option<string> MemberNames { get; } = Only(new Option<string>("--member-names") { Description = "pascal (default) or verbatim (KconfigMemberNames)", DefaultValueFactory = _ => "pascal" }, "pascal", "verbatim");

    public Option<string?> Docs { get; } = Only(new Option<string?>("--docs") { Description = "full, brief or none (KconfigDocs; default: full up to 2000 symbols, else brief)" }, "full", "brief", "none");

    public Option<bool> IncludeSupportTypes { get; } = new("--include-support-types") { Description = "Also emit the attribute types, Tristate and KconfigSymbolInfo, so the output compiles without the package" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Namespace, ClassName, Visibility, Constants, MemberNames, Docs, IncludeSupportTypes })
        {
            command.Options.Add(option);
        }
    }

    public FeatureFlagsOptions Read(ParseResult parse)
    {
        var ns = parse.GetValue(Namespace);
        if (ns is not null && !FeatureFlagsOptions.IsValidNamespace(ns))
        {
            throw new UsageException($"--namespace: '{ns}' is not a valid C# namespace");
        }

        var className = parse.GetValue(ClassName)!;
        if (!FeatureFlagsOptions.IsValidClassName(className))
        {
            throw new UsageException($"--class-name: '{className}' is not a valid C# identifier");
        }

        return FeatureFlagsOptions.Default with
        {
            Namespace = string.IsNullOrEmpty(ns) ? null : ns,
            ClassName = className,
            IsPublic = parse.GetValue(Visibility) == "public",
            UseConstants = parse.GetValue(Constants) != "readonly",
            PascalCaseNames = parse.GetValue(MemberNames) != "verbatim",
            Docs = parse.GetValue(Docs) switch
            {
                "full" => FeatureFlagsDocs.Full,
                "brief" => FeatureFlagsDocs.Brief,
                "none" => FeatureFlagsDocs.None,
                _ => null,
            },
            IncludeSupportTypes = parse.GetValue(IncludeSupportTypes),
        };
    }

    private static Option<T> Only<T>(Option<T> option, params string[] allowed)
    {
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
