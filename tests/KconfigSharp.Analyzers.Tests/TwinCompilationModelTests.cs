using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// The suppressor is handed another compilation instance than the analyzers ran on; it takes their flag model when
/// that instance is a twin (same trees, references and options) and builds its own otherwise: a compilation that
/// differs in any of them may have other flags.
/// </summary>
public sealed class TwinCompilationModelTests
{
    private const string Flags = """
        namespace SampleApp
        {
            internal static partial class FeatureFlags
            {
                [global::KconfigSharp.KconfigSymbol("A")] public const bool A = true;
            }
        }
        """;

    private const string MoreFlags = """
        namespace SampleApp
        {
            internal static class MoreFlags
            {
                [global::KconfigSharp.KconfigSymbol("E")] public const bool E = false;
            }
        }
        """;

    [Fact]
    public void A_twin_takes_the_model_built_first_and_answers_for_its_own_members()
    {
        var first = FlagsCompilation.Of(Flags, "/src/FeatureFlags.cs");
        var model = FlagModel.For(first);
        var twin = first.Clone();

        Assert.NotSame(first, twin);
        Assert.Same(model, FlagModel.ForNamesAndMembers(twin));
        Assert.True(model.IsConstFlagMemberName("A"));

        var member = twin.GetTypeByMetadataName("SampleApp.FeatureFlags")!.GetMembers("A").Single();
        Assert.Equal("A", FlagModel.ForNamesAndMembers(twin).FlagOf(member)?.Name);
    }

    [Fact]
    public void A_compilation_that_differs_builds_its_own()
    {
        var first = FlagsCompilation.Of(Flags, "/src/FeatureFlags.cs");
        var model = FlagModel.For(first);

        var moreTrees = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText(MoreFlags, path: "/src/MoreFlags.cs"));
        var moreModel = FlagModel.ForNamesAndMembers(moreTrees);
        Assert.NotSame(model, moreModel);
        Assert.True(moreModel.IsConstFlagMemberName("E"));

        var otherReferences = first.RemoveAllReferences().AddReferences(first.References.Take(1));
        Assert.NotSame(model, FlagModel.ForNamesAndMembers(otherReferences));

        var otherOptions = first.WithOptions(first.Options.WithMetadataImportOptions(MetadataImportOptions.All));
        Assert.NotSame(model, FlagModel.ForNamesAndMembers(otherOptions));
    }

    [Fact]
    public void A_compilation_asked_first_keeps_its_own_model()
    {
        var first = FlagsCompilation.Of(Flags, "/src/FeatureFlags.cs");
        var own = FlagModel.For(first);

        Assert.Same(own, FlagModel.ForNamesAndMembers(first));
        Assert.Same(own, FlagModel.For(first));
    }
}
