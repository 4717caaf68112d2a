using System.Collections;
using System.Reflection;
using KconfigSharp.Generator.Pipeline;
using KconfigSharp.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KconfigSharp.Generator.Tests;

/// <summary>
/// NetEscapades-style proof that the generator is cheap in the IDE: run the driver twice and check
/// which tracked steps reran, and that no step output holds a Compilation, ISymbol or SyntaxNode.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] AllSteps =
        [TrackingNames.InputFiles, TrackingNames.CollectedFiles, TrackingNames.ModelOptions, TrackingNames.EmitOptions, TrackingNames.Model, TrackingNames.Generation];

    private const string Kconfig = "config KVM\n\tbool \"KVM\"\n\tdefault y\n\nconfig TCG\n\tbool \"TCG\"\n";

    private static List<InMemoryAdditionalText> Files(string kconfig = Kconfig, string values = "CONFIG_TCG=y\n") =>
        [new("/src/Kconfig", kconfig), new("/src/.config", values)];

    private static Dictionary<string, string> Properties(string className = "FeatureFlags") =>
        new() { ["RootNamespace"] = "SampleApp", ["KconfigClassName"] = className };

    [Fact]
    public void Unrelated_csharp_edit_reruns_nothing()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Files(), Properties()).RunGenerators(compilation);
        var first = driver.GetRunResult();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Other { }"));
        var second = driver.RunGenerators(edited).GetRunResult();

        AssertNoForbiddenTypes(first);
        AssertAllStepsAre(second, AllSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.Equal(GeneratorHarness.FeatureFlags(first), GeneratorHarness.FeatureFlags(second));
    }

    [Fact]
    public void Kconfig_edit_reruns_parse_resolve_and_emission()
    {
        var compilation = GeneratorHarness.Compilation();
        var files = Files();
        var driver = GeneratorHarness.Driver(files, Properties()).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(files[0], new InMemoryAdditionalText("/src/Kconfig", Kconfig.Replace("default y", "default n")));
        var second = driver.RunGenerators(compilation).GetRunResult();

        AssertNoForbiddenTypes(second);
        AssertStep(second, TrackingNames.Model, IncrementalStepRunReason.Modified);
        AssertStep(second, TrackingNames.Generation, IncrementalStepRunReason.Modified);
        AssertAllStepsAre(second, [TrackingNames.ModelOptions, TrackingNames.EmitOptions], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.Contains("public const bool Kvm = false;", GeneratorHarness.FeatureFlags(second));
    }

    [Fact]
    public void Values_edit_reruns_parse_resolve_and_emission()
    {
        var compilation = GeneratorHarness.Compilation();
        var files = Files();
        var driver = GeneratorHarness.Driver(files, Properties()).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(files[1], new InMemoryAdditionalText("/src/.config", "# CONFIG_TCG is not set\n"));
        var second = driver.RunGenerators(compilation).GetRunResult();

        AssertStep(second, TrackingNames.Model, IncrementalStepRunReason.Modified);
        AssertStep(second, TrackingNames.Generation, IncrementalStepRunReason.Modified);
        Assert.Contains("public const bool Tcg = false;", GeneratorHarness.FeatureFlags(second));
    }

    [Fact]
    public void Emission_option_edit_reruns_only_emission()
    {
        var compilation = GeneratorHarness.Compilation();
        var files = Files();
        var first = GeneratorHarness.Driver(files, Properties()).RunGenerators(compilation);
        var driver = first.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(Properties("Features")));
        var second = driver.RunGenerators(compilation).GetRunResult();

        AssertAllStepsAre(second, [TrackingNames.CollectedFiles, TrackingNames.ModelOptions, TrackingNames.Model], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertStep(second, TrackingNames.EmitOptions, IncrementalStepRunReason.Modified);
        AssertStep(second, TrackingNames.Generation, IncrementalStepRunReason.Modified);
        Assert.Contains("static partial class Features", GeneratorHarness.FeatureFlags(second));
    }

    [Fact]
    public void Every_step_carries_a_reference_type()
    {
        // The runtime compiles Roslyn's generic pipeline types (node tables, builders, entries) anew for each
        // value type a step carries, in every fresh csc: a struct between steps costs a build ~250 JIT
        // compilations (docs/performance.md, "Issue 13 NuttX app, session 2026-11-28 (late)").
        var result = GeneratorHarness.Driver(Files(), Properties()).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var tracked = result.Results[0].TrackedSteps;
        foreach (var step in AllSteps)
        {
            var outputs = tracked[step].SelectMany(s => s.Outputs).Select(o => o.Value).Where(v => v is not null).ToList();
            Assert.NotEmpty(outputs);
            foreach (var value in outputs)
            {
                Assert.False(value!.GetType().IsValueType, $"step {step} carries the value type {value.GetType()}");
            }
        }
    }

    private static void AssertStep(GeneratorDriverRunResult result, string step, IncrementalStepRunReason expected)
    {
        var outputs = result.Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
        Assert.Contains(outputs, o => o.Reason == expected);
    }

    private static void AssertAllStepsAre(GeneratorDriverRunResult result, string[] steps, params IncrementalStepRunReason[] allowed)
    {
        var tracked = result.Results[0].TrackedSteps;
        foreach (var step in steps)
        {
            Assert.True(tracked.ContainsKey(step), $"step {step} is not tracked");
            foreach (var output in tracked[step].SelectMany(s => s.Outputs))
            {
                Assert.True(allowed.Contains(output.Reason), $"step {step} ran with reason {output.Reason}");
            }
        }
    }

    private static void AssertNoForbiddenTypes(GeneratorDriverRunResult result)
    {
        foreach (var (name, steps) in result.Results[0].TrackedSteps)
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Walk(object? node, string step, HashSet<object> visited)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !visited.Add(node))
        {
            return;
        }

        Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree, $"step {step} holds a {node.GetType().Name}");
        var type = node.GetType();
        if (node is IEnumerable enumerable)
        {
            var items = new List<object?>();
            try
            {
                foreach (var item in enumerable)
                {
                    items.Add(item);
                }
            }
            catch (InvalidOperationException)
            {
                // A default ImmutableArray: nothing inside.
            }

            foreach (var item in items)
            {
                Walk(item, step, visited);
            }

            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                return;
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(node), step, visited);
            }
        }
    }
}
