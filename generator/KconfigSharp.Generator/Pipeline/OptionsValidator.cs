using KconfigSharp.Generator.Diagnostics;
using System.Collections.Generic;
using KconfigSharp.Kconfig.Writers.CSharp;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>Validates the MSBuild options; each bad value is a KCONF201 and falls back to the default.</summary>
internal static class OptionsValidator
{
    public static (KconfigDialect Dialect, ResolveMode Mode) ValidateModel(GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        var project = options.ProjectFile;
        var dialect = Choose(options.Dialect, "KconfigDialect", KconfigDialect.Kconfig, diagnostics, project,
            ("kconfig", KconfigDialect.Kconfig), ("qemu", KconfigDialect.Qemu));
        var mode = Choose(options.Mode, "KconfigMode", ResolveMode.Defconfig, diagnostics, project,
            ("defconfig", ResolveMode.Defconfig), ("allnoconfig", ResolveMode.AllNoConfig), ("allyesconfig", ResolveMode.AllYesConfig));
        return (dialect, mode);
    }

    public static FeatureFlagsOptions ValidateEmit(EmitSettings options, List<DiagnosticInfo> diagnostics)
    {
        var project = options.ProjectFile;
        var isPublic = Choose(options.Visibility, "KconfigVisibility", false, diagnostics, project, ("internal", false), ("public", true));
        var useConstants = Choose(options.Constants, "KconfigConstants", true, diagnostics, project, ("const", true), ("readonly", false));
        var pascal = Choose(options.MemberNames, "KconfigMemberNames", true, diagnostics, project, ("pascal", true), ("verbatim", false));

        var docs = Docs(options.Docs, diagnostics, project);

        var className = string.IsNullOrWhiteSpace(options.ClassName) ? "FeatureFlags" : options.ClassName!.Trim();
        if (!FeatureFlagsOptions.IsValidClassName(className))
        {
            Report(diagnostics, project, $"KconfigClassName '{className}' is not a valid C# identifier; 'FeatureFlags' is used");
            className = "FeatureFlags";
        }

        var explicitNamespace = !string.IsNullOrWhiteSpace(options.Namespace);
        var ns = (explicitNamespace ? options.Namespace : options.RootNamespace)?.Trim();
        if (!string.IsNullOrEmpty(ns) && !FeatureFlagsOptions.IsValidNamespace(ns!))
        {
            Report(diagnostics, project, $"{(explicitNamespace ? "KconfigNamespace" : "RootNamespace")} '{ns}' is not a valid C# namespace; the global namespace is used");
            ns = null;
        }

        return new FeatureFlagsOptions(string.IsNullOrEmpty(ns) ? null : ns, className, isPublic, useConstants, pascal, "Kconfig symbols") { Docs = docs };
    }

    /// <summary><c>KconfigDocs</c>: full, brief or none; null (the size-based default) when unset or not one of them.</summary>
    public static FeatureFlagsDocs? Docs(string? value, List<DiagnosticInfo> diagnostics, string? project) =>
        Choose<FeatureFlagsDocs?>(value, "KconfigDocs", null, diagnostics, project,
            ("full", FeatureFlagsDocs.Full), ("brief", FeatureFlagsDocs.Brief), ("none", FeatureFlagsDocs.None));

    private static T Choose<T>(string? value, string property, T fallback, List<DiagnosticInfo> diagnostics, string? project, params (string Name, T Value)[] choices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var normalized = value!.Trim().ToLowerInvariant();
        var names = new List<string>();
        foreach (var (name, choice) in choices)
        {
            if (name == normalized)
            {
                return choice;
            }

            names.Add(name);
        }

        Report(diagnostics, project, $"{property} '{value}' is not valid; expected one of: {string.Join(", ", names)}");
        return fallback;
    }

    /// <summary>
    /// An option error, located at the project file: MSBuild hands properties to the compiler without
    /// their line, so the message says where such a property comes from.
    /// </summary>
    internal static void Report(List<DiagnosticInfo> diagnostics, string? project, string message) =>
        diagnostics.Add(new DiagnosticInfo(GeneratorDiagnostics.InvalidOption.Id, KconfigSeverity.Error,
            message + " (an MSBuild property: set in the project file or a .props/.targets file it imports)", project, project is null ? 0 : 1, project is null ? 0 : 1));
}
