using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// How a tree is read, once for every front end: parse the roots, read the values files, apply the
/// defines, resolve. The macros are both the parser's <c>$(NAME)</c>/<c>$NAME</c> values and the
/// resolver's <c>option env</c> environment, so the generator and the CLI cannot read them apart.
/// </summary>
public static class KconfigLoader
{
    /// <summary>Reads and resolves <paramref name="inputs"/>.</summary>
    public static KconfigLoad Load(KconfigInputs inputs, System.Threading.CancellationToken cancellationToken = default)
    {
        var load = LoadWith(inputs, inputs.ParseOptions, cancellationToken);
        if (!inputs.ParseOptions.ReadsHelpText && HasDependencyLoop(load.Configuration))
        {
            // KCONF140 quotes the definitions on the loop, help texts included: read the tree again with them
            // (a tree with a loop is broken, and only such a tree pays for two parses).
            load = LoadWith(inputs, inputs.ParseOptions.WithReadsHelpText(true), cancellationToken);
        }

        return load;
    }

    private static bool HasDependencyLoop(ResolvedConfiguration configuration)
    {
        foreach (var diagnostic in configuration.Diagnostics)
        {
            if (diagnostic.Id == KconfigDiagnostics.DependencyLoop.Id)
            {
                return true;
            }
        }

        return false;
    }

    private static KconfigLoad LoadWith(KconfigInputs inputs, KconfigParseOptions parseOptions, System.Threading.CancellationToken cancellationToken)
    {
        var model = KconfigParser.Parse(inputs.Roots, inputs.Files, parseOptions);
        cancellationToken.ThrowIfCancellationRequested();

        var bag = new DiagnosticBag();
        var values = new List<ValueAssignment>();
        foreach (var valuesFile in inputs.ValuesFiles)
        {
            values.AddRange(ValuesFileReader.Read(valuesFile, inputs.Files, bag));
        }

        var defined = DefinesParser.Parse(inputs.Defines, bag, inputs.DefinesOrigin);
        values.AddRange(defined);
        var defineNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var define in defined)
        {
            defineNames.Add(define.Name);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var configuration = KconfigEngine.Resolve(model, values, new ResolveOptions { Mode = inputs.Mode, Environment = parseOptions.Macros });
        return new KconfigLoad(model, values, defineNames, configuration, bag.Items);
    }
}
