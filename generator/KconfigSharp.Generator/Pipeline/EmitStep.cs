using System.Collections.Generic;
using KconfigSharp.Kconfig.Writers.CSharp;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The emission step: a resolved model and the emission options in, <c>FeatureFlags.g.cs</c> and all
/// diagnostics out. Reruns alone when only an emission option changes.
/// </summary>
internal static class EmitStep
{
    public static GenerationResult Run(ModelResult model, EmitSettings settings)
    {
        var diagnostics = new List<DiagnosticInfo>(model.Diagnostics);
        if (model.Configuration is null)
        {
            return new GenerationResult(null, diagnostics.ToEquatableArray());
        }

        var options = OptionsValidator.ValidateEmit(settings, diagnostics) with { Description = model.Description };
        var emitDiagnostics = new List<KconfigDiagnostic>();
        var source = FeatureFlagsWriter.WriteText(model.Configuration, options, emitDiagnostics);
        foreach (var diagnostic in emitDiagnostics)
        {
            diagnostics.Add(DiagnosticMapper.ToInfo(diagnostic, model.SourceTree, string.Empty));
        }

        return new GenerationResult(source, diagnostics.ToEquatableArray(), FeatureFlagsAttributes.SupportTypes(options.IsPublic));
    }
}
