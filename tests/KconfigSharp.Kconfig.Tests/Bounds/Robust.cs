using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Tests.Bounds;

/// <summary>
/// Runs the whole public pipeline (parse in a dialect, read values, resolve in every mode) on one
/// input and returns every diagnostic, so robustness tests can assert "no exception, a diagnostic".
/// </summary>
internal static class Robust
{
    public const string LimitExceeded = "KCONF160";

    public static IReadOnlyList<KconfigDiagnostic> ParseAndResolve(string text, KconfigDialect dialect, KconfigParseOptions? options = null, string values = "")
    {
        var files = new InMemoryFileProvider().Add("Kconfig", text);
        return ParseAndResolve(files, dialect, options, values);
    }

    public static IReadOnlyList<KconfigDiagnostic> ParseAndResolve(InMemoryFileProvider files, KconfigDialect dialect, KconfigParseOptions? options = null, string values = "")
    {
        options = With(options ?? KconfigParseOptions.Default, dialect);
        var model = KconfigParser.Parse("Kconfig", files, options);
        var bag = new DiagnosticBag();
        var assignments = ValuesFileReader.ReadText(values, ".config", bag);
        var all = new List<KconfigDiagnostic>(bag.Items);
        foreach (var mode in new[] { ResolveMode.Defconfig, ResolveMode.AllNoConfig, ResolveMode.AllYesConfig })
        {
            var resolved = KconfigEngine.Resolve(model, assignments, new ResolveOptions { Mode = mode });
            if (mode == ResolveMode.Defconfig)
            {
                all.AddRange(resolved.Diagnostics);
            }
        }

        return all;
    }

    public static KconfigParseOptions With(KconfigParseOptions options, KconfigDialect dialect) => new()
    {
        Dialect = dialect,
        Macros = options.Macros,
        ShellResults = options.ShellResults,
        ShellRunner = options.ShellRunner,
        MaxNestingDepth = options.MaxNestingDepth,
        MaxExpressionDepth = options.MaxExpressionDepth,
        MaxIncludeDepth = options.MaxIncludeDepth,
        MaxFileSize = options.MaxFileSize,
        MaxSymbols = options.MaxSymbols,
    };

    public static bool HasLimit(IReadOnlyList<KconfigDiagnostic> diagnostics) =>
        diagnostics.Any(d => d.Id == LimitExceeded);

    public static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
